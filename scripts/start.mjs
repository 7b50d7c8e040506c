#!/usr/bin/env node
/**
 * `npm start`: runs the app for real. Installs the npm dependencies when needed
 * (scripts/setup.mjs), builds the production app when the build is missing or stale, then serves
 * it (scripts/server.mjs: Next.js, with brotli for the static files), with Next.js telemetry off.
 * Extra arguments go to the server:
 *
 *   npm start                         http://localhost:3000
 *   npm start -- --port 8080 --hostname 0.0.0.0
 *   node scripts/start.mjs --build-only   setup and build when needed, no server (npm run bench:ui)
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { NEXT_ENV, SERVER_SCRIPT, ensureProductionBuild, root, runNode } from "./production-build.mjs";

process.env.NEXT_TELEMETRY_DISABLED = NEXT_ENV.NEXT_TELEMETRY_DISABLED;
runNode([join(root, "scripts", "setup.mjs")], "setup");
ensureProductionBuild();
const args = process.argv.slice(2);
if (args.includes("--build-only")) process.exit(0);

const server = spawn(process.execPath, [SERVER_SCRIPT, ...args], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...NEXT_ENV, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
