import { countryCodeFrom } from '../../countries.ts';
import type { Token } from './jieba.ts';
import { EN_TITLE, EN_TITLES, ZH_TITLE, ZH_TITLE_RUN } from './titles.ts';

const ZH_TITLE_NEXT = new RegExp(`^(?:${ZH_TITLE})`, 'u');

/** A person named with a title: the whole phrase's span, the name as written and the title. */
export interface PersonFound {
  start: number;
  end: number;
  name: string;
  nameStart: number;
  title: string;
}

/** Words that end a name run straight into the next words: 黄敏会见, 马利接受. */
const ZH_AFTER_NAME =
  /^(?:会见|会谈|表示|指出|说|称|致辞|出席|率|带领|率领|一行|等|在|于|与|和|及|以及|的|接受|发表|宣布|当日|当天|访问|签署|也|还|今天|昨天|此次|将|为|对|向|参加|参观|主持|讲话|介绍|代表|同|是|已|曾|亲自|共同|以|通过|就|与会)/;
/** Words that follow a title but begin no name: 当选市长后第一次, 市长之一. */
export const ZH_NOT_A_NAME_START = /^(?:一|后|前|时|之|的|第|和|及|们|等|也|都|已|曾|将|在|于|是|为|被|对|向|从|一职|任期)/;
const ZH_NOT_NAME = /[市省州局会部处委国区县厅府院馆团队司组]$/;
const HAN_RUN = /^\p{Script=Han}+$/u;

