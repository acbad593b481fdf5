import type { Mention, MentionKind } from './types.ts';

export interface GazetteerEntry {
  kind: MentionKind;
  id: string;
  name: string;
  alias: boolean;
}

const HAN = /\p{Script=Han}/u;

/** Lower case without diacritics, one character for one character, so positions carry over. */
function foldChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII and Chinese characters, most of any text, need no decomposing.
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    if (code >= 0x3400 && code <= 0x9fff) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const folded = (base.length === 1 ? base : ch).toLowerCase();
    const one = folded.length === ch.length ? folded : ch;
    out += one.replace(/[’‘ʼ`´]/g, "'").replace(/[‐‑–—]/g, '-');
  }
  return out;
}

/**
 * Characters that render one sound in foreign names, each mapped to one of them: 休斯顿 and
 * 休斯敦 are one Houston. One character for one character, so positions carry over.
 */
const SOUND_ALIKE: Record<string, string> = {
  敦: '顿',
  利: '里',
  那: '纳',
  仑: '伦',
  儿: '尔',
  思: '斯',
  娅: '亚',
  莉: '丽',
  蒂: '迪',
  妮: '尼',
  琳: '林',
};
const soundFold = (text: string) => text.replace(/[敦利那仑儿思娅莉蒂妮琳]/g, (ch) => SOUND_ALIKE[ch]!);
/** Shorter Chinese names are matched only as written: two characters alike in sound are often two places. */
const SOUND_ALIKE_LENGTH = 3;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The key a Latin name is looked up by: the first letters of its first word. */
const KEY_LENGTH = 3;
const latinKey = (folded: string) => (/^[\p{L}\p{N}]+/u.exec(folded)?.[0] ?? folded).slice(0, KEY_LENGTH);

interface LatinName {
  entry: GazetteerEntry;
  re: RegExp;
  exact: boolean;
}

/**
 * Finds the registry's names in a text: Chinese names anywhere, Latin ones at word
 * boundaries, case and diacritics aside, except short all-capital ones (BYD, MSU) which
 * must match exactly. Longer matches win over the names they contain. Names are indexed by
 * their first characters, so a text is read once whatever the registry's size.
 */
export class Gazetteer {
  private readonly latin = new Map<string, LatinName[]>();
  private readonly han = new Map<string, GazetteerEntry[]>();
  private readonly hanSound = new Map<string, GazetteerEntry[]>();

  constructor(entries: readonly GazetteerEntry[]) {
    const seen = new Set<string>();
    for (const e of entries) {
      const name = e.name.trim();
      const key = `${e.kind}|${e.id}|${name}`;
      if (name.length < 2 || seen.has(key)) continue;
      seen.add(key);
      if (HAN.test(name)) {
        push(this.han, name.slice(0, 2), { ...e, name });
        if (name.length >= SOUND_ALIKE_LENGTH)
          push(this.hanSound, soundFold(name.slice(0, 2)), { ...e, name: soundFold(name), alias: true });
      } else {
        const exact = /^[A-Z0-9]{2,5}$/.test(name);
        const folded = exact ? name : foldChars(name);
        const pattern = escapeRegExp(folded).replace(/\\-|-/g, '[-\\s]?').replace(/ /g, '[\\s-]+');
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, exact ? 'uy' : 'iuy');
        push(this.latin, latinKey(folded.toLowerCase()), { entry: { ...e, name }, re, exact });
      }
    }
  }

  find(text: string): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < text.length - 1; i++) {
      for (const e of this.han.get(text.slice(i, i + 2)) ?? []) {
        if (text.startsWith(e.name, i)) found.push(this.mention(e, text, i, i + e.name.length));
      }
    }
    if (this.hanSound.size) {
      const sounded = soundFold(text);
      for (let i = 0; i < sounded.length - 1; i++) {
        for (const e of this.hanSound.get(sounded.slice(i, i + 2)) ?? []) {
          if (sounded.startsWith(e.name, i)) found.push(this.mention(e, text, i, i + e.name.length));
        }
      }
    }
    const folded = foldChars(text);
    const lower = folded.toLowerCase();
    for (const word of lower.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu)) {
      const w = word[0];
      for (let n = 1; n <= Math.min(KEY_LENGTH, w.length); n++) {
        // A key shorter than KEY_LENGTH is a name's whole first word: 'Xi' of "Xi'an".
        for (const { entry, re, exact } of this.latin.get(w.slice(0, n)) ?? []) {
          re.lastIndex = word.index;
          const m = re.exec(exact ? text : folded);
          if (m) found.push(this.mention(entry, text, m.index, m.index + m[0].length));
        }
      }
    }
    // Longest first; a mention inside a longer one is dropped, and of equal spans a standard name beats an alias.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.viaAlias) - Number(b.viaAlias) || a.start - b.start);
    const kept: Mention[] = [];
    for (const m of found) {
      if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  private mention(e: GazetteerEntry, text: string, start: number, end: number): Mention {
    return { kind: e.kind, id: e.id, start, end, text: text.slice(start, end), matched: e.name, viaAlias: e.alias };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
