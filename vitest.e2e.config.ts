import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Browser tests against the production build (`next build` must have run first;
// `npm run test:e2e` does that). One `next start` server is shared by all files.
export default defineConfig({
  // As in vitest.config.ts: the report print test renders components to markup.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: { '@': root },
  },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll waits for the page, it does not time it: vitest's 1 s default flaked under load.
    expect: { poll: { timeout: 30_000 } },
  },
});
