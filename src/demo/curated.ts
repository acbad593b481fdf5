import type { AliasInput } from '../domain/common.ts';
import type { OrganisationInput } from '../records/organisation/organisation.schema.ts';

/**
 * What the two source texts of 7 March 2024 say beyond the tables: the Moscow
 * memorandum, its signatories, the delegation's programme, the five-city
 * mechanism, the joint university and the WICCO membership. Records name places
 * by their gazetteer key and each other by the keys below.
 */
export const PRESS_RELEASE_URL = 'http://fao.sz.gov.cn/xxgk/zyxw/content/post_1131038.html';
export const RETELLING_URL =
  'https://bnnbreaking.com/world/asia/shenzhen-and-moscow-forge-new-paths-with-memorandum-of-friendly-exchange-and-cooperation';

type Org = Omit<OrganisationInput, 'placeId' | 'members'> & { place?: string; quote?: string };

export const ORGANISATIONS: Record<string, Org> = {
  shenzhenGovernment: {
    kind: 'government_body',
    place: 'Shenzhen',
    names: { zh: '深圳市人民政府', en: 'Shenzhen Municipal People’s Government' },
  },
  shenzhenFao: {
    kind: 'government_body',
    place: 'Shenzhen',
    names: { zh: '深圳市人民政府外事办公室', en: 'Foreign Affairs Office of the Shenzhen Municipal People’s Government' },
    aliases: [{ name: 'Shenzhen FAO', lang: 'en' }],
  },
  moscowGovernment: {
    kind: 'government_body',
    place: 'Moscow',
    names: { zh: '莫斯科市政府', en: 'Moscow City Government', ru: 'Правительство Москвы' },
  },
  moscowForeignDepartment: {
    kind: 'government_body',
    place: 'Moscow',
    names: {
      zh: '莫斯科市对外经济和国际联络局',
      en: 'Department of Foreign Economic and International Connections of Moscow',
      ru: 'Департамент внешнеэкономической деятельности и международных связей города Москвы',
    },
    aliases: [{ name: 'Department of Foreign Economic Activity and International Relations of Moscow', lang: 'en' }],
    quote: '市对外经济和国际联络局 / Head of the Department of Foreign Economic and International Connections',
  },
  uamCentre: {
    kind: 'other',
    place: "Bao'an",
    names: { zh: '宝安区城市空中交通运营示范中心', en: 'Bao’an District Urban Air Traffic Operation Demonstration Center' },
    quote: '宝安区城市空中交通运营示范中心 / the Bao’an District Urban Air Traffic Operation Demonstration Center',
  },
  busGroup: {
    kind: 'company',
    place: 'Shenzhen',
    names: { zh: '深圳巴士集团', en: 'Shenzhen Bus Group' },
    aliases: [{ name: '巴士集团', lang: 'zh', origin: 'source' }],
    quote: '巴士集团 / Shenzhen Bus Group',
  },
  trafficCommandCentre: {
    kind: 'government_body',
    place: 'Shenzhen',
    names: {
      zh: '深圳交通局综合交通运行指挥中心',
      en: 'Shenzhen Transportation Bureau Comprehensive Traffic Operation and Command Center',
    },
    quote: '深圳交通局综合交通运行指挥中心 / Shenzhen Transportation Bureau Comprehensive Traffic Operation and Command Center',
  },
  byd: {
    kind: 'company',
    place: 'Shenzhen',
    names: { zh: '比亚迪', en: 'BYD' },
    aliases: [
      { name: '比亚迪公司', lang: 'zh', origin: 'source' },
      { name: 'BYD Company', lang: 'en' },
    ],
    quote: '比亚迪公司 / BYD',
  },
  hytera: {
    kind: 'company',
    place: 'Shenzhen',
    names: { zh: '海能达', en: 'Hytera' },
    aliases: [
      { name: '海能达公司', lang: 'zh', origin: 'source' },
      { name: 'Hytera Communications', lang: 'en' },
    ],
    quote: '海能达公司 / Hytera',
  },
  msu: {
    kind: 'university',
    place: 'Moscow',
    names: {
      zh: '莫斯科国立大学',
      en: 'Lomonosov Moscow State University',
      ru: 'Московский государственный университет имени М. В. Ломоносова',
    },
    aliases: [
      { name: 'MSU', lang: 'en' },
      { name: 'МГУ', lang: 'ru' },
    ],
  },
  bit: {
    kind: 'university',
    names: { zh: '北京理工大学', en: 'Beijing Institute of Technology' },
    aliases: [
      { name: 'BIT', lang: 'en' },
      { name: '北理', lang: 'zh' },
    ],
  },
  msuBit: {
    kind: 'university',
    place: 'Longgang',
    names: { zh: '深圳北理莫斯科大学', en: 'Shenzhen MSU-BIT University', ru: 'Университет МГУ-ППИ в Шэньчжэне' },
    aliases: [{ name: 'SMBU', lang: 'en' }],
    note: 'Its co-founders are read from its name (北理 = BIT, 莫斯科大学 = MSU).',
    quote: '深圳北理莫斯科大学现已成为中俄科教合作的重要平台和人文交流的重要桥梁。',
  },
  moscowInnovationCluster: {
    kind: 'association',
    place: 'Moscow',
    names: { zh: '莫斯科创新集群', en: 'Moscow Innovation Cluster', ru: 'Московский инновационный кластер' },
    quote: '莫斯科市创新型产业集群——莫斯科创新集群加入世界创新城市合作组织。',
  },
  wicco: {
    kind: 'international_organisation',
    place: 'Shenzhen',
    names: { zh: '世界创新城市合作组织', en: 'World Innovative Cities Cooperation Organization' },
    aliases: [{ name: 'WICCO', lang: 'en', origin: 'source' }],
    quote: 'joined the World Innovative Cities Cooperation Organization (WICCO)',
  },
};

