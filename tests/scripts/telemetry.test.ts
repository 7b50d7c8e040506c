/**
 * Nothing leaves the site, not even the framework's usage report: every command that runs Next.js
 * runs it with NEXT_TELEMETRY_DISABLED=1, so a fresh clone never sends telemetry, whatever the
 * machine's global Next.js configuration says. And `npm start` serves the production build,
 * building it first when it is missing or stale.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NEXT_ENV, staleBuildReason } from "../../scripts/production-build.mjs";

const root = join(__dirname, "..", "..");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The shell commands of a script: `a && b; c || d` → [a, b, c, d]. */
const commandsOf = (script: string) => script.split(/&&|\|\||;/).map((c) => c.trim()).filter(Boolean);
/** The program a command runs, after its `NAME=value` prefixes. */
const programOf = (command: string) => command.split(/\s+/).find((word) => !/^[A-Z_]+=/.test(word)) ?? "";

const fakeBin = mkdtempSync(join(tmpdir(), "fake-next-"));
afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));

/** Runs one command with `sh`, as npm does, with a fake `next` that prints the variable it sees. */
function telemetryAsSeenBy(command: string): string {
  const next = join(fakeBin, "next");
  writeFileSync(next, '#!/bin/sh\nprintf "%s" "${NEXT_TELEMETRY_DISABLED:-unset}"\n');
  chmodSync(next, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${fakeBin}:${process.env.PATH ?? ""}` };
  delete env.NEXT_TELEMETRY_DISABLED;
  return execFileSync("sh", ["-c", command], { env, encoding: "utf8" });
}

describe("Next.js telemetry is off in every command", () => {
  const nextCommands = Object.entries(scripts).flatMap(([name, script]) =>
    commandsOf(script).filter((c) => programOf(c) === "next").map((command) => [name, command] as const),
  );

  it("finds the scripts that run next (dev, build, the browser tests)", () => {
    expect(new Set(nextCommands.map(([name]) => name))).toEqual(new Set(["dev", "build", "test:e2e"]));
  });

  it.each(nextCommands)("npm run %s: `%s` runs next with NEXT_TELEMETRY_DISABLED=1 under sh", (_name, command) => {
    expect(telemetryAsSeenBy(command)).toBe("1");
  });

  it("sets it for the scripts that start next themselves (npm start, bench:ui, lighthouse, the browser tests)", () => {
    expect(NEXT_ENV).toEqual({ NEXT_TELEMETRY_DISABLED: "1" });
    expect(scripts.start).toBe("node scripts/start.mjs");
    for (const name of ["bench:ui", "check:lighthouse", "test:e2e"]) {
      for (const command of commandsOf(scripts[name]!)) {
        if (/\b(tsx|vitest)\b|lighthouse/.test(command)) expect(command, `${name}: ${command}`).toMatch(/^NEXT_TELEMETRY_DISABLED=1 /);
      }
    }
    // Any file that spawns the next binary, runs Next.js in its own process (scripts/server.mjs)
    // or spawns that server passes the variable on.
    const spawners = ["scripts", join("tests", "e2e", "support")].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => /\.(mjs|ts)$/.test(f))
        .map((f) => join(dir, f))
        .filter((f) =>
          /next\/dist\/bin\/next|"next", "dist", "bin", "next"|'next', 'dist', 'bin', 'next'|NEXT_BIN|SERVER_SCRIPT|'scripts', 'server\.mjs'|import\('next'\)/.test(readFileSync(join(root, f), "utf8")),
        ),
    );
    expect(spawners).toEqual(
      expect.arrayContaining(["scripts/production-build.mjs", "scripts/start.mjs", "scripts/server.mjs", "tests/e2e/support/server.ts"]),
    );
    for (const file of spawners) expect(readFileSync(join(root, file), "utf8"), file).toMatch(/NEXT_TELEMETRY_DISABLED|NEXT_ENV/);
  });
});

describe("npm start builds when the production build is missing or stale", () => {
  const project = mkdtempSync(join(tmpdir(), "build-state-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  /** Writes the file with the given modification time; its folders get the same (a deletion shows there). */
  const touch = (path: string, seconds: number) => {
    mkdirSync(join(project, path, ".."), { recursive: true });
    writeFileSync(join(project, path), "x");
    const parts = path.split("/");
    for (let i = parts.length; i > 0; i--) utimesSync(join(project, ...parts.slice(0, i)), seconds, seconds);
  };

  it("builds when there is no build", () => {
    touch("app/page.tsx", 1000);
    expect(staleBuildReason(project)).toBe("no production build yet");
  });

  it("reuses a build newer than every source", () => {
    touch(".next/BUILD_ID", 2000);
    expect(staleBuildReason(project)).toBeUndefined();
  });

  it("rebuilds when a source or the configuration changed after the build", () => {
    touch("lib/core/engine.ts", 3000);
    expect(staleBuildReason(project)).toBe("lib changed since the last build");
    touch(".next/BUILD_ID", 4000);
    touch("next.config.js", 5000);
    expect(staleBuildReason(project)).toBe("next.config.js changed since the last build");
  });
});
