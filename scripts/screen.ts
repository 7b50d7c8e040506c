/**
 * Command-line screening, with the same schema and engine as the app.
 *
 *   npm run --silent screen -- <profile.json>   JSON results for every encoded trial (English)
 *   npm run --silent screen -- --lang zh-CN <profile.json>   the same with Chinese reasons and each
 *                                              registry line's Chinese rendering beside it
 *   npm run --silent screen -- --schema         the profile's JSON Schema
 *
 * Exit codes: 0 screened; 2 invalid profile or unreadable file (each invalid field and its
 * message on stderr); 64 usage error.
 */
import { readFileSync } from "node:fs";
import { runScreenCli } from "../lib/cli/cli";

const result = runScreenCli(process.argv.slice(2), (path) => readFileSync(path, "utf8"));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
