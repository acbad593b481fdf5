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

/** Places compromise finds in an English sentence, without a trailing possessive or comma. */
export function englishPlaces(text: string): PlaceFound[] {
  const out: PlaceFound[] = [];
  let at = 0;
  for (const raw of compromise()(text).places().out('array') as string[]) {
    const name = raw
      .replace(/(?:[’']s)?[,.;:]*$/u, '')
      .replace(/,.*$/u, '')
      .trim();
    if (name.length < 2) continue;
    const start = text.indexOf(name, at);
    if (start < 0) continue;
    at = start + name.length;
    out.push({ start, end: at, name });
  }
  return out;
}
