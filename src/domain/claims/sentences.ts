export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end an English sentence. */
const ABBREVIATIONS = /(?:\b(?:St|Mr|Mrs|Ms|Dr|No|Nos|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|U\.S|U\.K|Gov|Sen|Rep|Gen|Prof)|\b[A-Z])\.$/;

/** Splits a paragraph into sentences, keeping each one's position in the paragraph. */
export function sentences(text: string, lang: 'zh' | 'en'): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('。！？；!?'.includes(ch)) {
      push(i + 1);
    } else if (ch === '.' && lang === 'en') {
      const next = text.slice(i + 1, i + 3);
      if (/^\s+["“]?[A-Z0-9]/.test(next) || i === text.length - 1) {
        if (!ABBREVIATIONS.test(text.slice(Math.max(0, i - 5), i + 1))) push(i + 1);
      }
    }
  }
  push(text.length);
  return out;
}
