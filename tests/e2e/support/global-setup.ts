import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared `next start` server, e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** File receiving the shared server's stdout and stderr (tests/e2e/privacy.test.ts reads it). */
    serverLogFile: string;
  }
}

/** Where the server's output goes: test-results/e2e/next-start.log (gitignored). */
export const SERVER_LOG_FILE = join(projectRoot, 'test-results', 'e2e', 'next-start.log');

// One production server for all e2e files. Tests read the URL with `inject('baseURL')`.
export default async function setup(project: TestProject) {
  const server = await startServer({ logFile: SERVER_LOG_FILE });
  project.provide('baseURL', server.url);
  project.provide('serverLogFile', SERVER_LOG_FILE);
  return async () => {
    await server.stop();
  };
}
