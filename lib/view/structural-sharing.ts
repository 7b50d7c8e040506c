/**
 * Structural sharing between two successive view models: every part of the new value that is
 * equal, in content, to the same part of the previous one is replaced by the previous object
 * itself. Memoised components (React.memo, which compares props by identity) then skip exactly
 * the trial cards, criterion rows and score lines whose result did not change (issue 15). The
 * same idea as TanStack Query's `replaceEqualDeep` (query-core/src/utils.ts).
 *
 * Arrays and plain objects are walked. An object with its own data form, `toJSON()` (the engine's
 * results compute their explanations lazily, lib/core/engine.ts), is read through that form, so a
 * changed trial comes back as plain data with its unchanged criteria shared. Anything else
 * (functions, dates, other class instances) is compared by identity. Values are never mutated.
 */

type WithData = { toJSON: () => unknown };

function hasDataForm(value: unknown): value is WithData {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as Partial<WithData>).toJSON === "function"
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `next`, with every part equal to the matching part of `previous` replaced by that part. */
export function shareUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (hasDataForm(next)) return shareUnchanged(hasDataForm(previous) ? previous.toJSON() : previous, next.toJSON()) as T;
  // The copy is made only from the first part that changed: most keystrokes change few parts, and
  // allocating a copy of every unchanged object was most of this function's time (issue 15).
  if (Array.isArray(previous) && Array.isArray(next)) {
    let out: unknown[] | undefined = previous.length === next.length ? undefined : [];
    for (let i = 0; i < next.length; i++) {
      const shared = i < previous.length ? shareUnchanged(previous[i], next[i]) : next[i];
      if (out === undefined && shared !== previous[i]) out = previous.slice(0, i);
      if (out !== undefined) out.push(shared);
    }
    return (out ?? previous) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const nextKeys = Object.keys(next);
    let out: Record<string, unknown> | undefined = nextKeys.length === Object.keys(previous).length ? undefined : {};
    for (let i = 0; i < nextKeys.length; i++) {
      const key = nextKeys[i]!;
      const had = Object.hasOwn(previous, key);
      const shared = had ? shareUnchanged(previous[key], next[key]) : next[key];
      if (out === undefined && (!had || shared !== previous[key])) {
        out = {};
        for (let j = 0; j < i; j++) out[nextKeys[j]!] = previous[nextKeys[j]!];
      }
      if (out !== undefined) out[key] = shared;
    }
    return (out ?? previous) as T;
  }
  return next;
}

/**
 * A function that returns its argument with the parts unchanged since its previous call shared
 * (see shareUnchanged). One per consumer, e.g. `useState(() => sharingWithPrevious<T>())[0]`.
 */
export function sharingWithPrevious<T>(): (next: T) => T {
  let last: { value: T } | undefined;
  return (next) => {
    const value = last ? shareUnchanged(last.value, next) : next;
    last = { value };
    return value;
  };
}
