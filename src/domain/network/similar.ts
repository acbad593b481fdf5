import { foldName } from '../names.ts';

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const folded = new Map<string, string>();
const fold = (s: string) => {
  let f = folded.get(s);
  if (f === undefined) {
    f = foldName(s);
    folded.set(s, f);
  }
  return f;
};

/**
 * Two spellings of one name: `Nuremberg` and `Nürnberg`, `Frankfurt` and `Frankfurt am Main`.
 * Names with numbers must agree exactly (`Prague 1` is not `Prague`).
 */
export function similarNames(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (/\d/.test(fa) || /\d/.test(fb)) return false;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (short.length >= 4 && long.startsWith(`${short} `)) return true;
  const x = fa.replace(/ /g, '');
  const y = fb.replace(/ /g, '');
  const limit = Math.floor(Math.max(x.length, y.length) / 4);
  return limit > 0 && editDistance(x, y, limit) <= limit;
}
