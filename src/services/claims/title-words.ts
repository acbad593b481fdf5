import { foldName } from '../../domain/names.ts';

/**
 * The office a title names, read the same way in Chinese and in English, so '市长' fits 'Mayor of
 * Shenzhen', 'Oberbürgermeister' fits 'Lord Mayor' and 'deputy mayor' fits 'Vice Mayor'.
 */
export interface Office {
  office: string;
  /** 副, vice, deputy: a deputy is not the office holder. */
  deputy: boolean;
}

/** Offices by key: the Chinese words (most specific first) and the English words. */
const OFFICES: { key: string; zh: string[]; en: RegExp }[] = [
  { key: 'consul_general', zh: ['总领事'], en: /\bconsul general\b/ },
  { key: 'consul', zh: ['领事'], en: /\bconsul\b/ },
  { key: 'counselor', zh: ['参赞'], en: /\bcounsell?or\b/ },
  { key: 'secretary_general', zh: ['秘书长', '总干事'], en: /\bsecretary general\b/ },
  { key: 'party_secretary', zh: ['书记'], en: /\bparty secretary\b|\bsecretary of the .*\bcommittee\b/ },
  {
    key: 'mayor',
    zh: ['市长', '町长', '村长', '区长', '县长', '镇长'],
    en: /\b(?:lord )?mayor\b|\bober ?burgermeister\b|\bburgermeister\b|\bmaire\b|\balcalde\b/,
  },
  { key: 'governor', zh: ['省长', '州长', '知事'], en: /\bgovernor\b/ },
  { key: 'ambassador', zh: ['大使'], en: /\bambassador\b/ },
  { key: 'speaker', zh: ['议长'], en: /\bspeaker\b|\bpresident of (?:the )?(?:national council|parliament|senate|assembly)\b/ },
  { key: 'premier', zh: ['总理'], en: /\bpremier\b|\bprime minister\b/ },
  { key: 'chief_executive', zh: ['总裁', '首席执行官'], en: /\bchief executive\b|\bceo\b/ },
  { key: 'president', zh: ['主席', '会长', '理事长', '总统', '院长', '校长'], en: /\bpresident\b|\bchair(?:man|woman|person)?\b/ },
  { key: 'director', zh: ['主任', '局长', '厅长', '处长'], en: /\bdirector\b|\bhead of\b/ },
  { key: 'minister', zh: ['部长'], en: /\bminister\b/ },
  { key: 'councillor', zh: ['议员'], en: /\bcouncill?or\b|\bcouncil member\b|\bcllr\b/ },
  { key: 'council_leader', zh: [], en: /\bcouncil leader\b|\bleader of the council\b/ },
];

/** The office a title names, or null for one outside the list. */
export function officeOf(title: string, lang: 'zh' | 'en'): Office | null {
  if (lang === 'zh') {
    const t = title.replace(/\s/g, '');
    for (const o of OFFICES) if (o.zh.some((w) => t.includes(w))) return { office: o.key, deputy: t.includes('副') };
    return null;
  }
  const t = foldName(title).replace(/\bsecretary general\b|\bsec gen\b/, 'secretary general');
  for (const o of OFFICES) if (o.en.test(t)) return { office: o.key, deputy: /\b(?:vice|deputy)\b/.test(t) };
  return null;
}

/**
 * The pieces of a title as extracted, which may run on into the next name or clause
 * ('常务副市长刘桂平、中国驻纽约总领事', 'Mayor of Calderdale and his wife'): each piece is a title.
 */
export function titlePieces(title: string): string[] {
  const pieces = title
    .split(/[、，,;；]|\s+and\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  return pieces.length > 1 ? [title, ...pieces] : [title];
}

/** Two words one typing slip apart ('Shezhen', 'Shenzhen'), for words long enough to tell. */
export function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}
