import type { PartnershipType } from '../../records/partnership/partnership.schema.ts';

/** Words that state a tie's rank. English 'friendship city' and Chinese 友城 fit both ranks, so they are ambiguous. */
export function tieTypeWords(sentence: string, lang: 'zh' | 'en'): { type: PartnershipType | 'ambiguous' | null; words: string } | null {
  if (lang === 'zh') {
    // 友好合作城市, a friendly cooperation city, is the rank below a sister city under another name.
    const exchange = /友好交流(?:合作)?城市|友好交流(?:合作)?关系|友好合作城市/.exec(sentence);
    if (exchange) return { type: 'friendly_exchange_city', words: exchange[0] };
    const sister = /(?:友好城市|姐妹城市)(?:关系)?/.exec(sentence);
    if (sister) return { type: 'sister_city', words: sister[0] };
    // 友城 is said of any partner, of either rank.
    const any = /友城(?:关系)?/.exec(sentence);
    if (any) return { type: 'ambiguous', words: any[0] };
    const loose = /友好(?:合作)?关系/.exec(sentence);
    return loose ? { type: null, words: loose[0] } : null;
  }
  const exchange =
    /friendly[- ]exchange (?:cit(?:y|ies)|relations?(?:hip)?)|(?:memorandum|MOU|agreement) (?:of|on) friendly[- ]exchange|friendly[- ]exchanges (?:also )?exists? between/i.exec(
      sentence,
    );
  if (exchange) return { type: 'friendly_exchange_city', words: exchange[0] };
  const sister =
    /sister[- ](?:cit(?:y|ies)|provinces?|states?)(?: relationship)?|twin(?:ned)? (?:cit(?:y|ies)|towns?)|\btwinned\b|\btwinning\b/i.exec(
      sentence,
    );
  if (sister) return { type: 'sister_city', words: sister[0] };
  const ambiguous = /friendship[- ]cit(?:y|ies)(?: relationship| ties)?/i.exec(sentence);
  if (ambiguous) return { type: 'ambiguous', words: ambiguous[0] };
  const loose = /friendly (?:relations|ties)|friendship ties/i.exec(sentence);
  return loose ? { type: null, words: loose[0] } : null;
}

/** Words that make what follows a proposal, an intention or a plan: 提议结为友好城市, plans to twin with. */
const INTENT = {
  zh: /提议|倡议|拟|有意|意向|计划|打算/g,
  en: /\b(?:propos(?:e|ed|es|ing|al)|plan(?:s|ned|ning)? to|intend(?:s|ed|ing)? to|intention to|hop(?:e|es|ed|ing) to|would like to|wish(?:es|ed)? to|aim(?:s|ed|ing)? to)\b/gi,
};
/** What ends a clause: an intention before it does not reach past it. */
const CLAUSE_END = { zh: /[，,；;。：:]/, en: /[,;:]|\b(?:and|but|which|who)\b/i };
/** How far, in characters, an intention reaches forward to the tie it proposes. */
const INTENT_REACH = { zh: 24, en: 80 };

/** Words that make tie words the name of a body or a gathering: Sister City Association, 友好城市协会, 友城大会. */
const BODY_AFTER = {
  zh: /^(?:协会|委员会|联合会|联谊会|基金会|大会|论坛|峰会|工作会议)/,
  en: /^\s*(?:Association|Committee|Commission|International|Program(?:me)?|Foundation|Society)\b/,
};

/**
 * The words stating a tie, unless they name a body, or the clause only proposes, intends or plans it: a letter
 * proposing to become sister cities founds no tie.
 */
export function tieStated(sentence: string, lang: 'zh' | 'en'): ReturnType<typeof tieTypeWords> {
  const words = tieTypeWords(sentence, lang);
  if (!words) return null;
  const at = sentence.indexOf(words.words);
  if (BODY_AFTER[lang].test(sentence.slice(at + words.words.length))) return null;
  for (const m of sentence.slice(Math.max(0, at - INTENT_REACH[lang]), at).matchAll(INTENT[lang])) {
    const between = sentence.slice(Math.max(0, at - INTENT_REACH[lang]) + m.index + m[0].length, at);
    if (!CLAUSE_END[lang].test(between)) return null;
  }
  return words;
}

