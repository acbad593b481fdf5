import { formalCountry } from '../countries.ts';
import type { DateMention } from './text-dates.ts';
import type { ExtractedClaim, Mention, Normalised } from './types.ts';
import type { Token } from './recognise/jieba.ts';
import { originalSpan, type Normalised as NormalText } from './recognise/normalise.ts';
import type { PlaceFound } from './recognise/places.ts';
import type { PersonFound } from './recognise/people.ts';
import type { Span } from './sentences.ts';

/** What every rule sees of one sentence: its text read as simplified and half-width, and what was recognised in it. */
export interface Sentence extends Span {
  lang: 'zh' | 'en';
  paragraph: number;
  /** Where the paragraph starts in the whole text. */
  offset: number;
  /** The paragraph normalised, and as written. */
  normal: NormalText;
  written: string;
  mentions: Mention[];
  dates: DateMention[];
  /** The words of a Chinese sentence, tagged (empty for English). */
  tokens: Token[];
  /** Places named in the sentence, found on first asking: finding them costs more than most rules. */
  places: () => PlaceFound[];
  /** The people named beside a title ('市委外办主任曹赛先', 'Consul General Yaacov Lopez'), read on first asking, once. */
  people: () => PersonFound[];
  /** The year the text speaks from: its publication's, else the day it is checked on. */
  year: number | null;
  /** The date the paragraph set before this sentence, for sentences that carry on its story. */
  carriedDate: string | null;
  /** The carried date was told before the sentence just before: a story told earlier, not this sentence's own time. */
  carriedFar: boolean;
  /** The sentence before, in the same paragraph. */
  previous: Sentence | null;
  /** The place the text is checked for (its press office's city): the other side of a tie that names one place. */
  home: PlaceRef | null;
}

export type Rule = (s: Sentence) => ExtractedClaim[];

/** A claim over characters `start` to `end` of the sentence, placed and quoted as the original text wrote it. */
export function claim(s: Sentence, start: number, end: number, normalised: Normalised): ExtractedClaim {
  const [from, to] = originalSpan(s.normal, s.start + start, s.start + end);
  return {
    text: s.written.slice(from, to),
    start: s.offset + from,
    end: s.offset + to,
    paragraph: s.paragraph,
    lang: s.lang,
    normalised,
  };
}

export const whole = (s: Sentence, normalised: Normalised) => claim(s, 0, s.text.length, normalised);
export const distinct = (mentions: Mention[], kind: Mention['kind']) => [
  ...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id)),
];
export const dateOf = (s: Sentence) => s.dates[0]?.date ?? s.carriedDate;

/** Words before a date that make it where a count began, not when it was counted: 'since 1984', '自1973年'. */
const SINCE_BEFORE = { zh: /(?:自|从|自从)\s*$/, en: /\bsince\s+(?:(?:early|late|mid-?)\s+)?$/i };
/** A sentence that opens on where its count began: 'Since its first pair … established in 1973, 2315 pairs …'. */
const SINCE_CLAUSE = { zh: /^(?:自|从|自从)[^，,。]*[，,]/, en: /^since\b[^,.;]*,/i };
/** …or that open the date as read ('since 1984' read whole). */
const SINCE_OPENS = /^(?:since\b|自|从)/i;
/** …and words after a date that do the same: '1973年以来'. */
const SINCE_AFTER = /^\s*(?:以来|起|至今)/;

/**
 * The date a count is as of: the sentence's first date that is not where the count began ('截至
 * 2022年9月' yes, 'since 1984' no), else the date carried from the story, else none (the text's date).
 */
export const countDateOf = (s: Sentence) => {
  const clause = SINCE_CLAUSE[s.lang].exec(s.text)?.[0].length ?? 0;
  const at = s.dates.find(
    (d) =>
      d.start >= clause &&
      !SINCE_BEFORE[s.lang].test(s.text.slice(Math.max(0, d.start - 12), d.start)) &&
      !SINCE_OPENS.test(s.text.slice(d.start, d.start + 6)) &&
      !SINCE_AFTER.test(s.text.slice(d.end)),
  );
  // A count goes on with the date of the sentence just before ('截至2022年9月…。其中…'), not of a story told earlier.
  return at ? at.date : s.dates.length || s.carriedFar ? null : s.carriedDate;
};

/** A place the sentence names: the registry's record, or null and the name as written. */
export interface PlaceRef {
  id: string | null;
  name: string;
  start: number;
}

/** A leading aside that names a place only to compare: 'Alongside Shenzhen, Shanghai has also twinned with Porto'. */
const ASIDE = {
  zh: /^(?:继|除了?|和|与|同)[^，,。]{1,20}(?:之后|以外|之外|一样|一道)[，,]/,
  en: /^(?:Alongside|Like|Besides|Apart from|In addition to|Unlike|As with)\b[^,.;]{1,80},\s*/i,
};

/** Where the sentence's own statement starts, after a leading aside. */
export const asideEnd = (s: Pick<Sentence, 'lang' | 'text'>): number => ASIDE[s.lang].exec(s.text)?.[0].length ?? 0;

/** '在广东省深圳市举行': a Chinese place written right before another only says where that one is. */
const saysWhereNextIs = (s: Pick<Sentence, 'lang' | 'mentions'>, m: Mention): boolean =>
  s.lang === 'zh' && m.kind === 'place' && s.mentions.some((o) => o.kind === 'place' && o.start === m.end);

/** The registry's places the sentence's own statement names, each once. */
export const ownPlaces = (s: Sentence): string[] => {
  const from = asideEnd(s);
  // A country named by its form of state ('the Commonwealth of Dominica') is where a minister is from, not a side of a tie.
  return distinct(
    s.mentions.filter((m) => m.start >= from && !(m.kind === 'place' && (formalCountry(m.text) || saysWhereNextIs(s, m)))),
    'place',
  );
};

/**
 * The places of the sentence, once each (or each time named, with `each`), in order: the
 * registry's, and when they are fewer than `enough`, also those the recognisers find, which costs more.
 */
export function placesOf(s: Sentence, enough = Number.POSITIVE_INFINITY, each = false): PlaceRef[] {
  const from = asideEnd(s);
  const known = s.mentions
    .filter((m) => m.kind === 'place' && m.start >= from && !saysWhereNextIs(s, m))
    .map((m) => ({ id: m.id as string | null, name: m.text, start: m.start }));
  const unknown =
    new Set(known.map((k) => k.id)).size >= enough
      ? []
      : s
          .places()
          .filter((p) => !s.mentions.some((m) => p.start < m.end && m.start < p.end))
          .map((p) => ({ id: null, name: p.name, start: p.start }));
  const out: PlaceRef[] = [];
  for (const p of [...known, ...unknown].filter((x) => x.start >= from).sort((a, b) => a.start - b.start)) {
    // `each` keeps every time a place is named: a list after '与' may name again the places of a list before it.
    if (each || !out.some((o) => (o.id !== null && o.id === p.id) || (o.id === null && o.name === p.name))) out.push(p);
  }
  return out;
}

const DOCUMENT_TITLE = /《[^》]*》/gu;

/** Where a sentence names documents by their titles ('《…2025至2030年友城合作备忘录》'): what those words say is the document's name. */
export const documentTitles = (text: string): (readonly [number, number])[] =>
  [...text.matchAll(DOCUMENT_TITLE)].map((t) => [t.index, t.index + t[0].length] as const);

/** A sentence without its documents' titles: '签署《…友城合作备忘录》' signs a memorandum of a tie, it does not make one. */
export const withoutTitles = (text: string): string => text.replace(DOCUMENT_TITLE, '《》');
