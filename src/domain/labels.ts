import type { ClaimKind, Verdict } from './claims/types.ts';
import type { Tier } from './name-match.ts';
import type { Precision } from './precise-date.ts';
import type { EventKind } from '../records/event/event.schema.ts';
import type { PartnershipStatus, PartnershipType } from '../records/partnership/partnership.schema.ts';

/**
 * The one catalogue of the words for the registry's fixed values: partnership types and
 * statuses, event kinds, claim verdicts and claim kinds, and how a name matched. The server,
 * the command line, the reports, the claim notes and the web app's catalogues all read them
 * from here, so a tie is "有效" (active) on the portal, in the annual report and in a check.
 *
 * English words are written as they stand inside a sentence ("sister city", "active");
 * `capitalise` makes a heading or a table cell of one. Recognising these words in a text
 * is a different matter (src/domain/claims/vocabulary.ts): a text may say 友城 or 姐妹城市.
 *
 * Browser-safe: no Node imports, only types from the schemas.
 */

export type LabelLang = 'zh' | 'en';

/** A word in Chinese and in English. */
export interface Words {
  zh: string;
  en: string;
}

/** The words for a partnership type, in the forms the registry writes them in. */
export interface TypeWords extends Words {
  /** English plural, for counts: "sister cities", "24 friendly exchange cities". */
  enPlural: string;
  /** A tie of this type in a note: "the registry records a …", "登记册记录为…". */
  tie: Words;
  /** What the two places of such a tie are to each other: "… as sister cities", "结为…". */
  pair: Words;
}

/** A rank with a name of its own: the English note names the Chinese rank beside it. */
const rank = (zh: string, en: string, enPlural: string): TypeWords => ({
  zh,
  en,
  enPlural,
  tie: { zh, en: `${en} (${zh})` },
  pair: { zh, en: enPlural },
});

export const PARTNERSHIP_TYPE_WORDS: Record<PartnershipType, TypeWords> = {
  sister_city: rank('友好城市', 'sister city', 'sister cities'),
  friendly_exchange_city: rank('友好交流城市', 'friendly exchange city', 'friendly exchange cities'),
  cooperation: {
    zh: '其他合作关系',
    en: 'other cooperation',
    enPlural: 'other cooperation',
    tie: { zh: '合作关系', en: 'cooperation tie' },
    pair: { zh: '合作关系', en: 'partners' },
  },
  unknown: {
    zh: '类型未明',
    en: 'type not stated',
    enPlural: 'type not stated',
    tie: { zh: '尚无来源说明级别的关系', en: 'tie whose rank no source states' },
    pair: { zh: '友好关系', en: 'partners' },
  },
};

export const PARTNERSHIP_STATUS_WORDS: Record<PartnershipStatus, Words> = {
  proposed: { zh: '拟建', en: 'proposed' },
  active: { zh: '有效', en: 'active' },
  dormant: { zh: '休眠', en: 'dormant' },
  suspended: { zh: '暂停', en: 'suspended' },
  ended: { zh: '终止', en: 'ended' },
};

/** A tie that has had no contact for the years the settings give (the health score's flag). */
export const GOING_DORMANT: Words = { zh: '趋于休眠', en: 'going dormant' };

export const EVENT_KIND_WORDS: Record<EventKind, Words> = {
  signing: { zh: '签约', en: 'signing' },
  incoming_visit: { zh: '来访', en: 'incoming visit' },
  outgoing_visit: { zh: '出访', en: 'outgoing visit' },
  meeting: { zh: '会见', en: 'meeting' },
  online_meeting: { zh: '视频会见', en: 'online meeting' },
  exhibition: { zh: '展览', en: 'exhibition' },
  forum: { zh: '论坛', en: 'forum' },
  other: { zh: '其他', en: 'other' },
};

export const VERDICT_WORDS: Record<Verdict, Words> = {
  supported: { zh: '有据可查', en: 'supported' },
  contradicted: { zh: '与登记不符', en: 'contradicted' },
  ambiguous: { zh: '含义不明', en: 'ambiguous' },
  unknown: { zh: '无从核查', en: 'unknown' },
};

export const CLAIM_KIND_WORDS: Record<ClaimKind, Words> = {
  figure: { zh: '数字', en: 'figure' },
  relationship: { zh: '友城关系', en: 'tie' },
  upgrade: { zh: '关系升级', en: 'upgrade' },
  anniversary: { zh: '结好周年', en: 'anniversary' },
  agreement: { zh: '签约', en: 'signing' },
  event: { zh: '活动', en: 'event' },
  person: { zh: '人物及职务', en: 'person and title' },
  membership: { zh: '成员身份', en: 'membership' },
  mechanism: { zh: '机制', en: 'mechanism' },
};

/** How a name was found: through a standard name, another name, a transliteration … */
export const MATCH_TIER_WORDS: Record<Tier, Words> = {
  name: { zh: '标准名称', en: 'standard name' },
  alias: { zh: '别名', en: 'another name' },
  transliteration: { zh: '转写', en: 'transliteration' },
  words: { zh: '名称中的词', en: 'a word of the name' },
  phonetic: { zh: '读音相近', en: 'sounds alike' },
  fuzzy: { zh: '拼写相近', en: 'near spelling' },
};

/** How a person was found when the text gives the Chinese rendering of a foreign name the registry holds in Latin letters. */
export const RENDERING_WORDS: Words = { zh: '外国人名的中文译名', en: 'the Chinese rendering of a foreign name' };

/**
 * One colour per type of tie, the same on the portal's map and legends, the workspace's charts
 * and the annual report's, in either language: the colour goes with the type, never the word.
 */
export const TYPE_COLORS: Record<PartnershipType, string> = {
  sister_city: '#b3261e',
  friendly_exchange_city: '#1f5fa8',
  cooperation: '#2e7d32',
  unknown: '#6b6b6b',
};

/** The colour of a chart's bars when they stand for no type: the site's accent. */
export const ACCENT_COLOR = '#9c1c13';

/** How precise a date is: shown beside a date read from what a person typed. */
export const PRECISION_WORDS: Record<Precision, Words> = {
  year: { zh: '年', en: 'year' },
  month: { zh: '月', en: 'month' },
  day: { zh: '日', en: 'day' },
};

/** Every set of words, by the name `label` takes. */
export const LABELS = {
  type: PARTNERSHIP_TYPE_WORDS,
  status: PARTNERSHIP_STATUS_WORDS,
  eventKind: EVENT_KIND_WORDS,
  verdict: VERDICT_WORDS,
  claimKind: CLAIM_KIND_WORDS,
  matchTier: MATCH_TIER_WORDS,
  precision: PRECISION_WORDS,
} as const;

export type LabelSet = keyof typeof LABELS;
export type LabelKey<S extends LabelSet> = keyof (typeof LABELS)[S] & string;

/** The word for `key` of a set in `lang`: `label('status', 'active', 'zh')` is 有效. */
export function label<S extends LabelSet>(set: S, key: LabelKey<S>, lang: LabelLang): string {
  return (LABELS[set] as Record<string, Words>)[key]![lang];
}

/** Every word of a set in one language, by key: what a table or a catalogue of one language wants. */
export function labelsIn<S extends LabelSet>(set: S, lang: LabelLang): Record<LabelKey<S>, string> {
  return Object.fromEntries(Object.entries(LABELS[set] as Record<string, Words>).map(([k, w]) => [k, w[lang]])) as Record<
    LabelKey<S>,
    string
  >;
}

/** "sister city" as a heading or a cell: "Sister city". Chinese is left as it is. */
export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
