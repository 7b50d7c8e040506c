/**
 * The log pages' requests to the server: JSON in, JSON out, same origin, never a profile in the
 * URL. A network failure is an answer too (status 0), so a form can say so and keep what was typed.
 */
export type PostResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; issues: { path: string; message: string }[] };

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
    return { ok: false, status: 0, message: "The server could not be reached. Nothing was saved; what you typed is still here.", issues: [] };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  return {
    ok: false,
    status: response.status,
    message: typeof data.message === "string" ? data.message : `The server answered ${response.status}.`,
    issues: Array.isArray(data.issues) ? (data.issues as { path: string; message: string }[]) : [],
  };
}

/** Only a path on this site (never //host or a scheme): where to go back to after signing in. */
export function safeNextPath(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/log";
}