export interface CuratedPerson {
  names: Record<string, string>;
  aliases?: AliasInput[];
  positions: { title: Record<string, string>; organisation?: string; place?: string; from?: string | null; to?: string | null }[];
  /** The spelling events.csv uses, so its rows join this record. */
  csvName?: string;
}

export const PEOPLE: Record<string, CuratedPerson> = {
  wangShourui: {
    names: { zh: '王守睿', en: 'Wang Shourui' },
    positions: [{ title: { zh: '深圳市副市长', en: 'Vice Mayor of Shenzhen' }, place: 'Shenzhen', organisation: 'shenzhenGovernment' }],
    csvName: 'Wang Shourui',
  },
  cheryomin: {
    names: { zh: '切廖明', en: 'Sergey Cheryomin', ru: 'Сергей Черёмин' },
    aliases: [
      { name: 'Cheryomin', lang: 'en', origin: 'source', note: 'surname only, as in the Shenzhen press release' },
      { name: 'Sergey Cheremin', lang: 'en', origin: 'source', note: 'ё written as e, as in BNN Breaking, 7 March 2024' },
    ],
    positions: [
      {
        title: { zh: '莫斯科市政府部长', en: 'Minister of the Moscow City Government', ru: 'министр Правительства Москвы' },
        organisation: 'moscowGovernment',
        place: 'Moscow',
      },
      {
        title: {
          zh: '莫斯科市对外经济和国际联络局局长',
          en: 'Head of the Department of Foreign Economic and International Connections',
          ru: 'руководитель Департамента внешнеэкономической деятельности и международных связей города Москвы',
        },
        organisation: 'moscowForeignDepartment',
        place: 'Moscow',
      },
    ],
    csvName: 'Sergey Cheryomin',
  },
};

export const MOSCOW_TIE_AREAS = ['economy_trade', 'science_technology', 'transport', 'culture', 'education', 'health'];

export const SIGNATORY_TITLES = {
  wangShourui: { zh: '副市长', en: 'Vice Mayor' },
  cheryomin: {
    zh: '莫斯科市政府部长、市对外经济和国际联络局局长',
    en: 'Minister of the Moscow City Government and Head of the Department of Foreign Economic and International Connections',
  },
};

