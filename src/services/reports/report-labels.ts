import { capitalise, EVENT_KIND_WORDS, GOING_DORMANT, PARTNERSHIP_STATUS_WORDS, PARTNERSHIP_TYPE_WORDS, type LabelLang, type Words } from '../../domain/labels.ts';
import type { SentenceLang } from '../../domain/sentence.ts';
import type { EventKind } from '../../records/event/event.schema.ts';
import type { PartnershipStatus, PartnershipType } from '../../records/partnership/partnership.schema.ts';

/** A type as the heading of its count: 友好城市, Sister cities. */
const typeCount = (type: PartnershipType, lang: LabelLang) => (lang === 'zh' ? PARTNERSHIP_TYPE_WORDS[type].zh : capitalise(PARTNERSHIP_TYPE_WORDS[type].enPlural));

/** Every text the annual report shows, in Chinese and English. */
export const REPORT_TEXT = {
  zh: {
    title: (home: string, year: number) => `${home}国际友好城市工作年度报告（${year}年）`,
    generated: (at: string) => `生成于 ${at}`,
    asOf: (day: string) => `数据截至${day}`,
    summary: '概况', figures: '年末数字', published: '公布的数字',
    places: '伙伴城市', countries: '国家', sister: typeCount('sister_city', 'zh'), exchange: typeCount('friendly_exchange_city', 'zh'), cooperation: typeCount('cooperation', 'zh'), unknown: typeCount('unknown', 'zh'),
    partners: '伙伴城市一览', partner: '伙伴', country: '国家', type: '类型', status: '状态', since: '建立时间', health: '健康指数', events: '活动', visits: '访问',
    dormant: GOING_DORMANT.zh,
    yearEvents: '本年度活动', date: '日期', event: '活动', kind: '类别', with: '伙伴',
    yearVisits: '本年度访问', from: '来自', head: '团长', purpose: '目的', approval: '审批', budget: '预算', cost: '实际费用', gifts: '礼品', outcomes: '成果',
    agreements: '协议', signed: '本年度签署', expiring: '本年度到期', renewal: '续签决定',
    charts: '图表', growth: '伙伴网络的增长（累计）', eventsPerPartner: '各伙伴城市本年度活动数', areas: '合作领域', year: '年份', count: '数量', ties: '关系', none: '无',
    internal: '内部资料',
    growthSheet: '网络增长',
  },
  en: {
    title: (home: string, year: number) => `${home} international partner cities: annual report ${year}`,
    generated: (at: string) => `Generated ${at}`,
    asOf: (day: string) => `Figures as of ${day}`,
    summary: 'Summary', figures: 'Figures at year end', published: 'Published figure',
    places: 'Partner places', countries: 'Countries', sister: typeCount('sister_city', 'en'), exchange: typeCount('friendly_exchange_city', 'en'), cooperation: typeCount('cooperation', 'en'), unknown: typeCount('unknown', 'en'),
    partners: 'Partners', partner: 'Partner', country: 'Country', type: 'Type', status: 'Status', since: 'Since', health: 'Health', events: 'Events', visits: 'Visits',
    dormant: GOING_DORMANT.en,
    yearEvents: 'Events of the year', date: 'Date', event: 'Event', kind: 'Kind', with: 'With',
    yearVisits: 'Visits of the year', from: 'From', head: 'Head', purpose: 'Purpose', approval: 'Approval', budget: 'Budget', cost: 'Actual cost', gifts: 'Gifts', outcomes: 'Outcomes',
    agreements: 'Agreements', signed: 'Signed this year', expiring: 'Expiring this year', renewal: 'Renewal',
    charts: 'Charts', growth: 'Growth of the network (cumulative)', eventsPerPartner: 'Events per partner this year', areas: 'Cooperation areas', year: 'Year', count: 'Count', ties: 'Ties', none: 'None',
    internal: 'Internal',
    growthSheet: 'Growth',
  },
} as const satisfies Record<SentenceLang, Record<string, unknown>>;

/** A catalogue word as a cell of the report: Chinese as it is, English capitalised. */
const cell = (words: Words, lang: LabelLang) => (lang === 'zh' ? words.zh : capitalise(words.en));

export const typeText = (type: PartnershipType, lang: SentenceLang): string => cell(PARTNERSHIP_TYPE_WORDS[type], lang);
export const statusText = (status: PartnershipStatus, lang: SentenceLang): string => cell(PARTNERSHIP_STATUS_WORDS[status], lang);
export const eventKindText = (kind: EventKind, lang: SentenceLang): string => cell(EVENT_KIND_WORDS[kind], lang);

export const RENEWAL_TEXT: Record<SentenceLang, Record<string, string>> = {
  zh: { undecided: '未决定', renew: '续签', let_expire: '不再续签', renewed: '已续签' },
  en: { undecided: 'Undecided', renew: 'To renew', let_expire: 'To let expire', renewed: 'Renewed' },
};
