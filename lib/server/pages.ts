/**
 * The session and role check of every signed-in page, on the server: no session → /login (with
 * the page to come back to, a path only); a role that may not → 403 (app/forbidden.tsx).
 */
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "../core/screening-log";
import { currentActor } from "./auth";
import type { Actor } from "./log/service";

export async function requirePage(permission: Permission, path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
