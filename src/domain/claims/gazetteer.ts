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
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const folded = (base.length === 1 ? base : ch).toLowerCase();
    const one = folded.length === ch.length ? folded : ch;
    out += one.replace(/[’‘ʼ`´]/g, "'").replace(/[‐‑–—]/g, '-');
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the registry's names in a text: Chinese names anywhere, Latin ones at word
 * boundaries, case and diacritics aside, except short all-capital ones (BYD, MSU) which
 * must match exactly. Longer matches win over the names they contain.
 */
export class Gazetteer {
  private readonly latin: { entry: GazetteerEntry; re: RegExp }[] = [];
  private readonly han: GazetteerEntry[] = [];

  constructor(entries: readonly GazetteerEntry[]) {
    const seen = new Set<string>();
    for (const e of entries) {
      const name = e.name.trim();
      const key = `${e.kind}|${e.id}|${name}`;
      if (name.length < 2 || seen.has(key)) continue;
      seen.add(key);
      if (HAN.test(name)) {
        this.han.push({ ...e, name });
      } else {
        const exact = /^[A-Z0-9]{2,5}$/.test(name);
        const pattern = escapeRegExp(exact ? name : foldChars(name))
          .replace(/\\-|-/g, '[-\\s]?')
          .replace(/ /g, '[\\s-]+');
        this.latin.push({ entry: { ...e, name }, re: new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, exact ? 'gu' : 'giu') });
      }
    }
  }

  find(text: string): Mention[] {
    const found: Mention[] = [];
    for (const e of this.han) {
      for (let i = text.indexOf(e.name); i !== -1; i = text.indexOf(e.name, i + 1)) {
        found.push(this.mention(e, text, i, i + e.name.length));
      }
    }
    const folded = foldChars(text);
    for (const { entry, re } of this.latin) {
      const haystack = /^[A-Z0-9]{2,5}$/.test(entry.name) ? text : folded;
      for (const m of haystack.matchAll(re)) found.push(this.mention(entry, text, m.index, m.index + m[0].length));
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
