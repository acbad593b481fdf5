import { createRequire } from 'node:module';
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
const ZH_NOT_PLACE = /^(?:国内|海外|国外|全球|世界|各地|当地|两地|两市|本地|境外|城市|地区|全市)$/;

/** Places in a tagged Chinese sentence: the words tagged ns. */
export function chinesePlaces(tokens: Token[]): PlaceFound[] {
  return tokens
    .filter((t) => t.tag === 'ns' && t.word.length >= 2 && !ZH_NOT_PLACE.test(t.word))
    .map((t) => ({ start: t.start, end: t.end, name: t.word }));
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
    if (name.length < 2 || TIE_WORDS.test(name)) continue;
    const start = text.indexOf(name, at);
    if (start < 0) continue;
    at = start + name.length;
    out.push({ start, end: at, name });
  }
  return out;
}
