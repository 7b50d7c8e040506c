/**
 * The log pages' requests to the server: JSON in, JSON out, same origin, never a profile in the
 * URL. A network failure is an answer too (status 0), so a form can say so and keep what was typed.
 * A refusal comes back as a message key (`problem`, namespace `apiErrors`) that the form says in the
 * reader's language (useFormat); `message` is the server's English sentence.
 */
import { isMessage, message, type Message } from "@/lib/core/message";

export type PostResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; problem: Message; message: string; issues: { path: string; message: string }[] };

function problemOf(value: unknown): Message | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const candidate = value as Message;
  return typeof candidate.key === "string" && candidate.key.startsWith("apiErrors.") && isMessage(candidate) ? candidate : undefined;
}

export async function postJson<T>(url: string, body: unknown): Promise<PostResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, problem: message("apiErrors.network"), message: "", issues: [] };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  return {
    ok: false,
    status: response.status,
    problem: problemOf(data.error) ?? message("apiErrors.status", { status: response.status }),
    message: typeof data.message === "string" ? data.message : "",
    issues: Array.isArray(data.issues) ? (data.issues as { path: string; message: string }[]) : [],
  };
}

/** Only a path on this site (never //host or a scheme): where to go back to after signing in. */
export function safeNextPath(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/log";
}
