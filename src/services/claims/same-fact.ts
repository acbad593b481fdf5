import type { ExtractedClaim, Normalised } from '../../domain/claims/types.ts';
import { hasHan, readChinese, withoutAdminSuffix } from '../../domain/chinese.ts';
import { isForeignRendering, rendersName } from '../../domain/foreign-names.ts';
import { compactKey } from '../../domain/names.ts';
import { shareOf, wordGrams } from '../../domain/claims/word-grams.ts';
import { officeOf } from './title-words.ts';

/**
 * Whether two readings of a text state one fact though they differ: the headline names the tie
 * without its date and the body with it, the lead names the signing's places and the body also its
 * signatories, the Chinese of a bilingual page reads one more place than its English. One reading
 * must leave out, never contradict, what the other says.
 */
/** A name folded, a Chinese place's 市 or 县 set aside (曲靖市 and 曲靖 are one place). */
export const placeKey = (s: string) => {
  const f = compactKey(s);
  return withoutAdminSuffix(f) ?? f;
};
const fold = placeKey;

/** Dates that can be one: either is unknown, or one is the other at a lower precision. */
const sameDate = (a: string | null | undefined, b: string | null | undefined) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** The places of a tie reading, each a record or a name as written; a place not read at all is left out. */
function placeKeys(ids: readonly (string | null)[], names: readonly string[] | undefined): string[] {
  return ids.flatMap((id, i) => (id ? [id] : names?.[i] ? [`?${fold(names[i]!)}`] : []));
}

/** One set holds the other, and they share something unless one is empty. */
function nested(a: readonly string[], b: readonly string[], mayBeEmpty: boolean): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return mayBeEmpty;
  return small.every((x) => big.includes(x));
}

/** A name as read in Latin letters: pinyin for a Chinese name, folded. */
const latinKey = (name: string) => fold(hasHan(name) ? readChinese(name).pinyin : name);

/**
 * One person's name in both languages of a bilingual page: the same letters, a Chinese name and
 * its pinyin (李灏, Li Hao), or a foreign name and its Chinese rendering (西尔维斯特·特纳, Sylvester Turner).
 */
function sameName(a: string, b: string): boolean {
  if (isForeignRendering(a) || isForeignRendering(b)) return rendersName(a, b) || rendersName(b, a);
  return latinKey(a) === latinKey(b);
}

/** A loose English rank ('friendship city') and 友好城市, the words it translates. */
const translatesSister = (a: string | null, b: string | null) =>
  (a === 'ambiguous' && b === 'sister_city') || (a === 'sister_city' && b === 'ambiguous');

/** Two titles of one office at one rank: '惠灵顿市长' and '市长', 'Mayor of Wellington' and 'Mayor'. */
function sameOffice(a: { title: string; titleLang: 'zh' | 'en' }, b: { title: string; titleLang: 'zh' | 'en' }): boolean {
  const x = officeOf(a.title, a.titleLang);
  const y = officeOf(b.title, b.titleLang);
  return x !== null && y !== null && x.office === y.office && x.deputy === y.deputy;
}

/** Two tellings mostly in the same words: most of the shorter one's words are in the longer. */
function sameWords(a: string, b: string): boolean {
  const x = wordGrams(a);
  const y = wordGrams(b);
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  return small.size >= 3 && shareOf(small, big) >= 0.7;
}

const eventPlaces = (n: Extract<Normalised, { kind: 'event' }>) => [...(n.placeIds ?? []), ...(n.siteId ? [n.siteId] : [])];

/**
 * `retold` says the second reading may tell the first's event in other words: it is in the first's
 * translation, or the first is the headline the body goes on to tell. Elsewhere an event is one
 * only on the same known day.
 */
export function sameFact(a: ExtractedClaim, b: ExtractedClaim, retold: boolean): boolean {
  const x = a.normalised;
  const y = b.normalised;
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case 'relationship': {
      const o = y as typeof x;
      // Areas of cooperation are checked on their own: a tie said with them is another claim than without.
      return (
        [...x.areas].sort().join() === [...o.areas].sort().join() &&
        nested(placeKeys(x.placeIds, x.placeNames), placeKeys(o.placeIds, o.placeNames), false) &&
        sameDate(x.date, o.date) &&
        // A loose rank beside a stated one in its translation is a finding of its own (the English of a
        // bilingual page says less), unless it is the stated rank's own translation: 友好城市 is
        // 'friendship city' word for word. Elsewhere, a headline included, it is the tie told again
        // more loosely (友城陶波市, '法国伊夫林省与深圳市结成国际友城').
        (x.type === null ||
          o.type === null ||
          x.type === o.type ||
          (retold && a.lang !== b.lang ? translatesSister(x.type, o.type) : x.type === 'ambiguous' || o.type === 'ambiguous'))
      );
    }
    case 'upgrade':
    case 'anniversary': {
      const o = y as typeof x;
      const same = x.kind === 'upgrade' ? sameDate(x.date, (o as typeof x).date) : x.years === (o as typeof x).years;
      // '结好30周年系列纪念活动' names no places: in a text that gives the tie its 30 years elsewhere, it is that anniversary.
      return same && nested(placeKeys(x.placeIds, x.placeNames), placeKeys(o.placeIds, o.placeNames), x.kind === 'anniversary');
    }
    case 'agreement': {
      const o = y as typeof x;
      return sameDate(x.date, o.date) && nested(x.placeIds, o.placeIds, false) && nested(x.personIds, o.personIds, true);
    }
    case 'figure': {
      // '济南市已与47个国家' in the headline, '47个国家的86个城市' in the body: one count the other repeats.
      const o = y as typeof x;
      const counts = (f: typeof x) => Object.entries(f).filter(([k, v]) => k !== 'kind' && k !== 'asOf' && v !== undefined && v !== null);
      const [small, big] = counts(x).length <= counts(o).length ? [counts(x), counts(o)] : [counts(o), counts(x)];
      return sameDate(x.asOf, o.asOf) && small.length > 0 && small.every(([k, v]) => big.some(([l, w]) => l === k && w === v));
    }
    case 'event': {
      const o = y as typeof x;
      // Each site a delegation visits is a claim of its own, in each language.
      if (x.what === 'site_visit' || o.what === 'site_visit') return false;
      if (!sameDate(x.date, o.date) || (!retold && (!x.date || x.date !== o.date))) return false;
      const places = eventPlaces(x).filter((p) => eventPlaces(o).includes(p));
      const people = (x.personIds ?? []).filter((p) => (o.personIds ?? []).includes(p));
      // The same person named with a title in both, in either language ('曹赛先', 'Cao Saixian'), the registry's or not.
      const named = (x.personNames ?? []).some((a) => (o.personNames ?? []).some((b) => sameName(a, b)));
      // A headline the body retells nearly word for word names the same event, even with no record named.
      return places.length + people.length > 0 || named || (retold && sameWords(x.name ?? '', o.name ?? ''));
    }
    case 'person': {
      const o = y as typeof x;
      if (!retold) return sameOffice(x, o) && (x.personId && o.personId ? x.personId === o.personId : sameName(x.written, o.written));
      if (x.personId && x.personId === o.personId) return true;
      return sameName(x.written, o.written);
    }
    default:
      return false;
  }
}
