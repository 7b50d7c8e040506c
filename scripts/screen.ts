/**
 * Command-line screening, with the same schema, file reader and engine as the app.
 *
 *   npm run --silent screen -- <profile.json>   JSON results for every encoded trial (English)
 *   npm run --silent screen -- -                the profile from standard input
 *   npm run --silent screen -- --lang zh-CN <profile.json>   the same with Chinese reasons and each
 *                                              registry line's Chinese rendering beside it
 *   npm run --silent screen -- --schema         the profile's JSON Schema
 *
 * Exit codes: 0 screened; 2 invalid profile or unreadable file (each invalid field and its
 * message on stderr, control characters escaped); 64 usage error (an unknown option, say).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { MAX_PROFILE_FILE_BYTES, runScreenCli } from "../lib/cli/cli";

/**
 * Reads at most one byte more than the limit, so that /dev/zero or a huge file costs nothing
 * (the reader then refuses it as too large).
 */
function readCapped(path: string): Uint8Array {
  const fd = path === "-" ? 0 : openSync(path, "r");
  try {
    const buffer = Buffer.alloc(MAX_PROFILE_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      let n: number;
      try {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((error as NodeJS.ErrnoException).code === "EOF") break;
        throw error;
      }
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

const result = runScreenCli(process.argv.slice(2), readCapped);
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
