import { afterEach } from 'vitest';

// Vitest does not expose globals here, so Testing Library cannot register its
// automatic cleanup. Unmount rendered trees after each test in DOM environments.
afterEach(async () => {
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
