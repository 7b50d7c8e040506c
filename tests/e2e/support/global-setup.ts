import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared `next start` server, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}

// One production server for all e2e files. Tests read the URL with `inject('baseURL')`.
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('baseURL', server.url);
  return async () => {
    await server.stop();
  };
}
