import type { Db } from '../storage/database.ts';

type Entry = { version: number; value: Promise<unknown> };

/**
 * Answers kept per database by what was asked, each valid while the registry stays at the version
 * it was made at; any write to a record table moves the version. The version is read before the
 * answer is made, so a kept answer is never older than its version. The oldest key goes first.
 */
export function versionedCache(size: number) {
  const caches = new WeakMap<Db, Map<string, Entry>>();
  return function kept<T>(db: Db, version: number, key: string, make: () => Promise<T>): Promise<T> {
    const cache = caches.get(db) ?? new Map<string, Entry>();
    caches.set(db, cache);
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit.value as Promise<T>;
    const value = make();
    cache.delete(key);
    cache.set(key, { version, value });
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    return value;
  };
}

/** `value` and everything in it frozen, as a kept answer is: the HTTP serializer writes a frozen answer's JSON once. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
