import { toSimplified } from '../chinese.ts';
import { foldName } from '../names.ts';

/**
 * The words of a text, or in Chinese its character pairs, folded and simplified: how much two
 * titles or two tellings share is read from these.
 */
export function wordGrams(text: string): Set<string> {
  const f = foldName(toSimplified(text));
  if (/\p{Script=Han}/u.test(f)) {
    const chars = [...f.replace(/\s/g, '')];
    return new Set(chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]));
  }
  return new Set(f.split(' ').filter((w) => w.length > 2));
}

/** The share of the first set's grams that the second holds (0 for an empty first). */
export function shareOf(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / x.size;
}
