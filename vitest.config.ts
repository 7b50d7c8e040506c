import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Unit/component tests. Default environment is node; component tests opt in to
// jsdom with a `// @vitest-environment jsdom` docblock at the top of the file.
// Browser tests (tests/e2e) run separately via vitest.e2e.config.ts.
export default defineConfig({
  // Vite 8 transforms TS/JSX with Oxc; use the automatic React runtime (no `import React`).
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // `server-only` throws outside Next's server bundles; the tests import server modules directly.
    alias: { '@': root, 'server-only': `${root}tests/support/server-only.ts` },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Timeouts catch hangs, not slowness: vitest's 5 s default failed the 10,000-run fuzz tests on
    // a busy 2-core machine. No test asserts how long anything takes (npm run bench[:ui] does).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
