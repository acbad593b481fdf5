import { VERDICTS } from '../src/http/contract/claims.ts';
import type { CheckResult } from '../src/services/claims/check.service.ts';

/**
 * Scores one checked text against its hand labels: which labelled claims were found (a found claim
 * of the same kind overlapping one of the label's quotes), which found claims are right, how the
 * verdicts compare, and which facts were reported more than once.
 */
export interface Label {
  kind: string;
  /** The places a tie names, as written (a figure's count of places otherwise). */
  places?: unknown;
  quote?: string;
  quotes?: string[];
  verdict: string;
}

export interface Span {
  start: number;
  end: number;
}

export type Found = CheckResult['claims'][number] & { spans?: Span[] };

export const NOT_EXTRACTED = 'not extracted';
export const CHECKER_COLUMNS = [...VERDICTS, NOT_EXTRACTED] as const;

export interface Score {
  /** Per kind: found, right (of found), labelled, caught (of labelled), agreed (of caught), twice (of caught). */
  kinds: Map<string, Row>;
  /** Label verdict → checker verdict (or `not extracted`) → count. */
  confusion: Map<string, Map<string, number>>;
  /** Labelled claims matched by two found claims or more, and the extra found claims. */
  labelledTwice: number;
  extraForLabelled: number;
  /** Found claims whose reading repeats another found claim of the same text. */
  sameFactTwice: number;
  /** Quotes that are not in the text as the checker read it (a title or furniture line it dropped). */
  quotesNotInText: number;
  misses: string[];
}

interface Row {
  found: number;
  right: number;
  labelled: number;
  caught: number;
  agreed: number;
  twice: number;
}

const emptyRow = (): Row => ({ found: 0, right: 0, labelled: 0, caught: 0, agreed: 0, twice: 0 });

export function emptyScore(): Score {
  return {
    kinds: new Map(),
    confusion: new Map(),
    labelledTwice: 0,
    extraForLabelled: 0,
    sameFactTwice: 0,
    quotesNotInText: 0,
    misses: [],
  };
}

/** The text with every run of white space as one space, and where each of its characters came from. */
function collapse(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

/** Every place the quote occurs in the text, white space aside. */
export function locate(text: ReturnType<typeof collapse>, quote: string): Span[] {
  const q = collapse(quote.trim()).text;
  const spans: Span[] = [];
  for (let i = text.text.indexOf(q); i >= 0 && q; i = text.text.indexOf(q, i + 1)) {
    spans.push({ start: text.at[i]!, end: text.at[i + q.length - 1]! + 1 });
  }
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const spansOf = (f: Found): Span[] => f.spans ?? [{ start: f.start, end: f.end }];
const overlap = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => overlaps(x, y)));

/** How many of the label's places the found claim's reading names. */
function affinity(l: Label, f: Found): number {
  const n = f.normalised as { placeNames?: string[] };
  const named = (n.placeNames ?? []).join(' ') + f.text;
  const places = Array.isArray(l.places) ? l.places : [];
  return places.filter((p): p is string => typeof p === 'string' && p !== '' && named.includes(p)).length;
}

