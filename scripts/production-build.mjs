/**
 * The production build and whether it is up to date, for `npm start` (scripts/start.mjs) and
 * `npm run bench:ui`. Plain Node, no dependencies.
 *
 * The build is stale when `.next/BUILD_ID` is missing or older than any file the build reads:
 * the routes, components, libraries, criteria, messages, the proxy and the build's configuration.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Next.js would otherwise report anonymous usage to its telemetry host: nothing leaves the site. */
export const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: "1" };

const SOURCE_DIRS = ["app", "components", "lib", "criteria", "messages", "i18n", "public"];
const SOURCE_FILES = [
  "next.config.js",
  "proxy.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the build must be (re)made, or undefined when `.next` is up to date. */
export function staleBuildReason(dir = root) {
  const buildId = join(dir, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  const built = statSync(buildId).mtimeMs;
  for (const source of [...SOURCE_DIRS, ...SOURCE_FILES]) {
    if (newestMtime(join(dir, source)) > built) return `${source} changed since the last build`;
  }
  return undefined;
}

/** Runs a Node script of the project or of node_modules with telemetry off; exits on failure. */
export function runNode(args, label) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...NEXT_ENV } });
  if (result.status !== 0) {
    process.stderr.write(`${label} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status ?? 1);
  }
}

export const NEXT_BIN = join(root, "node_modules", "next", "dist", "bin", "next");

/** The production server: Next.js with brotli for the static files (scripts/server.mjs). */
export const SERVER_SCRIPT = join(root, "scripts", "server.mjs");

/** Builds the production app when the build is missing or stale. */
export function ensureProductionBuild() {
  const reason = staleBuildReason();
  if (!reason) return;
  process.stderr.write(`start: building the production app (${reason})\n`);
  runNode([join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "generate-trial-index.ts")], "generating criteria/index.ts");
  runNode([NEXT_BIN, "build"], "next build");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Serves the existing production build (scripts/server.mjs) on a free loopback port (telemetry off)
 * and resolves once it answers: `{ url, stop }`. For the budget and Lighthouse scripts; `env` adds
 * to the server's environment (Lighthouse gives it an empty DATA_DIR of its own).
 */
export async function serveProductionBuild(timeoutMs = 60_000, env = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [SERVER_SCRIPT, "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, ...NEXT_ENV, NODE_ENV: "production", ...env },
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`the production server did not answer on ${url}`);
}
