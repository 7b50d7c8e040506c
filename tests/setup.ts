import { afterEach } from 'vitest';

// Vitest does not expose globals here, so Testing Library cannot register its
// automatic cleanup. Unmount rendered trees after each test in DOM environments.
// Testing Library's findBy/waitFor wait for the DOM, they don't time it: its 1 s default failed
// under machine load. (The tests' own timeout still catches a hang.)
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 30_000 });
}

afterEach(async () => {
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
