import type { PreciseDate } from '../precise-date.ts';
import { isPreciseDate } from '../precise-date.ts';
import { htmlToText, looksLikeHtml } from './html.ts';

export type TextLang = 'zh' | 'en' | 'ru' | 'other';

export interface Paragraph {
  lang: TextLang;
  text: string;
  /** The index of the paragraph saying the same in the other language, in a bilingual text. */
  pairedWith: number | null;
}

export interface IngestedText {
  title: string | null;
  /** The title when it is the text's own first line (a headline), not a page's title element. */
  headline: string | null;
  published: PreciseDate | null;
  languages: TextLang[];
  paragraphs: Paragraph[];
  /** The article's text, paragraphs apart by a blank line, boilerplate removed. */
  text: string;
}

/** Lines that are page furniture of government and news portals, not the article. */
const BOILERPLATE: RegExp[] = [
  /^(菜单|导航|首页|网站地图|English|中文|繁體|简体)$/,
  /^当前位置[:：]/,
  /^(您的位置|所在位置)[:：]/,
  /^(视力保护色|字体|字号|打印|关闭|分享到|扫一扫)[:：]?/,
  /^(【?(打印|关闭窗口|返回顶部)】?\s*)+$/,
  /^(Menu|Home|Print|Close|Share|Back to top|Font size)\s*[:>|]?$/i,
  /^(Home|Homepage)\s*[>›»/]/i,
  /^(上一篇|下一篇|相关链接|责任编辑)[:：]/,
];

const DATE_PATTERNS: { re: RegExp; toDate: (m: RegExpMatchArray) => string }[] = [
  { re: /(?:发布时间|发布日期|时间|日期)[:：]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, toDate: (m) => day(m[1]!, m[2]!, m[3]!) },
  { re: /(?:发布时间|发布日期|时间|日期)[:：]\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, toDate: (m) => day(m[1]!, m[2]!, m[3]!) },
  { re: /\b(?:date|published|posted|updated)[:\s]+(\d{4})-(\d{2})-(\d{2})\b/i, toDate: (m) => day(m[1]!, m[2]!, m[3]!) },
];

function day(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The language of a paragraph by its letters: Han characters, Cyrillic or Latin. */
export function detectLang(text: string): TextLang {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (han === 0 && cyrillic === 0 && latin === 0) return 'other';
  // A Chinese character carries about as much as a word of three Latin letters.
  if (han * 3 >= latin && han >= cyrillic) return 'zh';
  return cyrillic > latin ? 'ru' : 'en';
}

/** The publication date a page states near its top, such as `发布时间:2024年03月07日` or `date 2024-03-07`. */
export function detectPublished(text: string): PreciseDate | null {
  const head = text.slice(0, 2000);
  for (const { re, toDate } of DATE_PATTERNS) {
    const m = head.match(re);
    if (m) {
      const date = toDate(m);
      if (isPreciseDate(date)) return date;
    }
  }
  return null;
}

/**
 * Pairs the paragraphs of a bilingual text: each Chinese paragraph with the next one in the other
 * language that follows it, the way bilingual releases alternate them.
 */
function align(paragraphs: Paragraph[]): void {
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const a = paragraphs[i]!;
    const b = paragraphs[i + 1]!;
    if (a.pairedWith === null && b.pairedWith === null && a.lang !== b.lang && a.lang !== 'other' && b.lang !== 'other') {
      a.pairedWith = i + 1;
      b.pairedWith = i;
      i++;
    }
  }
}

/** Reads a press text, plain or HTML: strips page furniture, finds its date and title, splits and pairs its paragraphs. */
export function ingestText(input: string): IngestedText {
  const html = looksLikeHtml(input);
  const { text: raw, title: htmlTitle } = html ? htmlToText(input) : { text: input, title: null };
  const normalised = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\u3000/g, ' ');
  const published = detectPublished(normalised);
  const blocks = normalised
    .split(/\n\s*\n|\n(?=\s{2,})/)
    .flatMap((b) => (b.includes('\n') && !/[。.!?！？]\s*$/.test(b.split('\n')[0]!) ? b.split('\n') : [b]))
    .map((b) =>
      b
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .filter((b) => !BOILERPLATE.some((re) => re.test(b)))
    .filter((b) => !DATE_PATTERNS.slice(0, 2).some(({ re }) => re.test(b) && b.length < 60));
  let title = htmlTitle;
  const first = blocks[0];
  if (!title && first && first.length <= 80 && !/[。.!?！？]$/.test(first)) title = first;
  const body = title && first === title ? blocks.slice(1) : blocks;
  const withDateLineOut = body.map((b) => b.replace(/^date \d{4}-\d{2}-\d{2}\s+/i, ''));
  const paragraphs: Paragraph[] = withDateLineOut.map((text) => ({ lang: detectLang(text), text, pairedWith: null }));
  align(paragraphs);
  const languages = [...new Set(paragraphs.map((p) => p.lang).filter((l) => l !== 'other'))];
  const headline = title !== null && title === first && title !== htmlTitle ? title : null;
  return { title, headline, published, languages, paragraphs, text: paragraphs.map((p) => p.text).join('\n\n') };
}
