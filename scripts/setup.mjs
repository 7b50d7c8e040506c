#!/usr/bin/env node
/**
 * Makes `npm run dev` and `npm test` work from a fresh clone: installs the npm dependencies when
 * node_modules is missing or older than package-lock.json, and, for the tests, checks the system
 * packages the browser tests need (Debian's chromium, poppler-utils for pdftotext/pdftoppm,
 * fonts-noto-cjk for Chinese text), installing them with apt-get when running as root.
 *
 * Plain Node with no dependencies, because it runs before any are installed.
 *   node scripts/setup.mjs          npm dependencies only (for the app)
 *   node scripts/setup.mjs --test   also the browser-test system packages
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const log = (message) => process.stderr.write(`setup: ${message}\n`);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    log(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

// npm records what it installed in node_modules/.package-lock.json.
const installed = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  // `npm install --no-save` rather than `npm ci`: see .ci/run (the registry here lacks some other
  // platforms' optional binaries, which `npm ci` insists the lock file lists).
  log("installing npm dependencies (exact versions from package-lock.json)");
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund"]);
}

if (process.argv.includes("--test")) {
  const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
  const hasPackage = (name) => {
    try {
      return execFileSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).includes(
        "install ok installed",
      );
    } catch {
      return false;
    }
  };
  const missing = [];
  if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) missing.push("chromium");
  if (!has("pdftotext") || !has("pdftoppm")) missing.push("poppler-utils");
  if (!hasPackage("fonts-noto-cjk")) missing.push("fonts-noto-cjk");
  if (missing.length > 0) {
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    if (!isRoot) {
      log(`the browser tests need Debian packages: ${missing.join(" ")}`);
      log(`install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`);
      process.exit(1);
    }
    log(`installing ${missing.join(" ")} with apt-get`);
    process.env.DEBIAN_FRONTEND = "noninteractive";
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "--no-install-recommends", ...missing]);
  }
}
