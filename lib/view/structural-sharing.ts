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
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    const out = next.map((item, i) => {
      const shared = i < previous.length ? shareUnchanged(previous[i], item) : item;
      if (shared !== previous[i]) same = false;
      return shared;
    });
    return (same ? previous : out) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const nextKeys = Object.keys(next);
    let same = nextKeys.length === Object.keys(previous).length;
    const out: Record<string, unknown> = {};
    for (const key of nextKeys) {
      const shared = Object.hasOwn(previous, key) ? shareUnchanged(previous[key], next[key]) : next[key];
      if (!Object.hasOwn(previous, key) || shared !== previous[key]) same = false;
      out[key] = shared;
    }
    return (same ? previous : out) as T;
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
