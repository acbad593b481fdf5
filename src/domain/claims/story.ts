import { countryCodeFrom, formalCountry } from '../countries.ts';
import { placesOf, type PlaceRef, type Sentence } from './sentence.ts';

/** A sentence that carries on the one before: it speaks of 'the two cities', or goes on with 'followed', 此后. */
export const CONTINUES = {
  zh: /两市|两城|两座城|两地|双方|两位市长|此后|随后|其后|之后|次年|同年/,
  en: /\b(?:the two (?:cities|sides|towns|mayors|councils)|both (?:cities|mayors|sides)|followed|later|the following year|the same year|since then)\b|^(?:and|then)\b|\b(?:the|this|their) (?:tie|partnership|twinning)\b/i,
};

/** Words of a rank, which make one place named with them a partner of the text's own city. */
const RANKED = { zh: /友好城市|友好交流城市|友城|姐妹城市/, en: /sister[- ]cit|twin|friendly[- ]exchange|friendship[- ]cit/i };

/** Cities that are also countries or territories of their own: each can be a side of a tie. */
const CITY_STATES = new Set(['MO', 'HK', 'SG', 'MC', 'VA', 'SM']);
export const isCountry = (p: PlaceRef) => {
  // A record the registry keeps is a country only by its form of state ('the Commonwealth of Dominica'): a city may share a country's name.
  const formal = formalCountry(p.name);
  const code = p.id === null ? (countryCodeFrom(p.name) ?? formal) : formal;
  return code !== null && !CITY_STATES.has(code);
};
const same = (a: PlaceRef, b: PlaceRef) => (a.id !== null && a.id === b.id) || a.name === b.name;

/** The two places a tie sentence is about, the second taken from the sentence before when this one carries on its story. */
export function tiePair(s: Sentence): [PlaceRef, PlaceRef] | null {
  const own = placesOf(s, 2).filter((p) => !isCountry(p));
  if (own.length >= 2) return [own[0]!, own[1]!];
  // One place alone, with no story to go on: its tie is with the place the text is checked for.
  const withHome = (): [PlaceRef, PlaceRef] | null =>
    own.length === 1 && s.home && RANKED[s.lang].test(s.text) && !same(own[0]!, s.home) && own[0]!.id !== s.home.id
      ? [s.home, own[0]!]
      : null;
  if (!s.previous || (own.length === 0 && !CONTINUES[s.lang].test(s.text))) return withHome();
  if (own.length === 1 && !CONTINUES[s.lang].test(s.text) && !/^(?:该市|该城|它|这座城市|it\b|the city\b)/i.test(s.text)) return withHome();
  const pair = [...own];
  // The places of the story so far, nearest first, up to three sentences back.
  let back: Sentence | null = s.previous;
  // Beyond the sentence just before, only the registry's places are read: the recognisers' cost stays one sentence's.
  for (let i = 0; back && i < 3 && pair.length < 2; i++, back = back.previous) {
    for (const p of placesOf(back, i === 0 ? 2 : 0)) if (pair.length < 2 && !isCountry(p) && !pair.some((o) => same(o, p))) pair.push(p);
  }
  return pair.length === 2 ? [pair[0]!, pair[1]!] : withHome();
}
