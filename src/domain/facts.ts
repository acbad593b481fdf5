import { foldName } from './names.ts';
import { isPreciseDate } from './precise-date.ts';

export type Agreement = 'same' | 'compatible' | 'variant' | 'conflict';

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * How a value a source gives stands to the recorded one. Dates of different precision agree when
 * one lies within the other (`2019` and `2019-05`); names agree as spelling variants when they are
 * among the record's names; a text in several languages agrees when one of them does; a list
 * agrees when it holds the value; anything else that differs is a conflict.
 */
export function compareFact(recorded: unknown, claimed: string, knownNames: readonly string[] = []): Agreement {
  if (recorded === null || recorded === undefined) return 'conflict';
  if (Array.isArray(recorded)) {
    return recorded.some((item) => compareFact(item, claimed, knownNames) !== 'conflict') ? 'same' : 'conflict';
  }
  if (typeof recorded === 'object') {
    const texts = Object.values(recorded).filter(isText);
    if (texts.some((t) => foldName(t) === foldName(claimed))) return 'same';
    return 'conflict';
  }
  const value = String(recorded);
  if (value === claimed) return 'same';
  if (isPreciseDate(value) && isPreciseDate(claimed)) {
    return value.startsWith(claimed) || claimed.startsWith(value) ? 'compatible' : 'conflict';
  }
  if (foldName(value) === foldName(claimed)) return 'same';
  if (knownNames.some((n) => foldName(n) === foldName(claimed))) return 'variant';
  return 'conflict';
}

/** A field of a record by its path: `established`, `names.en`, `signatories.0.title.zh`. */
export function fieldValue(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