export const MEMORANDUM = {
  titles: {
    zh: '深圳市与莫斯科市友好交流合作备忘录',
    en: 'Memorandum of Understanding on Friendly Exchange and Cooperation between Shenzhen and Moscow',
  },
  quote: '副市长王守睿代表深圳市与莫斯科市政府部长、市对外经济和国际联络局局长切廖明签署友好交流合作备忘录。',
};

/** The delegation's programme, in the order the press release gives it. */
export const ITINERARY: { org?: string; place?: string; title?: Record<string, string>; purpose: Record<string, string> }[] = [
  {
    place: 'Shenzhen',
    title: { zh: '签署友好交流合作备忘录', en: 'Signing of the memorandum on friendly exchange and cooperation' },
    purpose: { zh: '签约', en: 'Signing' },
  },
  {
    place: 'Shenzhen',
    title: { zh: '深圳—莫斯科交通合作交流会', en: 'Shenzhen-Moscow Transportation Cooperation and Exchange Meeting' },
    purpose: { zh: '交通合作交流', en: 'Transport cooperation meeting' },
  },
  { org: 'uamCentre', purpose: { zh: '参观', en: 'Site visit' } },
  { org: 'busGroup', purpose: { zh: '参观', en: 'Site visit' } },
  { org: 'trafficCommandCentre', purpose: { zh: '参观', en: 'Site visit' } },
  { org: 'byd', purpose: { zh: '参观', en: 'Site visit' } },
  { org: 'hytera', purpose: { zh: '参观', en: 'Site visit' } },
  { place: 'Shenzhen North Railway Station', purpose: { zh: '参观', en: 'Site visit' } },
];

export const NORTH_STATION = {
  names: { zh: '深圳北站', en: 'Shenzhen North Railway Station' },
  parent: 'Longhua',
  lat: 22.61,
  lng: 114.03,
};

export const MECHANISM = {
  names: {
    zh: '中俄两国五城定期接触机制',
    en: 'China–Russia Two Countries, Five Cities Regular Contact Mechanism',
    ru: 'Механизм регулярных контактов пяти городов Китая и России',
  },
  aliases: [
    { name: '两国五城定期接触机制', lang: 'zh', origin: 'source' },
    { name: 'mechanism for regular contact', lang: 'en', origin: 'source' },
  ],
  established: '2022',
  description: {
    zh: '2022年，深圳市联合哈尔滨市，与俄罗斯莫斯科、圣彼得堡、叶卡捷琳堡建立两国五城定期接触机制。',
    en: 'In 2022, Shenzhen, together with Harbin, and Moscow, St. Petersburg and Yekaterinburg, established a mechanism for regular contact.',
  },
  members: ['Shenzhen', 'Harbin', 'Moscow', 'Saint Petersburg', 'Yekaterinburg'],
  quote: '2022年,我市联合哈尔滨市,与俄罗斯莫斯科、圣彼得堡、叶卡捷琳堡建立两国五城定期接触机制',
  activities: [
    {
      kind: 'online_meeting' as const,
      titles: { zh: '中俄两国五城市领导视频会晤', en: 'Online meeting of the leaders of the five Chinese and Russian cities' },
      quote: '开展中俄两国五城市领导视频会晤',
    },
    {
      kind: 'exhibition' as const,
      titles: { zh: '中俄油画展', en: 'Chinese-Russian Oil Painting Exhibition' },
      quote: '中俄油画展等友好交流系列活动',
    },
  ],
};

/** Published figures in the two texts of 7 March 2024 that figures.csv does not hold. */
export const PRESS_RELEASE_FIGURE = {
  asOf: '2024-03-07',
  places: 93,
  countries: 58,
  quote: '已与全球58个国家的93个城市建立了友好城市或友好交流城市关系',
  description: {
    zh: '深圳已与全球58个国家的93个城市建立了友好城市或友好交流城市关系',
    en: 'Shenzhen has established friendship or sister city ties with 93 cities in 58 countries',
  },
};