function bump<K>(map: Map<K, number>, key: K, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Adds one text's figures to `score`. */
export function scoreText(score: Score, file: string, result: CheckResult, labels: Label[]): void {
  const text = collapse(result.text);
  const row = (kind: string) => {
    const r = score.kinds.get(kind) ?? emptyRow();
    score.kinds.set(kind, r);
    return r;
  };
  const found = result.claims as Found[];
  const located = labels.map((l) => {
    const quotes = l.quotes ?? (l.quote ? [l.quote] : []);
    const spans = quotes.flatMap((q) => {
      const at = locate(text, q);
      if (at.length === 0) score.quotesNotInText++;
      return at;
    });
    return { ...l, spans };
  });
  for (const f of found) {
    const r = row(f.kind);
    r.found++;
    if (located.some((l) => l.kind === f.kind && overlap(l.spans, spansOf(f)))) r.right++;
    else score.misses.push(`${file}: extra ${f.kind} “${f.text.slice(0, 60)}”`);
  }
  // Each found claim answers for at most one label: two labels sharing a quote (one sentence, two
  // ties) are two facts, so two found claims there are not one fact reported twice.
  // Where labels share a quote, each is paired first with the found claim naming its places.
  const candidates = located.map((l) =>
    found.filter((f) => f.kind === l.kind && overlap(l.spans, spansOf(f))).sort((a, b) => affinity(l, b) - affinity(l, a)),
  );
  const owner = pairOff(candidates);
  for (const [i, l] of located.entries()) {
    const r = row(l.kind);
    r.labelled++;
    const matches = candidates[i]!;
    const verdicts = score.confusion.get(l.verdict) ?? new Map<string, number>();
    score.confusion.set(l.verdict, verdicts);
    if (matches.length === 0) {
      bump(verdicts, NOT_EXTRACTED);
      score.misses.push(`${file}: missed ${l.kind} “${(l.quotes?.[0] ?? l.quote ?? '').slice(0, 60)}”`);
      continue;
    }
    r.caught++;
    const own = matches.find((f) => owner.get(f) === i) ?? matches[0]!;
    bump(verdicts, own.verdict);
    if (own.verdict === l.verdict) r.agreed++;
    if (own.verdict !== l.verdict) {
      score.misses.push(`${file}: ${l.kind} labelled ${l.verdict}, checked ${own.verdict}: ${own.note.slice(0, 140)}`);
    }
    // A found claim no label owns, beside one that owns this label, reports this label's fact again.
    const again = matches.filter((f) => !owner.has(f) && candidates.findIndex((c) => c.includes(f)) === i);
    if (again.length > 0) {
      score.misses.push(
        `${file}: ${l.kind} reported ${again.length + 1} times: ${[own, ...again].map((m) => `“${m.text.slice(0, 50)}”`).join(' · ')}`,
      );
      score.labelledTwice++;
      r.twice++;
      score.extraForLabelled += again.length;
    }
  }
  const seen = new Set<string>();
  for (const f of found) {
    const key = JSON.stringify(f.normalised);
    if (seen.has(key)) score.sameFactTwice++;
    seen.add(key);
  }
}

/**
 * Labels paired with found claims, one each, as many pairs as can be made (augmenting paths over
 * the few claims of one text): the index of the label each paired found claim answers for.
 */
function pairOff(candidates: Found[][]): Map<Found, number> {
  const owner = new Map<Found, number>();
  const assign = (i: number, seen: Set<Found>): boolean => {
    for (const f of candidates[i]!) {
      if (seen.has(f)) continue;
      seen.add(f);
      const held = owner.get(f);
      if (held === undefined || assign(held, seen)) {
        owner.set(f, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < candidates.length; i++) assign(i, new Set());
  return owner;
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)} %` : '–');

/** The score as a few lines of text. */
export function formatScore(title: string, s: Score): string[] {
  const lines = [title, '  kind          precision       recall          verdicts agreeing   twice'];
  const all = emptyRow();
  const line = (kind: string, r: Row) =>
    `  ${kind.padEnd(13)} ${pct(r.right, r.found).padStart(7)} ${`${r.right}/${r.found}`.padStart(7)}  ${pct(r.caught, r.labelled).padStart(7)} ${`${r.caught}/${r.labelled}`.padStart(7)}  ${pct(r.agreed, r.caught).padStart(7)} ${`${r.agreed}/${r.caught}`.padStart(7)}  ${String(r.twice).padStart(6)}`;
  for (const [kind, r] of [...s.kinds.entries()].sort()) {
    for (const k of Object.keys(all) as (keyof Row)[]) all[k] += r[k];
    lines.push(line(kind, r));
  }
  lines.push(line('all', all));
  let agree = 0;
  for (const v of VERDICTS) agree += s.confusion.get(v)?.get(v) ?? 0;
  lines.push(`  verdict agreement ${pct(agree, all.caught)} (${agree} of the ${all.caught} labelled claims extracted)`);
  lines.push(`  label ↓ checker →  ${CHECKER_COLUMNS.map((c) => c.padStart(14)).join('')}`);
  for (const v of VERDICTS) {
    const cells = CHECKER_COLUMNS.map((c) => String(s.confusion.get(v)?.get(c) ?? 0).padStart(14));
    lines.push(`  ${v.padEnd(17)}${cells.join('')}`);
  }
  lines.push(
    `  reported twice: ${s.labelledTwice} labelled claims matched by several found claims (${s.extraForLabelled} extra); ${s.sameFactTwice} found claims repeat a reading already found in their text`,
  );
  if (s.quotesNotInText)
    lines.push(`  ${s.quotesNotInText} labelled quotes are not in the text as read (dropped as a title or page furniture)`);
  return lines;
}
