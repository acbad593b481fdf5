import type { SourceInput } from '../records/source/source.schema.ts';

/**
 * What is known of each web page the demo's tables cite. Titles describe the
 * page (the stored copies do not always keep the page's own title); a date is
 * given only where the page, its address or the provenance notes state it.
 */
export const SOURCE_META: Record<string, Omit<SourceInput, 'url'>> = {
  'https://www.sz.gov.cn/szstory/202303/content/post_10486994.html': {
    kind: 'web_page', title: 'Shenzhen story: friendship cities (sz.gov.cn)', publisher: 'Shenzhen Municipal People’s Government', published: '2023-03', languages: ['zh'],
    note: 'Also on the Japanese page http://www.sz.gov.cn/szstoryjp/202303/content/post_10484437.html',
  },
  'https://wiki.niidae.com/index.php?action=edit&section=39&title=Shenzhen': {
    kind: 'web_page', title: 'Wikipedia, “Shenzhen”: Sister cities (copy at wiki.niidae.com)', publisher: 'wiki.niidae.com (copy of Wikipedia)', languages: ['en'],
    note: 'Copies the en.wikipedia “Shenzhen” article’s Sister cities section, which cites sz.gov.cn/en_szgov/govt/cities/sister/ (accessed May 2021); the stored copy stops after Brisbane.',
  },
  'http://www.poznan.pl/mim/main/en/shenzhen,p,19,74.html': {
    kind: 'web_page', title: 'Poznań partner cities: Shenzhen', publisher: 'City of Poznań', languages: ['en'],
  },
  'http://doczz.fr/doc/6450911/protocole-de-cooperation-entre-le-departement-de-la-vienn...': {
    kind: 'agreement', title: 'Protocole de coopération entre le Département de la Vienne et Shenzhen (copy at doczz.fr)', publisher: 'doczz.fr', languages: ['fr'],
  },
  'http://en.people.cn/english/200009/22/print20000922_51131.html': {
    kind: 'article', title: 'People’s Daily Online on Shenzhen’s friendship cities', publisher: 'People’s Daily Online', published: '2000-09-22', languages: ['en'],
  },
  'https://fao.sz.gov.cn/xxgk/gzdt/content/post_1148684.html': {
    kind: 'web_page', title: 'Shenzhen Foreign Affairs Office: Nuremberg and Shenzhen’s German partners', publisher: 'Shenzhen Foreign Affairs Office', languages: ['zh', 'en'],
  },
  'https://zuizhijiaoyu.com/en_szgov/govt/cities/sister/content/post_11657168.html': {
    kind: 'web_page', title: 'Shenzhen sister cities: Tsukuba (copy of sz.gov.cn)', publisher: 'zuizhijiaoyu.com (copy of sz.gov.cn/en_szgov)', languages: ['en'],
    note: 'Same path as www.sz.gov.cn/en_szgov/..., so a copy of the city’s English portal.',
  },
  'https://cairo.seha24.net/1844752': {
    kind: 'article', title: 'Interview with the director of the Shenzhen Foreign Affairs Office (copy of cairo24.com)', publisher: 'cairo.seha24.net (copy of cairo24.com)', published: '2023-08-07', languages: ['ar'],
  },
  'https://plovdiv24.bg/novini/plovdiv/Plovdiv-se-pobratimi-s-Shundzhun-nai-burzo-razvivashtiya-se-kitaiski-grad-464733?poll=pollresults': {
    kind: 'article', title: 'Пловдив се побратими с Шънджън', publisher: 'Plovdiv24', published: '2013-11-18', languages: ['bg'],
  },
  'http://www.chinadaily.com.cn/a/202505/19/WS682ad873a310a04af22c03c0.html': {
    kind: 'article', title: 'China Daily on the Shenzhen–Edinburgh friendship', publisher: 'China Daily', published: '2025-05-19', languages: ['en'],
  },
  'https://www.ice99.com/international/4356285.html': {
    kind: 'article', title: '深圳与巴塞罗那升级为友好城市', publisher: 'ice99.com', published: '2021-11-22', languages: ['zh'],
    note: 'Text cut off after “56个国家”.',
  },
  'http://www.huhuzc.cn/shenzhen/20151105/21088.html': {
    kind: 'article', title: '深圳與蒙特利爾締結友好交流城市 (copy of a Shenzhen newspaper)', publisher: 'huhuzc.cn (copy)', published: '2015-11-05', languages: ['zh-Hant'],
  },
  'https://zuizhijiaoyu.com/en_szgov/news/latest/content/post_11488620.html': {
    kind: 'web_page', title: 'Shenzhen and Christchurch (copy of sz.gov.cn)', publisher: 'zuizhijiaoyu.com (copy of sz.gov.cn/en_szgov)', languages: ['en'],
  },
  'http://www.sz.gov.cn/en_szgov/govt/cities/friendship/content/post_1312515.html': {
    kind: 'web_page', title: 'Shenzhen friendship cities: Charlotte', publisher: 'Shenzhen Municipal People’s Government', languages: ['en'],
  },
  'http://www.pressreader.com/france/le-courrier-des-yvelines-saint-germain-en-laye/20170412/281621010199238': {
    kind: 'article', title: 'Le Courrier des Yvelines on the Shenzhen accord', publisher: 'Le Courrier des Yvelines', published: '2017-04-12', languages: ['fr'],
  },
  'https://www.yidaiyilu.gov.cn/p/03I920A4.html': {
    kind: 'article', title: '深圳市与阿布扎比市签约建立友好交流城市关系', publisher: '中国一带一路网', languages: ['zh'],
  },
  'http://fao.sz.gov.cn/xxgk/zyxw/content/post_1131038.html': {
    kind: 'press_release', title: '深圳市与莫斯科市签约建立友好交流城市关系 / Shenzhen and Moscow sign MOU on friendship city relationship',
    publisher: 'Shenzhen Foreign Affairs Office', published: '2024-03-07', languages: ['zh', 'en'],
  },
  'https://zuizhijiaoyu.com/en_szgov/news/photos/content/post_11941606.html': {
    kind: 'web_page', title: 'Shenzhen and Vienna (copy of sz.gov.cn)', publisher: 'zuizhijiaoyu.com (copy of sz.gov.cn/en_szgov)', languages: ['en'],
  },
  'http://fosgift.com/n1/2024/0530/c1002-40246827.html': {
    kind: 'article', title: '深圳市與舊金山市簽署友好交流合作備忘錄 (copy of People’s Daily)', publisher: 'fosgift.com (copy of people.com.cn)', published: '2024-05-30', languages: ['zh-Hant'],
  },
  'https://ocamer.org/twinning-chinese-city-seeks-partnerships-with-cameroonian-counterparts/': {
    kind: 'article', title: 'Twinning: Chinese city seeks partnerships with Cameroonian counterparts', publisher: 'ocamer.org', languages: ['en'],
    note: 'Undated; cites 2016 revenue, so about 2017.',
  },
  'https://www.szft.gov.cn/en/photo/leaders/content/post_4519991.html': {
    kind: 'web_page', title: 'Futian District and Issy-les-Moulineaux', publisher: 'Futian District Government', languages: ['en'],
  },
  'https://www.busan.go.kr/eng/bsfshbusan': {
    kind: 'web_page', title: 'Busan sister and friendship cities: Shenzhen', publisher: 'Busan Metropolitan City', languages: ['en'],
  },
  'http://www.comune.torino.it/relint/inglese/accordi/shenzen.shtml': {
    kind: 'web_page', title: 'City of Turin international agreements: Shenzhen', publisher: 'Città di Torino', languages: ['en'],
  },
  'https://news.buzznet.ru/tat/e5b5c4ec0ba094dac59706d8e472e676560fbd14/a1f0878e6691a0e9a7aa30fdf14cc62f416b86c0': {
    kind: 'article', title: 'Казань и Шэньчжэнь — города-побратимы', publisher: 'buzznet.ru', languages: ['ru'],
  },
  'https://buenosaires.gob.ar/noticias/buenos-aires-firmo-un-convenio-de-cooperacion-con-la-ciudad-china-de-shenzhen': {
    kind: 'press_release', title: 'Buenos Aires firmó un convenio de cooperación con la ciudad china de Shenzhen', publisher: 'Gobierno de la Ciudad de Buenos Aires', languages: ['es'],
  },
  'https://www.10100.com/article/65944264': {
    kind: 'article', title: '深圳的国际友好城市新春祝福视频', publisher: '10100.com', published: '2021-02', languages: ['zh'],
    note: 'List of “国际友好城市” whose mayors recorded greeting videos in February 2021.',
  },
  'http://www.szdaily.com/content/2017-05/15/content_16219874.htm': {
    kind: 'article', title: 'Shenzhen Daily on the liaison officers’ conference', publisher: 'Shenzhen Daily', published: '2017-05-15', languages: ['en'],
  },
  'http://www.sznews.com/news/content/2021-10/29/content_24688200.htm': {
    kind: 'article', title: '深圳与休斯敦缔结友城35周年', publisher: '深圳新闻网', published: '2021-10-29', languages: ['zh'],
  },
  'https://www.houstonshenzhensistercity.org/about-us': {
    kind: 'web_page', title: 'Houston–Shenzhen Sister City Association: About us', publisher: 'Houston–Shenzhen Sister City Association', languages: ['en'],
  },
  'https://global.chinadaily.com.cn/bizchina/2013-11/11/content_17096007_2.htm': {
    kind: 'article', title: 'China Daily on Houston and Shenzhen', publisher: 'China Daily', published: '2013-11-11', languages: ['en'],
  },
  'http://en.people.cn/business/8453061.html': {
    kind: 'article', title: '“Invest in Shenzhen, Build a Winning Future” forum in Houston', publisher: 'People’s Daily Online', published: '2013-11-10', languages: ['en'],
  },
  'https://bsnews.it/2011/09/08/due-delegazioni-cinesi-in-visita-alla-camera-di-commercio-di-brescia/amp/?share=google-plus-1': {
    kind: 'article', title: 'Due delegazioni cinesi in visita alla Camera di Commercio di Brescia', publisher: 'BsNews', published: '2011-09-08', languages: ['it'],
  },
  'https://www.brisbane.qld.gov.au/about-council/governance-and-strategy/business-in-brisbane/growing-brisbanes-economy/international-business/brisbane-sister-cities/sister-city-shenzhen': {
    kind: 'web_page', title: 'Brisbane sister cities: Shenzhen', publisher: 'Brisbane City Council', languages: ['en'],
  },
  'http://magazynsplendor.pl/wizyta-mera-shenzhen-w-poznaniu/': {
    kind: 'article', title: 'Wizyta mera Shenzhen w Poznaniu', publisher: 'Magazyn Splendor', languages: ['pl'],
  },
  'https://www.aimf.asso.fr/actualite/cooperation-decentralisee-lome-et-shenzhen-revisitent-leur-partenariat/': {
    kind: 'article', title: 'Coopération décentralisée : Lomé et Shenzhen revisitent leur partenariat', publisher: 'AIMF', languages: ['fr'],
  },
  'https://togopresse.tg/la-chine-fait-don-de-vivres-et-non-vivres-aux-populations-demunies-du-grand-lome': {
    kind: 'article', title: 'La Chine fait don de vivres et non-vivres aux populations démunies du Grand Lomé', publisher: 'Togo Presse', languages: ['fr'],
  },
  'https://nuernberg.de/internet/international/shenzen_partnerschaft.html': {
    kind: 'web_page', title: 'Partnerschaft Nürnberg – Shenzhen', publisher: 'Stadt Nürnberg', languages: ['de'],
  },
  'http://www.marktspiegel.de/nuernberg/lokales/zwanzig-jahre-partnerschaft-mit-shenzhen-d21986.html': {
    kind: 'article', title: 'Zwanzig Jahre Partnerschaft mit Shenzhen', publisher: 'Marktspiegel', published: '2017-01', languages: ['de'],
  },
  'https://www.nuernberg.de/presse/mitteilungen/presse_51567.html': {
    kind: 'press_release', title: 'Nürnberger Delegation in Shenzhen', publisher: 'Stadt Nürnberg', languages: ['de'],
  },
  'http://www.marktspiegel.de/erlangen/lokales/gaeste-aus-shenzhen-auf-dem-berch-d24784.html': {
    kind: 'article', title: 'Gäste aus Shenzhen auf dem Berch', publisher: 'Marktspiegel', languages: ['de'],
  },
  'https://museums.nuernberg.de/museum-tucher-mansion/events/grenzenlos-festival/': {
    kind: 'web_page', title: '“grenzenlos” festival', publisher: 'Museen der Stadt Nürnberg', languages: ['en'],
  },
  'http://comune.torino.it/ucstampa/2007/article_20.shtml': {
    kind: 'press_release', title: 'Torino–Shenzhen cooperation agreement', publisher: 'Città di Torino', published: '2007', languages: ['it'],
  },
  'https://prokazan.ru/news/view/57706/': {
    kind: 'article', title: 'Казань и Шэньчжэнь подписали меморандум', publisher: 'ProKazan', languages: ['ru'],
  },
  'https://new.bg-china-partners.com/announcement/bcbda-initiated-the-twinning-of-plovdiv-and-shenzhen/': {
    kind: 'web_page', title: 'BCBDA initiated the twinning of Plovdiv and Shenzhen', publisher: 'Bulgarian-Chinese Business Development Association', languages: ['en'],
  },
  'http://senderistasvalencianos.com/news/content/2024-07/11/content_31069153.htm': {
    kind: 'article', title: 'Barcelona delegation in Shenzhen (copy of 深圳新闻网)', publisher: 'senderistasvalencianos.com (copy of sznews.com)', published: '2024-07-11', languages: ['zh'],
  },
  'http://www.syxj.com.cn/a/202505/20/WS682bf05ca310a04af22c0713_2.html': {
    kind: 'article', title: 'China Daily on Edinburgh and Shenzhen, page 2 (copy)', publisher: 'syxj.com.cn (copy of China Daily)', published: '2025-05-20', languages: ['en'],
  },
  'http://www.yuzhongnet.com/a/202505/20/WS682bf05ca310a04af22c0713_3.html': {
    kind: 'article', title: 'China Daily on Edinburgh and Shenzhen, page 3 (copy)', publisher: 'yuzhongnet.com (copy of China Daily)', published: '2025-05-20', languages: ['en'],
  },
  'http://www.yuzhongnet.com/a/202505/20/WS682bf05ca310a04af22c0713_4.html': {
    kind: 'article', title: 'China Daily on Edinburgh and Shenzhen, page 4 (copy)', publisher: 'yuzhongnet.com (copy of China Daily)', published: '2025-05-20', languages: ['en'],
  },
  'https://docslib.org/doc/12979953/visit-to-shenzhen-china-and-agreement-to-further-collaboration': {
    kind: 'other', title: 'City of Edinburgh Council: Visit to Shenzhen, China and agreement to further collaboration', publisher: 'docslib.org (copy of a council report)', published: '2018-10-02', languages: ['en'],
  },
  'https://lagazette-yvelines.fr/2017/03/03/campus-edf-departement-drague-entreprises-chinoises/': {
    kind: 'article', title: 'Le Département drague les entreprises chinoises', publisher: 'La Gazette en Yvelines', published: '2017-03-03', languages: ['fr'],
  },
  'http://lagazette-yvelines.fr/2017/04/19/cooperation-schenzhen-officialisee/': {
    kind: 'article', title: 'Coopération avec Shenzhen officialisée', publisher: 'La Gazette en Yvelines', published: '2017-04-19', languages: ['fr'],
  },
  'https://sznews.com/news/content/2024-04/16/content_30870395.htm': {
    kind: 'article', title: 'Shenzhen mayor meets San Francisco mayor', publisher: '深圳新闻网', published: '2024-04-16', languages: ['zh'],
  },
  'http://www.eyeshenzhen.com/content/2024-05/28/content_30976561.htm': {
    kind: 'article', title: 'Shenzhen and Vienna sign MOU', publisher: 'EyeShenzhen', published: '2024-05-28', languages: ['en'],
  },
  'https://www.newsgd.com/node_d36b0ef83f/340cabee92.shtml': {
    kind: 'article', title: 'San Jose hopes to become Shenzhen’s sister city', publisher: 'Newsgd.com', languages: ['en'],
  },
  'https://zuizhijiaoyu.com/fr_szgov/news/notices/content/post_11184337.html': {
    kind: 'web_page', title: 'Shenzhen et Moscou (copy of sz.gov.cn, French)', publisher: 'zuizhijiaoyu.com (copy of sz.gov.cn/fr_szgov)', languages: ['fr'],
  },
  'https://bnnbreaking.com/world/asia/shenzhen-and-moscow-forge-new-paths-with-memorandum-of-friendly-exchange-and-cooperation': {
    kind: 'article', title: 'Shenzhen and Moscow Forge New Paths with Memorandum of Friendly Exchange and Cooperation', publisher: 'BNN Breaking', published: '2024-03-07', languages: ['en'],
  },
};

/** The full texts the demo keeps, by the address they were published at. */
export const SOURCE_TEXTS: Record<string, string> = {
  'http://fao.sz.gov.cn/xxgk/zyxw/content/post_1131038.html': 'fao-sz-2024-03-07-moscow.txt',
  'https://bnnbreaking.com/world/asia/shenzhen-and-moscow-forge-new-paths-with-memorandum-of-friendly-exchange-and-cooperation': 'bnnbreaking-2024-03-07-moscow.txt',
};
