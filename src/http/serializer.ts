/**
 * Answers are written as they are. An answer that is frozen whole (a kept list page, served again
 * until the registry changes) cannot change, so its JSON is written once and reused.
 */
const written = new WeakMap<object, string>();

export function serialize(data: unknown): string {
  if (data === null || typeof data !== 'object' || !Object.isFrozen(data)) return JSON.stringify(data);
  let json = written.get(data);
  if (json === undefined) {
    json = JSON.stringify(data);
    written.set(data, json);
  }
  return json;
}
