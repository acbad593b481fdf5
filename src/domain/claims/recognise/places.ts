import { createRequire } from 'node:module';
import { countryCodeFrom } from '../../countries.ts';
import type { Token } from './jieba.ts';

/** A place named in a sentence that the registry may not hold. */
export interface PlaceFound {
  start: number;
  end: number;
  name: string;
}

const require = createRequire(import.meta.url);
type Nlp = typeof import('compromise').default;
let nlp: Nlp | undefined;
const compromise = (): Nlp => (nlp ??= require('compromise') as Nlp);

/** Words jieba tags as places that name no one place: 国内, 海外. */
const ZH_NOT_PLACE = /^(?:国内|海外|国外|全球|世界|各地|当地|两地|两市|两城|两国|本地|境外|城市|地区|全市|江水|海内外|大都市|都市|各市)$/;

/** Where a name the tagger does not know ends: list words, punctuation, numbers, prepositions, particles, a verb of two characters. */
const ENDS_NAME = (t: Token) =>
  /^[、，,。；;：:（）()“”"《》\s]|^(?:和|及|与|以及|等|同|在|于|的)$/.test(t.word) ||
  /^(?:p|uj|c|m|x)$/.test(t.tag) ||
  (t.tag.startsWith('v') && t.word.length >= 2);

/**
 * Places in a tagged Chinese sentence: the words tagged ns, and foreign names the tagger splits or
 * takes for persons, read from how they are written: a name after its country and 的 ('日本的仓敷市',
 * '美国的西雅图', '韩国的首尔松坡区') or before 市 ('布尔诺/nr 市').
 */
export function chinesePlaces(tokens: Token[]): PlaceFound[] {
  const out: PlaceFound[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.tag === 'ns' && t.word.length >= 2 && !ZH_NOT_PLACE.test(t.word)) {
      out.push({ start: t.start, end: t.end, name: t.word });
      const after = tokens[i + 1];
      if (!countryCodeFrom(t.word) || !after) continue;
      // A country, then 的 or not, then a name the tagger does not tag as a place.
      let from = after.word === '的' ? i + 2 : i + 1;
      if (!tokens[from] || tokens[from]!.tag === 'ns' || tokens[from]!.start !== tokens[from - 1]!.end) continue;
      let to = from;
      while (tokens[to] && !ENDS_NAME(tokens[to]!) && tokens[to]!.start === tokens[to - 1]!.end && to - from < 5) to++;
      const name = tokens
        .slice(from, to)
        .map((x) => x.word)
        .join('');
      // A name the tagger does not know as one is a place by its ending: '日本的仓敷市', not '中国的关系正'.
      const named = /^nr|^nz|^ns/.test(tokens[from]!.tag) || /[市县区州省岛城镇村町郡道]$/u.test(name);
      if (to > from && /^\p{Script=Han}{2,8}$/u.test(name) && named) {
        out.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, name });
      }
      from = to;
    } else if (/^nr/.test(t.tag) && t.word.length >= 2 && tokens[i + 1]?.word === '市' && tokens[i + 1]!.start === t.end) {
      const inside = out.some((p) => p.start <= t.start && t.start < p.end);
      if (!inside) out.push({ start: t.start, end: t.end + 1, name: `${t.word}市` });
    }
  }
  return out.sort((a, b) => a.start - b.start).filter((p, i, all) => i === 0 || p.start >= all[i - 1]!.end);
}

/** Capitalised words that name no place, though they open a sentence. */
const NOT_PLACE_WORD =
  /^(?:The|A|An|In|On|At|Since|During|This|That|These|Those|It|Its|He|She|They|We|Our|His|Her|Their|And|But|Mayor|Mr|Mrs|Ms|Dr|City|Sister|Cities|Friendship|Memorandum|Understanding|Agreement|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words of a tie that a tagger may take for a place's: 'Sister City'. */
const TIE_WORDS = /\b(?:Sister|Twin|Friendship|Partner)\b/i;

/**
 * Places compromise finds in an English sentence, without a trailing possessive or comma. Tagging
 * costs about two milliseconds a sentence, so a sentence whose capitalised words the registry's
 * names already cover is not tagged.
 */
export function englishPlaces(text: string, covered: readonly { start: number; end: number }[] = []): PlaceFound[] {
  const open = [...text.matchAll(/(?<![\p{L}])\p{Lu}[\p{Ll}’'-]+/gu)].some(
    (m) => !NOT_PLACE_WORD.test(m[0]) && !covered.some((c) => c.start <= m.index && m.index < c.end),
  );
  if (!open) return [];
  const out: PlaceFound[] = [];
  let at = 0;
  for (const raw of compromise()(text).places().out('array') as string[]) {
    const name = raw
      .replace(/(?:[’']s)?[,.;:]*$/u, '')
      .replace(/,.*$/u, '')
      .trim();
    // 'City Hall' says where something is held, not a place of its own.
    if (name.length < 2 || TIE_WORDS.test(name) || /^(?:City|Town)(?:\s+Hall)?$/.test(name)) continue;
    const start = text.indexOf(name, at);
    if (start < 0) continue;
    at = start + name.length;
    out.push({ start, end: at, name });
  }
  return out;
}