/** Where partners.csv's cooperation areas go in the registry's vocabulary. */
export const AREA_TERMS: Record<string, string[]> = {
  business: ['economy_trade'],
  trade: ['economy_trade'],
  commerce: ['economy_trade'],
  economy: ['economy_trade'],
  'economy and trade': ['economy_trade'],
  'economy, trade and investment': ['economy_trade'],
  industry: ['economy_trade'],
  finance: ['economy_trade'],
  'science and technology': ['science_technology'],
  'science and technology innovation': ['science_technology'],
  'technological innovation': ['science_technology'],
  technology: ['science_technology'],
  education: ['education'],
  culture: ['culture'],
  'creative industries': ['culture'],
  'culture and sports': ['culture', 'sport'],
  'culture and tourism': ['culture', 'tourism'],
  sport: ['sport'],
  sports: ['sport'],
  tourism: ['tourism'],
  healthcare: ['health'],
  health: ['health'],
  'environmental protection': ['environment'],
  'smart city': ['urban_management'],
  'town planning': ['urban_management'],
  architecture: ['urban_management'],
  transport: ['transport'],
  'green transport': ['transport', 'environment'],
};

/** What the tables cannot say in their columns: how a tie's history reads beyond one date. */
export const TIE_NOTES: Record<string, string> = {
  Houston:
    'Three dates are published: March 1986 (sz.gov.cn), April 1986 (Shenzhen FAO via sznews, 2021) and October 1989 (Wikipedia: the signing ceremony in Houston). The registry keeps March 1986, the city government’s own account.',
  Brescia: 'Wikipedia lists Brescia as a city; People’s Daily (2000) says Brescia province. Recorded as a province.',
  Luxor: '“Strong relations since 2007”, as the Shenzhen FAO director told Egyptian media in 2023: not necessarily a signing date.',
  Plovdiv:
    'The memorandum was exchanged on 17 November 2013 (plovdiv24); the twinning agreement itself was signed during the mayor’s visit in March 2014 (BCBDA).',
  Edinburgh: 'May 2019 is worked out from “celebrating its sixth anniversary this May” (China Daily, 2025). An MoU was signed in 2013.',
  Barcelona: 'Friendly exchange city from 2012, upgraded to sister city on 22 November 2021.',
  'Frankfurt am Main':
    'The FAO’s English text contrasts the sister city Nuremberg with “friendship city ties” with Frankfurt, Berlin and Hanover; read as friendly exchange cities.',
  Berlin: 'Read as a friendly exchange city from the FAO’s English text (see Frankfurt am Main).',
  Hanover: 'Read as a friendly exchange city from the FAO’s English text (see Frankfurt am Main).',
  Kazan:
    'Tatarstan says twin cities “since 2012”; the memorandum was signed on 29 April, year not visible on the Kazan portal. Shenzhen’s own classification was not found.',
  Samara: 'Named among cities “already twinned” with Shenzhen at the ceremony of 17 November 2013; no date of its own.',
  Busan: 'Busan calls it a “friendship city agreement”; Shenzhen’s classification was not found.',
  Turin: 'Turin treats it as a cooperation agreement; Turin’s twin in China is Shenyang.',
  'Buenos Aires': 'An “acuerdo de intercambio y cooperación” signed by Mauricio Macri; the page is undated.',
  Helsinki: 'Named only in a February 2021 list of Shenzhen’s “国际友好城市” that recorded greeting videos.',
  Milan: 'Named only in a February 2021 list of Shenzhen’s “国际友好城市” that recorded greeting videos.',
  'Walloon Brabant': 'Named only in a February 2021 list of Shenzhen’s “国际友好城市” that recorded greeting videos.',
  Atlanta: 'One of “16 of Shenzhen’s friendship cities” at the liaison officers’ conference of May 2017.',
  'Vienne (département)': 'A French département. People’s Daily (2000) lists Vienne among Shenzhen’s friendship cities.',
  'Yvelines (département)':
    'A French département; “memorandum of friendly exchanges and cooperation” per qisebao.com.cn, a “jumelage” or “accord de coopération décentralisée” in the French press.',
};

