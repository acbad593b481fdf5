/**
 * Reads the `people_involved` field of events.csv: `;`-separated entries such as
 * `Li Hao (Mayor of Shenzhen)`, `覃伟中 Qin Weizhong (Mayor of Shenzhen)`,
 * `Denis Coderre (德尼·柯德爾, Mayor of Montreal)` or `Shen Xin 沈昕 (Sec.-Gen., CPAFFC)`.
 */
export interface PersonMention {
  /** The Latin-script name, when the entry has one. */
  en: string | null;
  /** The name in Chinese characters, when the entry has one. */
  zh: string | null;
  /** The title the person held, as the source gives it. */
  title: string | null;
  /** A remark in square brackets, such as `[sic, source spelling]`. */
  remark: string | null;
}

const HAN = /\p{Script=Han}/u;
const HAN_NAME = /[\p{Script=Han}·]+/gu;

/** Splits on `;` that are not inside parentheses. */
function splitEntries(field: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of field) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

function parseEntry(entry: string): PersonMention | null {
  let text = entry.replace(/^proposal by\s+/i, '');
  let remark: string | null = null;
  text = text.replace(/\s*\[([^\]]*)\]\s*/g, (_m, r: string) => {
    remark = r.trim();
    return ' ';
  });
  let title: string | null = null;
  const paren = /\(([^)]*)\)\s*$/.exec(text);
  let zhFromTitle: string | null = null;
  if (paren) {
    title = paren[1]!.trim();
    text = text.slice(0, paren.index).trim();
    // `(德尼·柯德爾, Mayor of Montreal)`: a Chinese name before the title.
    const lead = /^([\p{Script=Han}·]+)\s*,\s*(.*)$/u.exec(title);
    if (lead) {
      zhFromTitle = lead[1]!;
      title = lead[2]!.trim();
    }
  }
  const zh = (text.match(HAN_NAME) ?? []).join('') || zhFromTitle;
  const en = text.replace(HAN_NAME, ' ').replace(/\s+/g, ' ').trim() || null;
  if (!en && !zh) return null;
  // An entry with no name, only a title ("Lord Provost of Edinburgh"), names nobody.
  if (en && !zh && !title && /\bof\b/.test(en) && /^(Lord|Mayor|Deputy|Vice|President|Chief)\b/.test(en)) return null;
  return { en, zh: zh && HAN.test(zh) ? zh : null, title: title || null, remark };
}

export function parsePeopleField(field: string): PersonMention[] {
  return splitEntries(field)
    .map(parseEntry)
    .filter((m): m is PersonMention => m !== null);
}
