import { toSimplified } from '../../chinese.ts';

/** A text read as simplified, half-width and unspaced, with the way back to the original's positions. */
export interface Normalised {
  text: string;
  /** The original position of each character of `text`, and one past the last. */
  origin: Int32Array;
}

const HAN = /\p{Script=Han}/u;
/** A copying site's insertion after a Chinese word: a pinyin gloss 會(huì), an address 深圳(www.huhuzc.cn). */
const INSERTION = /^[(（](?:[a-zü\u00e0-\u01dc]{1,7}\d?|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?)[)）]/u;

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && !'，。；：！？（）'.includes(ch)) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (ch === '•' || ch === '・' || ch === '‧') return '·';
  return ch;
}

/**
 * Full-width Latin letters and digits as half-width ones, traditional characters as simplified,
 * spaces and line breaks between two Chinese characters dropped (休 斯顿), and copying sites'
 * insertions dropped; every character kept remembers where it stood.
 */
export function normalise(input: string): Normalised {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (/\s/.test(ch) && HAN.test(out.at(-1) ?? '')) {
      let j = i;
      while (j < input.length && /\s/.test(input[j]!)) j++;
      if (HAN.test(input[j] ?? '')) {
        i = j - 1;
        continue;
      }
    }
    if ((ch === '(' || ch === '（') && HAN.test(out.at(-1) ?? '')) {
      const m = INSERTION.exec(input.slice(i, i + 40));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    out += halfWidth(ch);
    origin.push(i);
  }
  origin.push(input.length);
  const simplified = toSimplified(out);
  // The converter keeps lengths for names and titles; a phrase it rewrote to another length is left as written.
  return { text: simplified.length === out.length ? simplified : out, origin: Int32Array.from(origin) };
}

/** The original span of a span of the normalised text. */
export function originalSpan(n: Normalised, start: number, end: number): [number, number] {
  const last = end > start ? n.origin[end - 1]! + 1 : n.origin[start]!;
  return [n.origin[start]!, last];
}