/** The cooperation areas a sentence lists, as vocabulary keys. */
const AREA_WORDS: Record<'zh' | 'en', [RegExp, string][]> = {
  zh: [
    [/经贸|经济|贸易|商贸|投资/, 'economy_trade'],
    [/科技|科学|技术|创新/, 'science_technology'],
    [/交通/, 'transport'],
    [/文化/, 'culture'],
    [/教育/, 'education'],
    [/医疗|卫生|健康/, 'health'],
    [/旅游/, 'tourism'],
    [/环保|环境|生态/, 'environment'],
    [/城市管理|城市规划/, 'urban_management'],
    [/体育/, 'sport'],
    [/青年|青少年/, 'youth'],
  ],
  en: [
    [/\b(?:econom\w*|trade|investment|business)\b/i, 'economy_trade'],
    [/\b(?:science|technolog\w*|innovation)\b/i, 'science_technology'],
    [/\btransport\w*\b/i, 'transport'],
    [/\bcultur\w*\b/i, 'culture'],
    [/\beducation\w*\b/i, 'education'],
    [/\bhealth(?: ?care)?\b|\bmedic\w*\b/i, 'health'],
    [/\btouris\w*\b/i, 'tourism'],
    [/\benvironment\w*\b/i, 'environment'],
    [/\burban (?:management|planning)\b/i, 'urban_management'],
    [/\bsports?\b/i, 'sport'],
    [/\byouth\b/i, 'youth'],
  ],
};

const EN_LIST_START = /\b(?:in|such as|covering|spheres such as)\s+/gi;
const EN_LIST_END = /,? (?:between|to|and help|marking|among)\b|\.|$/;
/** Two to fourteen words joined by commas and 'and': each word taken whole, so the match is linear. */
const EN_WORD_LIST = /^[\w-]+(?:,? (?:and )?[\w-]+){1,13}$/;

/** The words after 'in', 'such as' or 'covering' up to the end of the list. */
function englishAreaList(sentence: string): string | undefined {
  for (const m of sentence.matchAll(EN_LIST_START)) {
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 300);
    const list = rest.slice(0, EN_LIST_END.exec(rest)!.index);
    if (EN_WORD_LIST.test(list)) return list;
  }
  return undefined;
}

/** Areas named in the stretch of a sentence that lists fields of cooperation. */
export function areasIn(sentence: string, lang: 'zh' | 'en'): string[] {
  const list =
    lang === 'zh'
      ? (/在(.{2,60}?)等(?:多个?)?领域/.exec(sentence)?.[1] ??
        /(?:推动|加强|深化)(?:两地|双方)?(?:在)?(.{2,40}?)(?:领域|方面)?(?:的)?(?:务实)?合作/.exec(sentence)?.[1])
      : englishAreaList(sentence);
  if (!list) return [];
  return [...new Set(AREA_WORDS[lang].filter(([re]) => re.test(list)).map(([, key]) => key))];
}

const ZH_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** 'n cities' and 'n countries' in words: 两国五城, five cities, two countries. */
export function countsIn(sentence: string, lang: 'zh' | 'en'): { cities: number | null; countries: number | null } {
  if (lang === 'zh') {
    const m = /([一二两三四五六七八九十\d]+)国([一二两三四五六七八九十\d]+)城/.exec(sentence);
    const n = (s: string | undefined) => (s ? (ZH_NUMBERS[s] ?? (Number(s) || null)) : null);
    return { countries: n(m?.[1]), cities: n(m?.[2]) };
  }
  const word = (re: RegExp) => {
    const m = re.exec(sentence)?.[1]?.toLowerCase();
    return m ? (EN_NUMBERS[m] ?? (Number(m) || null)) : null;
  };
  return {
    cities: word(/\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) cities\b/i),
    countries: word(/\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) countries\b/i),
  };
}
