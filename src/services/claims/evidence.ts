import type { EntityKind } from '../../records/kinds.ts';
import type { ClaimKind, ExtractedClaim, Normalised, Verdict } from '../../domain/claims/types.ts';
import { pickName, type LocalizedText, type Names } from '../../domain/common.ts';
import { compareFact } from '../../domain/facts.ts';
import { earliestDay, formatPreciseDate, latestDay, type Day, type PreciseDate } from '../../domain/precise-date.ts';
import { citationService } from '../citation.service.ts';
import type { Ctx } from '../context.ts';
import { sources } from '../records.service.ts';
import type { RecordProposal } from '../../domain/claims/proposal.ts';

export interface Evidence {
  entity: EntityKind;
  id: string;
  /** The record's name, and what about it bears on the claim, in each language. */
  label: Note;
  detail: Note | null;
  sources: { id: string; title: string; url: string | null }[];
}

export interface CheckedClaim {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  verdict: Verdict;
  evidence: Evidence[];
  /** The checker's note in English (the same as `notes.en`). */
  note: string;
  /** The checker's note in each language the office writes in. */
  notes: Note;
  normalised: Normalised;
  paragraph: number;
  lang: 'zh' | 'en';
  /** Every place the text states this fact (headline, lead, body, the other language); `start`/`end` is the first. */
  spans: { start: number; end: number }[];
  /** The record that would let the registry check it, for a claim it cannot. */
  propose?: RecordProposal;
}

/** A note in Chinese and in English. */
export interface Note {
  zh: string;
  en: string;
}

export type NoteLang = keyof Note;
export const NOTE_LANGS: readonly NoteLang[] = ['zh', 'en'];

/** Writes a note once per language: `write` gets the language and says it in that language. */
export function noteIn(write: (lang: NoteLang) => string): Note {
  return { zh: write('zh'), en: write('en') };
}

/** Several notes as one, each language joined with its own punctuation. */
export function joinNotes(notes: Note[]): Note {
  return { zh: notes.map((n) => n.zh).join('；'), en: notes.map((n) => n.en).join('; ') };
}

/** A record's name, a date at its precision: as a note in `lang` writes them. */
export const nameIn = (names: Names | LocalizedText, lang: NoteLang): string => pickName(names, lang);
export const dateIn = (date: PreciseDate, lang: NoteLang): string => formatPreciseDate(date, lang);

export interface Outcome {
  verdict: Verdict;
  note: Note;
  evidence: Evidence[];
  propose?: RecordProposal;
}

/** What every check needs to know about the text it checks. */
export interface CheckContext {
  ctx: Ctx;
  asOf: Day;
  /** True when neither the request nor the text gives a date, so `asOf` is only today. */
  undated?: boolean;
  /** The text as read, which claims' offsets point into: the sentence around a claim. */
  text?: string;
  homeId: string | null;
  /** The registry's record of the text itself, so its own figures do not vouch for it. */
  sourceId: string | null;
  /** What one check has read already: a long text names the same records many times. */
  memo: Map<string, Promise<unknown>>;
}

/** The day a claim speaks of: the last day of its own date when it has one, else the text's date. */
export const dayOf = (c: CheckContext, date: PreciseDate | null | undefined): Day => (date ? latestDay(date) : c.asOf);

/**
 * The sentence a claim stands in, up to the claim's end, or to the sentence's end with `whole` (the
 * claim itself when the text is not at hand).
 */
export function sentenceOf(c: CheckContext, claim: { text: string; start: number; end: number }, whole = false): string {
  if (!c.text) return claim.text;
  const before = c.text.slice(0, claim.start);
  const from = Math.max(
    ...['。', '！', '？', '. ', '\n'].map((m) => {
      const at = before.lastIndexOf(m);
      return at < 0 ? 0 : at + m.length;
    }),
    0,
  );
  const rest = whole ? c.text.slice(claim.end).search(/[。！？\n]|\.\s/) : 0;
  return c.text.slice(from, rest < 0 ? c.text.length : claim.end + rest);
}

/** How many days a report's own date may lie from the events it tells of ('on the 26th', dated the 27th). */
export const REPORT_DAYS = 7;

/**
 * A recorded date fits a claimed one: the same at the coarser precision, or within a week when the
 * claimed date is only the report's own day (a dateline, 'today' in a dispatch of the next day).
 */
export function dateFits(c: CheckContext, recorded: PreciseDate, claimed: PreciseDate): boolean {
  if (compareFact(recorded, claimed) !== 'conflict') return true;
  return claimed === c.asOf && Math.abs(Date.parse(earliestDay(recorded)) - Date.parse(claimed)) <= REPORT_DAYS * 86_400_000;
}

/** Reads once per check: the first call with `key` runs `read`, later ones get its answer. */
export function remember<T>(c: CheckContext, key: string, read: () => Promise<T>): Promise<T> {
  let answer = c.memo.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = read();
    c.memo.set(key, answer);
  }
  return answer;
}

export type Checker<K extends Normalised['kind']> = (
  c: CheckContext,
  claim: ExtractedClaim & { normalised: Extract<Normalised, { kind: K }> },
) => Promise<Outcome>;

/** A record's names, or a date at its precision, as a note. */
export const namesNote = (names: Names | LocalizedText): Note => noteIn((l) => nameIn(names, l));
export const dateNote = (date: PreciseDate | null): Note | null => (date ? noteIn((l) => dateIn(date, l)) : null);

/** A record as evidence, with the sources cited for it. */
export async function evidenceOf(
  c: CheckContext,
  entity: EntityKind,
  id: string,
  label: Note,
  detail: Note | null = null,
): Promise<Evidence> {
  const cited = await remember(c, `sources:${entity}:${id}`, () => sourcesOf(c.ctx, entity, id));
  return { entity, id, label, detail, sources: cited };
}

async function sourcesOf(ctx: Ctx, entity: EntityKind, id: string): Promise<Evidence['sources']> {
  const cited = await citationService.forRecord(ctx.db, entity, id);
  const list = await sources.getMany(ctx, [...new Set(cited.map((x) => x.sourceId))]);
  return list.map((s) => ({ id: s.id, title: s.title, url: s.url }));
}

/** The worst of several verdicts: a contradiction outweighs doubt, doubt outweighs silence. */
export function combine(verdicts: Verdict[]): Verdict {
  for (const v of ['contradicted', 'ambiguous', 'unknown'] as const) if (verdicts.includes(v)) return v;
  return 'supported';
}
