/**
 * Claims as marks in their text. Claims overlap: a signing's sentence holds its signatories, and
 * two claims may cover the same words. Claims with the same words form one group; a group that
 * crosses another's end is cut there, so the pieces nest and can be drawn as nested marks.
 */
export interface Ranged {
  start: number;
  end: number;
  /** Every place the text states the claim, when it states it more than once. */
  spans?: readonly { start: number; end: number }[];
}

export interface ClaimGroup {
  start: number;
  end: number;
  /** The claims' indices in the list the groups were made from. */
  claims: number[];
}

/** A mark's `start` is where its piece begins in the text: with its group, it names the piece. */
export type TextNode =
  | { type: 'text'; text: string }
  | { type: 'mark'; group: number; start: number; first: boolean; children: TextNode[] };

/** Claims with the same words, in the order of the text (outer before inner). */
export function groupClaims(claims: readonly Ranged[]): ClaimGroup[] {
  const byRange = new Map<string, ClaimGroup>();
  claims.forEach((c, i) => {
    // A fact stated in the headline and the body, or in both languages, is marked at each place.
    for (const { start, end } of c.spans?.length ? c.spans : [c]) {
      if (!(end > start)) continue;
      const key = `${start}:${end}`;
      const known = byRange.get(key);
      if (known) known.claims.push(i);
      else byRange.set(key, { start, end, claims: [i] });
    }
  });
  return [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

interface Piece {
  start: number;
  end: number;
  group: number;
  first: boolean;
}

const byPosition = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.group - b.group;

/** Cuts groups where they cross another's end, so that any two pieces are nested or apart. */
function pieces(groups: readonly ClaimGroup[]): Piece[] {
  const queue: Piece[] = groups.map((g, i) => ({ start: g.start, end: g.end, group: i, first: true }));
  queue.sort(byPosition);
  const placed: Piece[] = [];
  while (queue.length) {
    const p = queue.shift()!;
    let cut = Infinity;
    for (const q of placed) if (q.start < p.start && p.start < q.end && q.end < p.end) cut = Math.min(cut, q.end);
    if (cut === Infinity) {
      placed.push(p);
      continue;
    }
    placed.push({ ...p, end: cut });
    const rest = { ...p, start: cut, first: false };
    const at = queue.findIndex((q) => byPosition(rest, q) < 0);
    queue.splice(at < 0 ? queue.length : at, 0, rest);
  }
  return placed.sort(byPosition);
}

/** The text as plain runs and nested marks, one mark per group (or per piece of a cut group). */
export function claimTree(text: string, groups: readonly ClaimGroup[]): TextNode[] {
  const all = pieces(groups);
  let i = 0;
  const build = (from: number, to: number): TextNode[] => {
    const out: TextNode[] = [];
    let at = from;
    while (i < all.length && all[i]!.start < to) {
      const p = all[i++]!;
      if (p.start > at) out.push({ type: 'text', text: text.slice(at, p.start) });
      out.push({ type: 'mark', group: p.group, start: p.start, first: p.first, children: build(p.start, p.end) });
      at = Math.max(at, p.end);
    }
    if (to > at) out.push({ type: 'text', text: text.slice(at, to) });
    return out;
  };
  return build(0, text.length);
}
