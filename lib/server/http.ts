/**
 * The JSON route handlers' common part: same-origin check for writes, the session and the role
 * checked on the server, a bounded JSON body, and errors mapped to status codes with messages a
 * person can act on. Server logs get the error's kind only, never the request's data (it may hold
 * a profile), and nothing about the profile ever goes in a URL.
 */
import "server-only";
import { toEnglish } from "../core/english";
import { message, type Message } from "../core/message";
import type { Permission } from "../core/screening-log";
import { access } from "./auth";
import { LogError, type Actor } from "./log/service";
import { AccountError } from "./auth/accounts";

export const MAX_BODY_BYTES = 256 * 1024;

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** A write must come from this site's own pages (SameSite cookies already stop most cross-site posts). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new LogError(400, message("apiErrors.tooLarge"));
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new LogError(400, message("apiErrors.notJson"));
  }
}

/**
 * An error body: `error` is the message key and values the page says in the reader's language
 * (components/log/post-json.ts); `message` the same in English, for API users and scripts.
 */
export function problemResponse(problem: Message, status: number, extra: Record<string, unknown> = {}): Response {
  return json({ message: toEnglish(problem), error: problem, ...extra }, status);
}

const PROBLEMS = { 401: message("apiErrors.signIn"), 403: message("apiErrors.forbidden") } as const;

/** Runs a route's work for a signed-in user with the permission, and turns failures into responses. */
export async function guarded(
  request: Request,
  permission: Permission,
  work: (actor: Actor, body: unknown) => Promise<Response>,
): Promise<Response> {
  if (request.method !== "GET" && !sameOrigin(request)) return problemResponse(message("apiErrors.crossSite"), 403);
  const allowed = await access(request.headers, permission);
  if (!allowed.ok) return problemResponse(PROBLEMS[allowed.status], allowed.status);
  try {
    const body = request.method === "GET" ? undefined : await readJson(request);
    return await work(allowed.actor, body);
  } catch (error) {
    return errorResponse(error);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof LogError) return problemResponse(error.problem, error.status, { issues: error.issues });
  if (error instanceof AccountError) return problemResponse(error.problem, 422, { field: error.field });
  // The kind and code only: a database error's detail can quote the row, i.e. profile data.
  const code = (error as { code?: unknown })?.code;
  console.error(`request failed: ${(error as Error)?.name ?? "error"}${typeof code === "string" ? ` (${code})` : ""}`);
  return problemResponse(message("apiErrors.server"), 500);
}

/** A field of a JSON body, as an object. */
export function bodyObject(body: unknown): Record<string, unknown> {
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
