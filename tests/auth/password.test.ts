/**
 * Password hashes: scrypt at OWASP's parameters (N = 2^17, r = 8, p = 1), stored with the
 * parameters; Better Auth's older `<salt>:<key>` hashes still verify and are marked for rehash.
 */
import { hashPassword as betterAuthLegacyHash } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, SCRYPT_PARAMETERS, verifyPassword } from "@/lib/server/auth/password";

describe("password hashes", () => {
  it("makes new hashes with scrypt at N=131072, r=8, p=1, stored with the hash", async () => {
    expect(SCRYPT_PARAMETERS).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    expect(hash).not.toContain("correct horse");
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
    expect(await verifyPassword({ hash, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash, password: "correct horse batterY" })).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("verifies a hash in Better Auth's older format and marks it for rehash; a wrong password fails", async () => {
    const legacy = await betterAuthLegacyHash("pa55word-old");
    expect(legacy).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword({ hash: legacy, password: "pa55word-old" })).toBe(true);
    expect(await verifyPassword({ hash: legacy, password: "pa55word-new" })).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });

  it("verifies a hash stored with other parameters by those parameters, and marks it for rehash", async () => {
    const current = await hashPassword("pa55word-x");
    const [, , , , salt] = current.split("$");
    // The same salt at N = 2^15 gives another key: the stored parameters are the ones used.
    const { scrypt } = await import("node:crypto");
    const key = await new Promise<Buffer>((resolve, reject) =>
      scrypt("pa55word-x", salt!, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }, (e, k) => (e ? reject(e) : resolve(k))),
    );
    const older = `scrypt$32768$8$1$${salt}$${key.toString("hex")}`;
    expect(await verifyPassword({ hash: older, password: "pa55word-x" })).toBe(true);
    expect(needsRehash(older)).toBe(true);
  });

  it("refuses an unreadable hash or one asking for unbounded memory", async () => {
    expect(await verifyPassword({ hash: "plaintext", password: "plaintext" })).toBe(false);
    expect(await verifyPassword({ hash: `scrypt$${2 ** 30}$8$1$00$00`, password: "x" })).toBe(false);
  });
});
