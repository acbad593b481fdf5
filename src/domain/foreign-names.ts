import { hasHan, syllablesOf } from './chinese.ts';
import { foldName } from './fold.ts';

/**
 * Whether a Chinese rendering of a foreign name (西尔维斯特·特纳, 凯瑟琳·惠特曼) renders a name
 * written in Latin letters (Sylvester Turner, Katherine Whitman). A rendering keeps a name's
 * consonants and drops most of its vowels and its r before a consonant, so both are read as the
 * consonants a rendering keeps, in classes that renderings mix up (t and d; f, v, w and h; s, z,
 * j and th; l and r), and compared word by word.
 */

/** The separators of a rendering's words: 西尔维斯特·特纳, 阿达•克劳, 约翰-汉利. */
const RENDERING_SEPARATOR = /[·•‧・\-－]/;

/** A name is a foreign name's rendering when it is Chinese and its words are set apart by a dot. */
export const isForeignRendering = (name: string): boolean =>
  hasHan(name) && RENDERING_SEPARATOR.test(name) && name.split(RENDERING_SEPARATOR).every((w) => hasHan(w));

const INITIAL: [RegExp, string][] = [
  [/^(?:zh|ch|sh|[jqxzcs])/, 'S'],
  [/^[bp]/, 'P'],
  [/^[dt]/, 'T'],
  [/^[gk]/, 'K'],
  [/^[fhw]/, 'F'],
  [/^[lr]/, 'L'],
  [/^m/, 'M'],
  [/^n/, 'N'],
];

/** The consonants of one syllable of a rendering: 斯 → S, 曼 → MN, 尔 → L. */
function syllableSound(syllable: string): string {
  if (syllable === 'er') return 'L';
  const initial = INITIAL.find(([re]) => re.test(syllable))?.[1] ?? '';
  return initial + (/ng?$/.test(syllable) && syllable !== 'n' ? 'N' : '');
}

const collapse = (sound: string) => sound.replace(/(.)\1+/g, '$1');

/** The sound of one word of a rendering. */
function renderedWordSound(word: string): string {
  return collapse(syllablesOf(word).map(syllableSound).join(''));
}

const LETTER: Record<string, string> = { b: 'P', p: 'P', d: 'T', t: 'T', k: 'K', g: 'K', q: 'K', c: 'K', f: 'F', v: 'F', w: 'F', h: 'F' };
Object.assign(LETTER, { s: 'S', z: 'S', j: 'S', x: 'KS', l: 'L', r: 'L', m: 'M', n: 'N' });

/** The sound of one Latin word, as a pattern: 'ch' may be rendered as k or as s (C), 'th' as t or as s (D). */
function latinWordSound(word: string): string {
  const w = word
    .replace(/ph/g, 'f')
    .replace(/wh/g, 'w')
    .replace(/gh/g, '')
    .replace(/ck/g, 'k')
    .replace(/th/g, 'D')
    .replace(/(?:sch|sh|ts|tz)/g, 's')
    .replace(/ch/g, 'C')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/g(?=[eiy])/g, 'j')
    // A rendering drops an r that no vowel follows: Turner → 特纳.
    .replace(/r(?![aeiouy])/g, '')
    // A w or h that no vowel follows is part of the vowel before: Brown → 布朗.
    .replace(/([aeiou])[wh](?![aeiouy])/g, '$1');
  let out = '';
  for (const ch of w) out += ch === 'C' || ch === 'D' ? ch : (LETTER[ch] ?? '');
  return collapse(out);
}

/** A rendering may leave out a final s that is not said: Denis → 德尼. */
const matches = (latin: string, rendered: string) =>
  rendered.length > 0 && new RegExp(`^${latin.replace(/C/g, '[KS]').replace(/D/g, '[TS]').replace(/S$/, 'S?')}$`).test(rendered);

/** Whether `rendering` renders `latin`, word by word; a middle name or initial may be left out. */
export function rendersName(rendering: string, latin: string): boolean {
  if (!isForeignRendering(rendering) || hasHan(latin)) return false;
  const parts = rendering.split(RENDERING_SEPARATOR).map(renderedWordSound);
  const words = foldName(latin)
    .split(' ')
    .filter((w) => w.length > 1)
    .map(latinWordSound);
  if (parts.join('').length < 3 || words.length < parts.length) return false;
  // The first words and the last: 'Mary Jane Kane' is rendered 玛丽·凯恩 as often as in full.
  const paired = words.length === parts.length ? words : [...words.slice(0, parts.length - 1), words.at(-1)!];
  return paired.every((w, i) => matches(w, parts[i]!));
}
