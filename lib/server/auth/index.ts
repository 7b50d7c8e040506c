/**
 * The app's Better Auth instance and the signed-in user, for pages, route handlers and server
 * actions. Every check of a role happens here on the server (lib/core/screening-log.ts PERMISSIONS).
 */
import "server-only";
import { headers } from "next/headers";
import { can, isRole, type Permission } from "../../core/screening-log";
import { database } from "../db";
import type { Actor } from "../log/service";
import { authSecret } from "./accounts";
import { createAuth, type Auth } from "./auth";

const KEY = Symbol.for("uc-msc-prescreener.auth");
type Holder = { [KEY]?: Promise<Auth> };

export function auth(): Promise<Auth> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const { db } = await database();
    return createAuth(db, await authSecret(db));
  })().catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

/** The signed-in user of a request, or undefined. */
export async function actorOf(requestHeaders: Headers): Promise<Actor | undefined> {
  const session = await (await auth()).api.getSession({ headers: requestHeaders });
  const u = session?.user as { id: string; username?: string | null; role?: string } | undefined;
  if (!u || !isRole(u.role)) return undefined;
  return { id: u.id, username: u.username ?? u.id, role: u.role };
}

/** The signed-in user of the page being rendered, or undefined. */
export async function currentActor(): Promise<Actor | undefined> {
  return actorOf(await headers());
}

export type Access = { ok: true; actor: Actor } | { ok: false; status: 401 | 403 };

/** Whether the request's user may do this: 401 without a session, 403 with a role that may not. */
export async function access(requestHeaders: Headers, permission: Permission): Promise<Access> {
  const actor = await actorOf(requestHeaders);
  if (!actor) return { ok: false, status: 401 };
  if (!can(actor.role, permission)) return { ok: false, status: 403 };
  return { ok: true, actor };
}
