import type { Alias, Names } from './common.ts';
import { chineseWords, hasHan, readChinese, toSimplified, withoutAdminSuffix } from './chinese.ts';
import { normalizeWords, umlautsWrittenOut, withoutQualifiers } from './name-variants.ts';
import { foldName } from './fold.ts';
import { phoneticKey } from './phonetic.ts';
import { romaniseRussian, russianRomanisations, type RussianSystem } from './russian.ts';

export { foldName };

/** The key a whole name is matched by: folded, without spaces (`Wang Shou-rui` → `wangshourui`). */
export function compactKey(text: string): string {
  return foldName(text).replace(/ /g, '');
}

/** How a key was made from a name, from the name as written to a sound-alike. */
export type KeyForm = 'fold' | 'variant' | 'pinyin' | 'pinyin-tones' | 'palladius' | RussianSystem | 'word' | 'phonetic' | 'word-phonetic';

/** One way of writing a name: as written, written another usual way, or transliterated. */
export interface Rendering {
  text: string;
  form: KeyForm;
}

/**
 * The text and its usual variants: simplified characters, without 市 or a state,
 * 'Saint' for 'St.', umlauts written out. Each is the same name in the same script.
 */
export function spellingsOf(text: string): Rendering[] {
  const out: Rendering[] = [];
  const add = (t: string | null | undefined, form: KeyForm) => {
    if (t && foldName(t) && !out.some((r) => r.text === t)) out.push({ text: t, form });
  };
  add(text, 'fold');
  const simplified = toSimplified(text);
  add(simplified, 'variant');
  add(withoutAdminSuffix(simplified), 'variant');
  add(umlautsWrittenOut(text), 'variant');
  const unqualified = withoutQualifiers(text);
  add(unqualified, 'variant');
  for (const base of [text, unqualified]) if (base) add(normalizeWords(foldName(base)), 'variant');
  return out;
}

/**
 * Every way of writing `text` that the registry matches on: the text, its usual
 * variants (simplified characters, without 市 or a state, 'Saint' for 'St.',
 * umlauts written out), Chinese in pinyin and in Russian (Palladius, and that in
 * Latin letters), and Cyrillic by each romanisation system.
 */
export function renderingsOf(text: string): Rendering[] {
  const out = spellingsOf(text);
  const add = (t: string | null | undefined, form: KeyForm) => {
    if (t && foldName(t) && !out.some((r) => r.text === t)) out.push({ text: t, form });
  };
  for (const r of [...out]) {
    if (hasHan(r.text)) {
      const reading = readChinese(r.text);
      add(reading.pinyin, 'pinyin');
      add(reading.tones, 'pinyin-tones');
      if (reading.palladius) {
        add(reading.palladius, 'palladius');
        add(romaniseRussian(reading.palladius, 'bgn-pcgn'), 'palladius');
      }
    }
    for (const { system, text: latin } of russianRomanisations(r.text)) add(latin, system);
  }
  return out;
}

const STOPWORDS = new Set([
  'of',
  'the',
  'and',
  'de',
  'la',
  'le',
  'du',
  'des',
  'der',
  'die',
  'das',
  'am',
  'an',
  'di',
  'da',
  'del',
  'et',
  'und',
  'for',
  'in',
  'on',
  'y',
]);

/** The words of a folded name worth finding it by; none when the name is one word. */
export function wordsOf(folded: string): string[] {
  const words = folded.split(' ').flatMap((w) => (hasHan(w) ? chineseWords(w) : [w]));
  if (words.length < 2) return [];
  return [...new Set(words.filter((w) => (hasHan(w) ? w.length >= 2 : w.length >= 2 && !STOPWORDS.has(w))))];
}

export type NameKind = 'name' | 'alias';

export interface NameKey {
  key: string;
  kind: NameKind;
  lang: string | null;
  form: KeyForm;
  /** The standard name or alias the key comes from, as the record writes it. */
  name: string;
}

export const TRANSLITERATIONS: ReadonlySet<KeyForm> = new Set([
  'pinyin',
  'pinyin-tones',
  'palladius',
  'bgn-pcgn',
  'everyday-yo',
  'iso9',
  'gost-b',
  'passport',
]);

/** Keys of one word of a longer name: they find the name, but two names sharing one are not the same name. */
export const WORD_FORMS: readonly KeyForm[] = ['word', 'word-phonetic'];

/** The order in which keys of one record stand for it when two give the same key. */
function formRank(form: KeyForm): number {
  if (form === 'fold') return 0;
  if (form === 'variant') return 1;
  if (TRANSLITERATIONS.has(form)) return 2;
  return form === 'word' ? 3 : form === 'phonetic' ? 4 : 5;
}

/** The keys of one written name: each rendering whole, its words, and their sound-alikes. */
export function keysOfText(text: string): { key: string; form: KeyForm }[] {
  const out: { key: string; form: KeyForm }[] = [];
  for (const r of renderingsOf(text)) {
    const folded = foldName(r.text);
    const whole = folded.replace(/ /g, '');
    out.push({ key: whole, form: r.form });
    // Tone numbers are matched whole; the syllables of Palladius would find every other Chinese name.
    if (r.form === 'pinyin-tones') continue;
    const words = r.form === 'palladius' ? [] : wordsOf(folded);
    out.push(...words.map((w) => ({ key: w, form: 'word' as const })));
    const sound = phoneticKey(whole);
    if (sound) out.push({ key: sound, form: 'phonetic' });
    for (const w of words) {
      const p = phoneticKey(w);
      if (p) out.push({ key: p, form: 'word-phonetic' });
    }
  }
  return out;
}

/** The keys under which a record is found by name, one row per distinct key. */
export function nameKeysOf(names: Names, aliases: readonly Alias[] = []): NameKey[] {
  const keys = new Map<string, NameKey>();
  const add = (text: string, kind: NameKind, lang: string | null) => {
    for (const { key, form } of keysOfText(text)) {
      const existing = keys.get(key);
      const better =
        !existing ||
        formRank(form) < formRank(existing.form) ||
        (formRank(form) === formRank(existing.form) && kind === 'name' && existing.kind === 'alias');
      if (key && better) keys.set(key, { key, kind, lang, form, name: text });
    }
  };
  for (const [lang, text] of Object.entries(names)) add(text, 'name', lang);
  for (const alias of aliases) add(alias.name, 'alias', alias.lang);
  return [...keys.values()];
}

/** The version of the keys above; a database whose index was made by another is reindexed when opened. */
export const NAME_KEYS_VERSION = 1;
