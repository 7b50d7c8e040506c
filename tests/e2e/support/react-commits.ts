/**
 * Counts React's work in a page, without timing anything: how many commits an interaction causes
 * and how many components render in them. Load on the machine changes how long an edit takes,
 * never how many components React renders for it, so assertions on these counts cannot flake.
 *
 * It installs a minimal `__REACT_DEVTOOLS_GLOBAL_HOOK__` before the page's scripts run (React
 * production builds call `onCommitFiberRoot` on it after every commit, as they do for the React
 * DevTools) and, on each commit, walks the fibers that this commit rendered, the way the DevTools
 * profiler decides "did render": a component fiber with the PerformedWork flag, skipping subtrees
 * React bailed out of (their child is the same fiber object as before).
 */
import type { Page } from "playwright-core";

/**
 * `firstCommit`: the components rendered (or mounted) in the first commit, the one an edit's own
 * event causes. `byTrial`: the components rendered inside each trial's card (the nearest
 * `data-trial` element above them), by trial id. `inForm`: the components rendered inside the
 * profile form (a `form` element above them).
 */
export type ReactWork = { commits: number; rendered: number; mounted: number; firstCommit: number; byTrial: Record<string, number>; inForm: number };

declare global {
  interface Window {
    __reactWork: { take: () => ReactWork; components: () => number };
  }
}

/** Call before the first navigation. */
export async function countReactWork(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // react-reconciler's WorkTag values and the PerformedWork flag (packages/react-reconciler/src/ReactWorkTags.js, ReactFiberFlags.js).
    const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
    const PERFORMED_WORK = 1;
    const HOST_COMPONENT = 5;
    type Fiber = {
      tag: number;
      type: unknown;
      flags: number;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
      return: Fiber | null;
      memoizedProps: Record<string, unknown> | null;
    };
    const empty = (): ReactWork => ({ commits: 0, rendered: 0, mounted: 0, firstCommit: 0, byTrial: {}, inForm: 0 });
    let work = empty();
    const trialOf = (fiber: Fiber): string | undefined => {
      for (let f = fiber.return; f; f = f.return) {
        const trial = f.tag === HOST_COMPONENT ? f.memoizedProps?.["data-trial"] : undefined;
        if (typeof trial === "string") return trial;
      }
      return undefined;
    };
    const inForm = (fiber: Fiber): boolean => {
      for (let f = fiber.return; f; f = f.return) if (f.tag === HOST_COMPONENT && f.type === "form") return true;
      return false;
    };
    let lastRoot: { current: Fiber } | undefined;
    const walk = (fiber: Fiber | null, count: (f: Fiber) => void) => {
      const stack: Fiber[] = [];
      for (let f = fiber; f; f = f.sibling) stack.push(f);
      while (stack.length) {
        const f = stack.pop()!;
        count(f);
        // A child that is the very fiber of the previous tree was not rendered in this commit.
        if (f.alternate && f.child === f.alternate.child) continue;
        for (let c = f.child; c; c = c.sibling) stack.push(c);
      }
    };
    (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      setStrictMode: () => {},
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        lastRoot = root;
        work.commits += 1;
        let inThisCommit = 0;
        walk(root.current.child, (f) => {
          if (!COMPONENT_TAGS.has(f.tag) || (f.flags & PERFORMED_WORK) === 0) return;
          inThisCommit += 1;
          if (f.alternate) work.rendered += 1;
          else work.mounted += 1;
          const trial = trialOf(f);
          if (trial) work.byTrial[trial] = (work.byTrial[trial] ?? 0) + 1;
          if (inForm(f)) work.inForm += 1;
        });
        if (work.commits === 1) work.firstCommit = inThisCommit;
      },
    };
    window.__reactWork = {
      take() {
        const taken = work;
        work = empty();
        return taken;
      },
      /** Every component fiber in the current tree. */
      components() {
        let n = 0;
        const stack: Fiber[] = lastRoot?.current.child ? [lastRoot.current.child] : [];
        while (stack.length) {
          const f = stack.pop()!;
          if (COMPONENT_TAGS.has(f.tag)) n += 1;
          if (f.sibling) stack.push(f.sibling);
          if (f.child) stack.push(f.child);
        }
        return n;
      },
    };
  });
}

export const takeReactWork = (page: Page): Promise<ReactWork> => page.evaluate(() => window.__reactWork.take());
export const mountedComponents = (page: Page): Promise<number> => page.evaluate(() => window.__reactWork.components());
