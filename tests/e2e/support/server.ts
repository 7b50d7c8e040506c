import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

const HOST = '127.0.0.1';

/** Ask the OS for a free TCP port on the loopback interface. */
export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      if (address === null || typeof address === 'string') {
        srv.close();
        reject(new Error('Could not determine a free port'));
        return;
      }
      const { port } = address;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The screening log's data folder (PGlite) of this server. */
  dataDir: string;
  /** Kill the server's process group at once (SIGKILL), as a crash would. */
  kill: () => Promise<void>;
  /** The file that receives everything the production server writes to stdout and stderr, if one was asked for. */
  logFile: string | undefined;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the production server exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${output()}`);
    }
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the production server did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Start the production server (scripts/server.mjs, as `npm start` runs it) from the already-built `.next`
 * directory on a free port, wait until it answers, and return its URL.
 * With `logFile`, everything the server writes to stdout and stderr is also
 * appended to that file as it arrives (the privacy test reads it).
 */
export async function startServer(
  options: {
    port?: number;
    timeoutMs?: number;
    logFile?: string;
    /** The PGlite data folder; a new empty one by default (never the project's ./data). */
    dataDir?: string;
    /** Extra environment, e.g. DATABASE_URL to run on PostgreSQL. */
    env?: Record<string, string>;
  } = {},
): Promise<RunningServer> {
  if (!existsSync(join(projectRoot, '.next', 'BUILD_ID'))) {
    throw new Error('No production build found in .next; run `next build` first (npm run test:e2e does this).');
  }
  const port = options.port ?? (await getFreePort());
  const url = `http://${HOST}:${port}`;
  // The production server `npm start` runs: Next.js, with brotli for the static files.
  const serverScript = join(projectRoot, 'scripts', 'server.mjs');

  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'prescreener-e2e-'));
  const child = spawn(process.execPath, [serverScript, '--hostname', HOST, '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group so stop() can terminate the production server and any workers it forks.
    detached: true,
  });
  const { logFile } = options;
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    writeFileSync(logFile, '');
  }
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    // Synchronous, so that a test reading the file sees every line written so far.
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // group already gone
    }
  };

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
    if (timedOut) {
      signalGroup('SIGKILL');
      await exited;
    }
  };

  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup('SIGKILL');
    await exited;
  };

  try {
    await waitUntilUp(url, child, () => log, options.timeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, logFile, dataDir, stop, kill };
}

/** Launch the system (Debian) Chromium headless; no browser downloads. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
