import { createRequire } from 'node:module';
import { palladiusWord } from './palladius.ts';

export const HAN = /\p{Script=Han}/u;

/**
 * The converter and the pinyin dictionary (about 15 MB and 150 ms together) are loaded when a
 * Chinese name is first read, not when the server starts: most requests never need them.
 */
const require = createRequire(import.meta.url);
let converter: ((text: string) => string) | undefined;
function toCn(text: string): string {
  const convert = converter ?? (require('opencc-js/t2cn') as typeof import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' });
  converter = convert;
  return convert(text);
}
let pinyinModule: typeof import('pinyin-pro') | undefined;
function pinyinOf(): typeof import('pinyin-pro') {
  if (!pinyinModule) pinyinModule = require('pinyin-pro') as typeof import('pinyin-pro');
  return pinyinModule;
}
// ICU's Chinese word breaker costs tens of milliseconds and a few megabytes to make: made on first use too.
let wordBreaker: Intl.Segmenter | undefined;
const segmenter = () => (wordBreaker ??= new Intl.Segmenter('zh', { granularity: 'word' }));

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Traditional characters as simplified ones: 蒙特利爾 → 蒙特利尔. */
export function toSimplified(text: string): string {
  return hasHan(text) ? toCn(text) : text;
}

/** The pinyin syllable of each Chinese character, without tones: 特纳 → te, na. */
export function syllablesOf(text: string): string[] {
  return pinyinOf().pinyin(toSimplified(text), { toneType: 'none', type: 'array', nonZh: 'removed' });
}

/** The words of a Chinese text: 深圳北理莫斯科大学 → 深圳 / 北 / 理 / 莫斯科 / 大学. */
export function chineseWords(text: string): string[] {
  return [...segmenter().segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The name without the administrative suffix that official texts add to it:
 * 深圳市 → 深圳, 宝安区 → 宝安. 州 is left alone: it is part of 广州 and 苏州.
 */
export function withoutAdminSuffix(text: string): string | null {
  const m = /^(\p{Script=Han}{2,}?)(特别行政区|自治区|自治州|新区|地区|市|区|區|县|縣|省|镇|鎮)$/u.exec(text.trim());
  return m ? m[1]! : null;
}

export interface ChineseReading {
  /** Pinyin without tones, syllables of a word joined and words apart: `shenzhen beili mosike daxue`. */
  pinyin: string;
  /** Pinyin with tone numbers: `shen1zhen4`. */
  tones: string;
  /** Russian Palladius transcription, a Cyrillic word per Chinese word: `Шэньчжэнь`. */
  palladius: string | null;
}

/** How a Chinese name reads in pinyin and in Russian. */
export function readChinese(text: string): ChineseReading {
  const simplified = toSimplified(text);
  const words: string[] = [];
  const tones: string[] = [];
  const cyrillic: string[] = [];
  let palladiusComplete = true;
  for (const { segment, isWordLike } of segmenter().segment(simplified)) {
    if (!isWordLike) continue;
    if (!hasHan(segment)) {
      words.push(segment);
      tones.push(segment);
      cyrillic.push(segment);
      continue;
    }
    const { pinyin } = pinyinOf();
    const syllables = pinyin(segment, { toneType: 'none', type: 'array' });
    words.push(syllables.join(''));
    tones.push(pinyin(segment, { toneType: 'num', type: 'array' }).join(''));
    const word = palladiusWord(syllables);
    if (word === null) palladiusComplete = false;
    else cyrillic.push(word);
  }
  return {
    pinyin: words.join(' ').replace(/ü/g, 'u'),
    tones: tones.join(' ').replace(/ü/g, 'v'),
    palladius: palladiusComplete && cyrillic.length ? cyrillic.join(' ') : null,
  };
}
