/**
 * Password hashing: scrypt (RFC 7914) from node:crypto at the parameters of OWASP's Password
 * Storage Cheat Sheet ("scrypt with a minimum CPU/memory cost parameter of (2^17), a minimum
 * block size of 8 (1024 bytes), and a parallelization parameter of 1",
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#scrypt):
 * 128 × N × r = 128 MiB per hash. Node's scrypt runs on the libuv thread pool, not the event loop.
 *
 * Stored format: `scrypt$N$r$p$<salt hex>$<key hex>`, the parameters with the hash, so that
 * raising them later leaves every stored hash verifiable. Hashes from before (Better Auth's own
 * `<salt hex>:<key hex>` at N = 2^14, r = 16, p = 1, node_modules/@better-auth/utils/dist/
 * password.node.mjs) still verify, and `needsRehash` tells the caller to store a new hash on the
 * next successful sign-in (lib/server/auth/auth.ts).
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

export type ScryptParameters = { N: number; r: number; p: number };

/** OWASP's minimum for scrypt (see above). */
export const SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };
/** Better Auth's default, the format of hashes stored before the OWASP parameters. */
const LEGACY_PARAMETERS: ScryptParameters = { N: 2 ** 14, r: 16, p: 1 };
const KEY_BYTES = 64;
const SALT_BYTES = 16;
/** The largest N × r accepted from a stored hash: bounds the memory one verification may take. */
const MAX_COST = 2 ** 22;

function derive(password: string, salt: string, { N, r, p }: ScryptParameters): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Node refuses when 128 × N × r exceeds maxmem (32 MiB by default): allow twice the need.
    scrypt(password.normalize("NFKC"), salt, KEY_BYTES, { N, r, p, maxmem: 2 * 128 * N * r * p }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMETERS;
  const salt = randomBytes(SALT_BYTES).toString("hex");
  const key = await derive(password, salt, SCRYPT_PARAMETERS);
  return `scrypt$${N}$${r}$${p}$${salt}$${key.toString("hex")}`;
}

type Parsed = { parameters: ScryptParameters; salt: string; key: Buffer };

function parse(hash: string): Parsed | undefined {
  const modern = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([0-9a-f]+)\$([0-9a-f]+)$/.exec(hash);
  if (modern) {
    const [, N, r, p, salt, key] = modern;
    const parameters = { N: Number(N), r: Number(r), p: Number(p) };
    if (parameters.N * parameters.r > MAX_COST || parameters.p < 1 || parameters.p > 16) return undefined;
    return { parameters, salt: salt!, key: Buffer.from(key!, "hex") };
  }
  const legacy = /^([0-9a-f]+):([0-9a-f]+)$/.exec(hash);
  if (legacy) return { parameters: LEGACY_PARAMETERS, salt: legacy[1]!, key: Buffer.from(legacy[2]!, "hex") };
  return undefined;
}

/** Whether the password matches the stored hash (either format); false for an unreadable hash. */
export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  const parsed = parse(hash);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.parameters);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash was made with other parameters than today's, so should be replaced. */
export function needsRehash(hash: string): boolean {
  const parsed = parse(hash);
  const { N, r, p } = SCRYPT_PARAMETERS;
  return !parsed || !hash.startsWith("scrypt$") || parsed.parameters.N !== N || parsed.parameters.r !== r || parsed.parameters.p !== p;
}