/** The name a Chinese title runs straight into, read from the tagged words after it. */
function zhNameAfter(text: string, tokens: Token[], at: number): { name: string; start: number } | null {
  const rest = text.slice(at);
  // A title written twice ('市长市长特纳') names its person after the second.
  if (ZH_TITLE_NEXT.test(rest)) return null;
  const foreign = /^(?:\p{Script=Han}{1,6}·)+/u.exec(rest);
  if (foreign) {
    const last = renderedSurname(tokens, at + foreign[0].length);
    return last ? { name: foreign[0] + last, start: at } : null;
  }
  const latin = /^[A-Z][A-Za-z\u00c0-\u024f"'’.-]*(?:\s+[A-Z][A-Za-z\u00c0-\u024f'’.-]*){0,3}/u.exec(rest);
  if (latin) return { name: latin[0].replace(/["']/g, ''), start: at };
  const japanese = japaneseName(rest);
  if (japanese) return { name: japanese, start: at };
  const name = hanName(tokens, at);
  if (!name || name.length < 2 || ZH_NOT_NAME.test(name) || ZH_NOT_A_NAME_START.test(name)) return null;
  // A word the segmenter knows as a verb or a common noun is not a name: 主席颁发, 市长论坛.
  const word = tokens.find((t) => t.start === at);
  if (word && (word.word === name || word.word.length >= 2) && COMMON_WORD.test(word.tag)) return null;
  return { name, start: at };
}

/** Japanese surnames of three characters, which with a given name of two pass the four a Chinese name is read to. */
const JAPANESE_SURNAME =
  /^(?:小野寺|佐佐木|佐々木|长谷川|五十岚|宇都宫|大久保|小笠原|久保田|小野田|伊集院|东海林|长谷部|二阶堂|阿久津|宇佐美|小林田|大和田|小山田|日比野|三井田|八重樫|勅使河原)/u;

/** '副町长小野寺正德出席': a Japanese surname of three characters and the one or two characters of the given name after it. */
function japaneseName(rest: string): string | null {
  const surname = JAPANESE_SURNAME.exec(rest)?.[0];
  if (!surname) return null;
  const given = /^\p{Script=Han}{1,2}/u.exec(rest.slice(surname.length))?.[0] ?? '';
  // The given name stops before a word that follows names: '佐佐木一郎出席', '小野寺正德等'.
  const cut = given.search(AFTER_GIVEN_NAME);
  const own = cut < 0 ? given : given.slice(0, cut);
  return own ? surname + own : null;
}

/** Tags of words that are never a name on their own: verbs, nouns, adjectives, adverbs. */
const COMMON_WORD = /^(?:v|vn|vd|n|a|ad|an|d)$/;

/** Tags of words that end a rendered name: verbs, prepositions, conjunctions, particles, adverbs, pronouns. */
const ENDS_A_NAME = /^(?:v|vn|vd|p|c|u|uj|ul|d|r|a|ad)$/;

/**
 * The surname of a rendered foreign name after its '·', read word by word for as many characters
 * as it has (雅采克·亚斯科维亚克, up to eight), to the first word that follows names.
 */
function renderedSurname(tokens: Token[], at: number): string {
  let name = '';
  for (const t of tokens) {
    if (t.end <= at) continue;
    if (t.start !== at + name.length || !HAN_RUN.test(t.word) || ZH_AFTER_NAME.test(t.word)) break;
    if (name.length >= 1 && ENDS_A_NAME.test(t.tag)) break;
    // A common word after two characters of a surname follows the name: '马利深情回顾'.
    if (name.length >= 2 && t.word.length >= 2 && /^(?:n|vn|an)$/.test(t.tag)) break;
    if (name.length + t.word.length > 8) break;
    name += t.word;
  }
  return name.length >= 1 ? name : hanName(tokens, at);
}

/** Characters that follow a name rather than end it: 特纳将, 王宁在. */
const PARTICLES = '在于与和及的说称也还将为对向同是已曾等率并就以所';
const ZH_PARTICLE = new RegExp(`^[${PARTICLES}]$`);
/** Where a Japanese given name ends: a particle, or the first character of a verb after names (出席, 会见, 表示, 致辞). */
const AFTER_GIVEN_NAME = new RegExp(`[${PARTICLES}出会表致]`, 'u');

/** Up to four Chinese characters of a name, from the tagged words starting at `at`. */
function hanName(tokens: Token[], at: number): string {
  let name = '';
  for (const t of tokens) {
    if (t.end <= at) continue;
    if (t.start !== at + name.length) break;
    if (!HAN_RUN.test(t.word) || ZH_AFTER_NAME.test(t.word)) break;
    if (name.length + t.word.length > 4) break;
    if (name.length >= 2 && (t.word.length > 1 || ZH_PARTICLE.test(t.word))) break;
    name += t.word;
  }
  return name;
}

const ZH_TITLED = new RegExp(ZH_TITLE_RUN, 'gu');

/** 北京市副市长王宁, 费城市市长切莉·派克, 广州市委书记、市长郭永航, 休斯顿市长Kathy Whitmire. */
export function chinesePeople(text: string, tokens: Token[]): PersonFound[] {
  const out: PersonFound[] = [];
  for (const m of text.matchAll(ZH_TITLED)) {
    // '时任连云港市市长的何仁华', '总裁兼CEO卡罗尔·查诺': a 的, or a second title, between the title and the name.
    const between = /^(?:的|兼[A-Z]{2,5}|兼(?:任)?)/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const name = zhNameAfter(text, tokens, m.index + m[0].length + between.length);
    if (!name) continue;
    // The place or body the title belongs to reads back to the last break: 中国驻纽约总领事.
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    // …and stops at a verb, whose subject is someone else: 市长许勤会见了蒙特利尔市市长德尼·柯德尔.
    const lead = /[^，,。；;、：:“”"()（）\s]*$/
      .exec(before)![0]
      .replace(/^.*(?:会见|会谈|会晤|接见|欢迎|陪同|拜会|看望|宴请|率领|带领)了?/, '');
    out.push({ start: m.index - lead.length, end: name.start + name.name.length, name: name.name, nameStart: name.start, title: m[0] });
  }
  return out;
}

const WORD = `(?:(?:Mac|Mc|O['’]|De|Di|Le|La|Van|Von)?[A-Z][a-z\\u00c0-\\u024f'’-]+|[A-Z]\\.)`;
const NAME = `${WORD}(?:\\s+${WORD}){0,3}`;
/** The body a title belongs to, between the title and the name: 'of the Chinese Embassy'. */
const OWNER = `\\s+(?:of|to|in)(?:\\s+the)?(?:\\s+[A-Z][\\p{L}.'’-]*){1,5}(?:\\s+(?:municipal|city|provincial|state|county|district|people['’]s|government|council|committee|office|bureau)){0,3}`;
const TITLES = `${EN_TITLE}(?:\\s+${EN_TITLE})*`;
/** 'Mayor London Breed', 'mayor Sylvester Turner', 'Minister of the Chinese Embassy Li Kexin'. */
const TITLE_NAME = [
  new RegExp(`(?<![\\p{L}])(${TITLES})${OWNER}\\s+(${WORD}(?:\\s+${WORD}){1,3})`, 'gu'),
  new RegExp(`(?<![\\p{L}])(${TITLES})\\s+(${NAME})`, 'gu'),
  // 'the current mayor of Nanjing is Lan Shaomin'.
  new RegExp(`(?<![\\p{L}])(${TITLES})${OWNER}\\s+(?:is|was)\\s+(${WORD}(?:\\s+${WORD}){1,3})(?=\\s*[,.;)]|$)`, 'gu'),
  // 'Edinburgh’s Lord Provost, Donald Wilson said'.
  new RegExp(`(?<=\\p{L}['’]s\\s)(${TITLES}),\\s+(${WORD}(?:\\s+${WORD}){1,3})`, 'gu'),
];
/**
 * 'the vice-mayor of Shenzhen, Mr Ai Xuefeng', 'The Lord Mayor of Cork, Councillor Dan Boyle, is leading',
 * 'Executive Mayor, Patricia de Lille': a title, what it is of, then the name set off by a comma.
 */
const TITLE_COMMA_NAME = new RegExp(
  `(?<![\\p{L}])(${TITLES})(?:${OWNER}){0,2},\\s+(?:(?:Mr|Mrs|Ms|Dr|Councillor|Cllr|Professor|Prof|the Honourable|the Honorable|the Hon|Hon|His Excellency|Her Excellency|H\\.E)\\.?\\s+)?(${WORD}(?:\\s+(?:(?:de|da|del|der|van|von|di|le|la)\\s+)?${WORD}){1,3})(?=\\s*[,.;)]|\\s+(?:said|says|who|is|was|has|had|will|and)\\b|$)`,
  'gu',
);
/** 'Ambassador of Pakistan Hashmi': a title of a country, then a name of one word. */
const TITLE_OF_COUNTRY_NAME = new RegExp(
  `(?<![\\p{L}])(${TITLES})\\s+of\\s+(?:the\\s+)?((?:[A-Z][a-z]+\\s+){1,3}?)(${WORD})(?=[,.;]|\\s+and\\b|$)`,
  'gu',
);
/** Words of a body, never of a person's name: 'chair of the Leamington International Twinning Society'. */
const BODY_WORD =
  /\b(?:Society|Association|Council|Committee|Embassy|Consulate|Government|Office|Department|Bureau|University|Group|Company|Centre|Center|City|Partnership|International|Foundation|Institute|Museum|Commission|Chamber|Federation|Agency|Ministry|Authority|League|Club|Network|Alliance|Union|Corporation|Bank|School|College|Board|Assembly|Parliament|Party|Province|State|County|District|Community)\b/;
/** 'Bob Harvey, President and CEO of the Greater Houston Partnership', 'Wang Shourui, Shezhen’s deputy mayor'. */
const NAME_TITLE = new RegExp(
  `(${NAME})((?:\\s+and\\s+${NAME})?)(?:,\\s+|\\s+(?=The\\s+${EN_TITLE}\\s+of\\b))((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}?${EN_TITLE}[^,.;:()]*?)(?=,|\\.(?:\\s|$)|;|:|\\(|\\s+(?:who|said|says|added|with|and\\s+(?:signed|the)|met|meets|told|tells|presented|presents|visited|received|welcomed|attended|hosted|thanked|expressed|noted|introduced|stressed|delivered|gave|signed|spoke|announced|praised|invited|urged|called)\\b|$)`,
  'gu',
);
/** 'then mayors of Guangzhou and Los Angeles Liang Lingguang and Tom Bradley', 'Mayors Ann Lee and Bo Wu': one title, two people. */
const TWO_TITLED = new RegExp(
  `(?<![\\p{L}])((?:(?:then|former)\\s+)?${EN_TITLES})(?:\\s+of\\s+([A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,2})\\s+and)?,?\\s+((?:[A-Z][\\p{L}.'’-]*\\s+){1,6}?)and\\s+(${NAME})`,
  'gu',
);
const WHO_HEADS = new RegExp(`(${NAME}),\\s+who\\s+(?:heads|leads|chairs|directs)\\s+(?:the\\s+)?([^,.;:()]+)`, 'gu');
const NOT_A_NAME = /^(?:The|A|An|In|On|At|Since|During|Mr|Mrs|Ms|Dr|Councillors?|Of|And|For|From|With|By|General)$/;

/** A name's words, without a leading word that only opens a phrase ('The', 'In'). */
function trimName(name: string, start: number): { name: string; start: number } | null {
  const words = name.split(/\s+/);
  let at = start;
  while (words.length && NOT_A_NAME.test(words[0]!)) {
    at += name.indexOf(words[1] ?? '', words[0]!.length) - 0;
    name = name.slice(name.indexOf(words[1] ?? '', words[0]!.length));
    words.shift();
  }
  // A headline in title case goes on after the name with its verb: 'Consul General Gao Yanping Hosted Reception'.
  const verb = words.findIndex((w, i) => i >= 2 && HEADLINE_VERB.test(w));
  if (verb > 0) {
    name = words.slice(0, verb).join(' ');
    words.splice(verb);
  }
  return words.length && name ? { name, start: at } : null;
}

/** A capitalised word that is a headline's verb, not a name's: 'Hosted', 'Meets', 'Visiting'. */
const HEADLINE_VERB =
  /^(?:\p{Lu}\p{Ll}{3,}(?:ed|ing)|Meets|Visits|Signs|Says|Hosts|Holds|Leads|Attends|Receives|Welcomes|Calls|Urges|Opens|Joins|Talks|Tours)$/u;

/** English titles before or after a name. */
export function englishPeople(text: string): PersonFound[] {
  const out: PersonFound[] = [];
  // 'Murray Acklin, New Zealand Racing Board Director, Scott Davidson, …': a title after a name and its comma is that name's.
  const afterItsName = (m: RegExpMatchArray) => /,\s+(?:[A-Z][\w.'’-]*\s+)*$/.test(text.slice(Math.max(0, m.index! - 60), m.index));
  const titled = [
    ...[...text.matchAll(TITLE_COMMA_NAME)].filter((m) => !afterItsName(m)),
    ...TITLE_NAME.flatMap((re) => [...text.matchAll(re)]),
  ];
  for (const m of titled) {
    const raw = m[2]!;
    const named = trimName(raw, m.index + m[0].length - raw.length);
    if (
      !named ||
      BODY_WORD.test(named.name) ||
      out.some((p) => p.nameStart < named.start + named.name.length && named.start < p.nameStart + p.name.length)
    )
      continue;
    out.push({ start: m.index, end: named.start + named.name.length, name: named.name, nameStart: named.start, title: m[1]! });
  }
  for (const m of text.matchAll(TITLE_OF_COUNTRY_NAME)) {
    const nameStart = m.index + m[0].length - m[3]!.length;
    if (
      !countryCodeFrom(m[2]!.trim()) ||
      out.some((p) => p.nameStart < nameStart + m[3]!.length && nameStart < p.nameStart + p.name.length)
    )
      continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[3]!, nameStart, title: m[1]! });
  }
  for (const m of text.matchAll(TWO_TITLED)) {
    const head = m[1]!.replace(/s$/, '');
    const [, , first, middle, b] = m;
    // With two places ('mayors of Guangzhou and Los Angeles Liang Lingguang and Tom Bradley'), the words before
    // the first name are the second place, and the first name is as long as the second.
    const words = middle!.trim().split(/\s+/);
    const last = b!.split(/\s+/);
    const long = first ? Math.min(last.length, words.length - 1) : words.length;
    if (long < 1) continue;
    const second = first ? words.slice(0, words.length - long).join(' ') : undefined;
    const given = words.slice(words.length - long).join(' ');
    // 'Councillors Alan and Sarah Boad': a given name alone shares the surname after it.
    const a = !first && long === 1 && last.length > 1 ? `${given} ${last.at(-1)}` : given;
    // With two places, each person is of the place named in the same order; each is found where its words are written.
    for (const { raw, written, of } of [
      { raw: a, written: given, of: first },
      { raw: b!, written: b!, of: second },
    ]) {
      const named = trimName(raw, text.indexOf(written, m.index));
      if (!named || BODY_WORD.test(named.name)) continue;
      // A given name read alone by another title ('Mayoress Alan') is this reading's, with its surname.
      const alone = out.findIndex((p) => p.nameStart === named.start);
      if (alone >= 0 && (out[alone]!.name.includes(' ') || !named.name.includes(' '))) continue;
      if (alone >= 0) out.splice(alone, 1);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        name: named.name,
        nameStart: named.start,
        title: of ? `${head} of ${of.trim()}` : head,
      });
    }
  }
  // 'Eileen Cai, who heads Asian economic development at the Charlotte Chamber': the head of what she heads.
  for (const m of text.matchAll(WHO_HEADS)) {
    const named = trimName(m[1]!, m.index);
    if (!named || out.some((p) => p.nameStart === named.start)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: named.name, nameStart: named.start, title: `head of ${m[2]!.trim()}` });
  }
  for (const m of text.matchAll(NAME_TITLE)) {
    // A title that runs into a name already read with its own title is that name's: 'Muriel Bower, Deputy Secretary Karen Richardson'.
    const titleStart = m.index + m[0].length - m[3]!.length;
    if (
      out.some(
        (p) =>
          (p.start >= titleStart && p.start < m.index + m[0].length) || (p.nameStart >= titleStart && p.nameStart < m.index + m[0].length),
      )
    )
      continue;
    const title = m[3]!
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/\s+and\s+(?:his|her|their)\b.*$/i, '')
      .trim();
    // 'Hashmi, Deputy Head of Mission of Swiss Embassy Chantal Delli': the next person of a list, not a title.
    if (/\b(?:Embassy|Consulate|Mission|Office|Ministry|Government)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u.test(title)) continue;
    // 'Li Shi and Shao Ting, director of communications': a title of one is the last name's; 'A and B, mayors' is both's.
    const respectively = /\brespectively\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const both =
      !m[2] ||
      respectively ||
      /\b(?:mayors|directors|chairs|co-chairs|presidents|members|ministers|ambassadors|councillors|representatives|officials|leaders|secretaries)\b/i.test(
        m[3]!,
      );
    const names = [...(both ? [m[1]!] : []), ...(m[2] ? [m[2].replace(/^\s+and\s+/, '')] : [])];
    const titles = names.length === 2 && /\band\b/.test(title) && respectively ? title.split(/\s+and\s+/) : [title, title];
    names.forEach((raw, i) => {
      const at = text.indexOf(raw, m.index);

      // A name already read after its title ends where this one does: it is that name ('… to China Terry Branstad, a former governor').
      const before = out.find((p) => p.nameStart >= at && p.nameStart + p.name.length === at + raw.length);
      const named = before ? { name: before.name, start: before.nameStart } : trimName(raw, at);
      if (named && BODY_WORD.test(named.name)) return;
      // A name may hold two titles ('Former U.S. Ambassador to China Terry Branstad, a former governor of Iowa').
      if (!named || out.some((p) => p.nameStart === named.start && p.title.toLowerCase() === titles[i]!.trim().toLowerCase())) return;
      out.push({ start: m.index, end: m.index + m[0].length, name: named.name, nameStart: named.start, title: titles[i]!.trim() });
    });
  }
  // 'Cllr' is how English councils write Councillor, 'Cr' Australian ones.
  return out.map((p) => ({ ...p, title: p.title.replace(/\bCllr\b\.?/gi, 'Councillor').replace(/^Cr\b\.?/, 'Councillor') }));
}
