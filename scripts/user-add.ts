/**
 * npm run user:add -- --username NAME --role coordinator|investigator|admin
 * Reads the password from standard input: typed at a prompt (not echoed) or piped
 * (`printf '%s\n' "$PASSWORD" | npm run user:add -- …`). Uses DATABASE_URL or DATA_DIR like the app;
 * with PGlite, stop the app first (one process per data folder).
 */
import { openConfiguredDatabase, type OpenDatabase } from "../lib/server/db/connection";
import { runUserAdd } from "../lib/server/cli/user-add";

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = "";
    for await (const chunk of stdin) text += String(chunk);
    return text;
  }
  process.stderr.write("Password: ");
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let typed = "";
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(typed);
          return;
        }
        if (ch === "\u0003") process.exit(130);
        typed = ch === "\u007f" ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on("data", onData);
  });
}

let opened: OpenDatabase | undefined;
const result = await runUserAdd(process.argv.slice(2), readPassword, async () => {
  opened = await openConfiguredDatabase();
  return opened.db;
});
await opened?.close();
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