/** Ties whose first step is a source showing them already in place, not their founding. */
export const ATTESTED_BY: Record<string, { date: string; url: string; quote: string }> = {
  Samara: {
    date: '2013-11-17',
    url: 'https://plovdiv24.bg/novini/plovdiv/Plovdiv-se-pobratimi-s-Shundzhun-nai-burzo-razvivashtiya-se-kitaiski-grad-464733?poll=pollresults',
    quote: 'Кметовете и председатели на Общински съвети на вече побратимените с Шънджън градове Хюстън, Познан, Барселона, Самара',
  },
  Helsinki: { date: '2021-02', url: 'https://www.10100.com/article/65944264', quote: '深圳的国际友好城市——……芬兰赫尔辛基市' },
  Milan: { date: '2021-02', url: 'https://www.10100.com/article/65944264', quote: '深圳的国际友好城市——……意大利米兰市' },
  'Walloon Brabant': {
    date: '2021-02',
    url: 'https://www.10100.com/article/65944264',
    quote: '深圳的国际友好城市——……比利时布拉班特-瓦隆省',
  },
  Atlanta: {
    date: '2017-05-12',
    url: 'http://www.szdaily.com/content/2017-05/15/content_16219874.htm',
    quote: 'liaison officers from 16 of Shenzhen’s friendship cities ... Taylor Woodruff, chief of protocol in the City of Atlanta',
  },
};

/** Sources that give a different value for a tie's date than the one the registry keeps. */
export const DATE_CLAIMS: { partner: string; url: string; value: string; quote: string | null; note: string | null }[] = [
  {
    partner: 'Houston',
    url: 'https://www.sz.gov.cn/szstory/202303/content/post_10486994.html',
    value: '1986-03',
    quote: '次年3月,在休斯敦市建市150周年之际,两市正式缔结友好城市',
    note: null,
  },
  {
    partner: 'Houston',
    url: 'http://www.sznews.com/news/content/2021-10/29/content_24688200.htm',
    value: '1986-04',
    quote: null,
    note: 'Shenzhen FAO: the agreement establishing the friendship-city relationship was signed in April 1986.',
  },
  {
    partner: 'Houston',
    url: 'https://wiki.niidae.com/index.php?action=edit&section=39&title=Shenzhen',
    value: '1989-10',
    quote: null,
    note: 'Wikipedia: a Shenzhen delegation attended the sister-city signing ceremony in Houston in October 1989.',
  },
  {
    partner: 'Houston',
    url: 'https://www.houstonshenzhensistercity.org/about-us',
    value: '1986',
    quote: null,
    note: 'HSSCA: the mayor of Shenzhen visited Houston and signed the sister-city agreement in 1986.',
  },
  {
    partner: 'Plovdiv',
    url: 'https://plovdiv24.bg/novini/plovdiv/Plovdiv-se-pobratimi-s-Shundzhun-nai-burzo-razvivashtiya-se-kitaiski-grad-464733?poll=pollresults',
    value: '2013-11-17',
    quote: 'Меморандум за побратимяване между Пловдив и Шънджън размениха вчера в Шънджън, Китай',
    note: null,
  },
  {
    partner: 'Plovdiv',
    url: 'https://new.bg-china-partners.com/announcement/bcbda-initiated-the-twinning-of-plovdiv-and-shenzhen/',
    value: '2014-03',
    quote: null,
    note: 'BCBDA: the twinning agreement was signed during Mayor Xu Qin’s visit in March 2014.',
  },
  {
    partner: 'Edinburgh',
    url: 'http://www.yuzhongnet.com/a/202505/20/WS682bf05ca310a04af22c0713_3.html',
    value: '2019',
    quote: 'In 2019, the two cities officially twinned',
    note: null,
  },
];

/** Where sources disagree on a tie's date: the value the office keeps, and why. */
export const DATE_DECISIONS: { partner: string; value: string; reason: string }[] = [
  {
    partner: 'Houston',
    value: '1986-03',
    reason:
      'The city government’s own account (sz.gov.cn): the cities were twinned in March 1986, on Houston’s 150th anniversary. April 1986 (FAO, 2021) and October 1989 (Wikipedia) are kept as the sources give them.',
  },
  {
    partner: 'Plovdiv',
    value: '2013-11-17',
    reason:
      'The twinning memorandum was exchanged in Shenzhen on 17 November 2013 (plovdiv24, the next day); the agreement signed in March 2014 confirmed a tie already made.',
  },
];
