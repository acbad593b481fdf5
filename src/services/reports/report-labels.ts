import type { SentenceLang } from '../../domain/sentence.ts';

/** Every text the annual report shows, in Chinese and English. */
export const REPORT_TEXT = {
  zh: {
    title: (home: string, year: number) => `${home}国际友好城市工作年度报告（${year}年）`,
    generated: (at: string) => `生成于 ${at}`,
    asOf: (day: string) => `数据截至${day}`,
    summary: '概况', figures: '年末数字', published: '公布的数字',
    places: '伙伴城市', countries: '国家', sister: '友好城市', exchange: '友好交流城市', cooperation: '其他合作', unknown: '类型未明',
    partners: '伙伴城市一览', partner: '伙伴', country: '国家', type: '类型', status: '状态', since: '建立时间', health: '健康指数', events: '活动', visits: '访问',
    dormant: '趋于沉寂',
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
    places: 'Partner places', countries: 'Countries', sister: 'Sister cities', exchange: 'Friendly exchange cities', cooperation: 'Other cooperation', unknown: 'Rank not stated',
    partners: 'Partners', partner: 'Partner', country: 'Country', type: 'Type', status: 'Status', since: 'Since', health: 'Health', events: 'Events', visits: 'Visits',
    dormant: 'going dormant',
    yearEvents: 'Events of the year', date: 'Date', event: 'Event', kind: 'Kind', with: 'With',
    yearVisits: 'Visits of the year', from: 'From', head: 'Head', purpose: 'Purpose', approval: 'Approval', budget: 'Budget', cost: 'Actual cost', gifts: 'Gifts', outcomes: 'Outcomes',
    agreements: 'Agreements', signed: 'Signed this year', expiring: 'Expiring this year', renewal: 'Renewal',
    charts: 'Charts', growth: 'Growth of the network (cumulative)', eventsPerPartner: 'Events per partner this year', areas: 'Cooperation areas', year: 'Year', count: 'Count', ties: 'Ties', none: 'None',
    internal: 'Internal',
    growthSheet: 'Growth',
  },
} as const satisfies Record<SentenceLang, Record<string, unknown>>;

export const TYPE_TEXT: Record<SentenceLang, Record<string, string>> = {
  zh: { sister_city: '友好城市', friendly_exchange_city: '友好交流城市', cooperation: '其他合作', unknown: '类型未明' },
  en: { sister_city: 'Sister city', friendly_exchange_city: 'Friendly exchange city', cooperation: 'Cooperation', unknown: 'Rank not stated' },
};

export const STATUS_TEXT: Record<SentenceLang, Record<string, string>> = {
  zh: { proposed: '拟建', active: '活跃', dormant: '沉寂', suspended: '暂停', ended: '终止' },
  en: { proposed: 'Proposed', active: 'Active', dormant: 'Dormant', suspended: 'Suspended', ended: 'Ended' },
};

export const EVENT_KIND_TEXT: Record<SentenceLang, Record<string, string>> = {
  zh: { signing: '签约', incoming_visit: '来访', outgoing_visit: '出访', meeting: '会见会谈', online_meeting: '视频会晤', exhibition: '展览', forum: '论坛', other: '其他' },
  en: { signing: 'Signing', incoming_visit: 'Incoming visit', outgoing_visit: 'Outgoing visit', meeting: 'Meeting', online_meeting: 'Online meeting', exhibition: 'Exhibition', forum: 'Forum', other: 'Other' },
};

export const RENEWAL_TEXT: Record<SentenceLang, Record<string, string>> = {
  zh: { undecided: '未决定', renew: '续签', let_expire: '不再续签', renewed: '已续签' },
  en: { undecided: 'Undecided', renew: 'To renew', let_expire: 'To let expire', renewed: 'Renewed' },
};
