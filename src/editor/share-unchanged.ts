/**
 * Structural sharing between two versions of a JSON value: every part of `next` that equals the
 * corresponding part of `prev` is replaced by `prev`'s object, so memoised components and hooks
 * keyed on those objects see no change. Array elements that carry an `id` (blocks, list items,
 * threads) are matched by id, so inserting a paragraph does not make every later one "new".
 */
type Json = unknown;

const idOf = (v: Json): string | undefined => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const id = (v as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
};

function shareArray(prev: readonly Json[], next: readonly Json[]): readonly Json[] {
  const byId = new Map<string, Json>();
  for (const p of prev) {
    const id = idOf(p);
    if (id !== undefined) byId.set(id, p);
  }
  let same = prev.length === next.length;
  const out = next.map((n, i) => {
    const id = idOf(n);
    const counterpart = id !== undefined && byId.has(id) ? byId.get(id) : prev[i];
    const shared = shareUnchanged(counterpart, n);
    if (shared !== prev[i]) same = false;
    return shared;
  });
  return same ? prev : out;
}

export function shareUnchanged<T>(prev: Json, next: T): T {
  if (prev === next) return next;
  if (typeof next !== 'object' || next === null || typeof prev !== 'object' || prev === null) return next;
  if (Array.isArray(next)) return (Array.isArray(prev) ? shareArray(prev, next) : next) as T;
  if (Array.isArray(prev)) return next;
  const p = prev as Record<string, Json>;
  const n = next as Record<string, Json>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  const out: Record<string, Json> = {};
  for (const key of keys) {
    const shared = Object.hasOwn(p, key) ? shareUnchanged(p[key], n[key]) : n[key];
    if (shared !== p[key] || !Object.hasOwn(p, key)) same = false;
    // defineProperty for "__proto__", so that key in an article stays an ordinary own property.
    if (key === '__proto__') Object.defineProperty(out, key, { value: shared, enumerable: true, writable: true, configurable: true });
    else out[key] = shared;
  }
  return (same ? prev : out) as T;
}
