/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping
 * as soon as the distance must exceed `max`; then it returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const x = [...a];
  const y = [...b];
  let prevPrev: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[y.length]!, max + 1);
}

/** How many edits a fuzzy match may need: none for very short keys, one, or two for long ones. */
export function allowedEdits(key: string): number {
  const length = [...key].length;
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Only the start of a long key takes part in finding candidates; the whole key is compared after. */
export const FUZZY_PREFIX = 10;

/**
 * The key's start and every form of it with one letter left out. Two keys whose
 * sets meet are within two edits of each other (one letter changed, added, dropped
 * or swapped with its neighbour, or one of each side), which finds the candidates
 * that `editDistance` then measures.
 */
export function deletionNeighbourhood(key: string): string[] {
  const letters = [...key].slice(0, FUZZY_PREFIX);
  const out = new Set([letters.join('')]);
  for (let i = 0; i < letters.length; i++) out.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  return [...out];
}
