import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';
import { Gazetteer } from './gazetteer.ts';

const placeEntries = [
  { kind: 'place' as const, id: 'tianjin', name: '天津', alias: false },
  { kind: 'place' as const, id: 'halifax', name: 'Halifax', alias: false },
  { kind: 'place' as const, id: 'aachen', name: 'Aachen', alias: false },
  { kind: 'place' as const, id: 'barcelona', name: 'Barcelona', alias: false },
];
const gazetteer = new Gazetteer([
  { kind: 'place', id: 'tianjin', name: '天津', alias: false },
  { kind: 'place', id: 'philadelphia', name: '费城', alias: false },
  { kind: 'place', id: 'halifax', name: 'Halifax', alias: false },
  { kind: 'place', id: 'aachen', name: 'Aachen', alias: false },
  { kind: 'place', id: 'barcelona', name: 'Barcelona', alias: false },
  { kind: 'place', id: 'shaoxing', name: '绍兴市', alias: false },
  { kind: 'place', id: 'taupo', name: '陶波市', alias: false },
  { kind: 'place', id: 'subotica', name: '苏博蒂察市', alias: false },
  { kind: 'place', id: 'edinburgh', name: '爱丁堡市', alias: false },
  { kind: 'place', id: 'london', name: '伦敦', alias: false },
  { kind: 'place', id: 'tustin', name: 'Tustin', alias: false },
  { kind: 'place', id: 'tianjin-en', name: 'Tianjin', alias: false },
  { kind: 'place', id: 'heyuan', name: 'Heyuan', alias: false },
  { kind: 'place', id: 'yorba', name: 'Yorba Linda', alias: false },
  { kind: 'place', id: 'tongchuan', name: 'Tongchuan', alias: false },
  { kind: 'place', id: 'chicago', name: 'Chicago', alias: false },
  { kind: 'place', id: 'tsukuba', name: 'Tsukuba', alias: false },
  { kind: 'place', id: 'grenoble', name: 'Grenoble', alias: false },
  { kind: 'place', id: 'irvine', name: 'Irvine', alias: false },
  { kind: 'place', id: 'shenzhen', name: 'Shenzhen', alias: false },
  { kind: 'place', id: 'houston', name: 'Houston', alias: false },
  { kind: 'place', id: 'shanghai', name: 'Shanghai', alias: false },
  { kind: 'place', id: 'guangdong', name: 'Guangdong', alias: false },
  { kind: 'place', id: 'guangdong-zh', name: '广东省', alias: false },
  { kind: 'place', id: 'shenzhen-zh', name: '深圳市', alias: false },
  { kind: 'person', id: 'bower', name: 'Muriel Bower', alias: false },
  { kind: 'person', id: 'wang', name: '王凤朝', alias: false },
  { kind: 'person', id: 'won', name: '元康修', alias: false },
  { kind: 'person', id: 'richardson', name: 'Karen Richardson', alias: false },
]);
const claims = (text: string, lang: 'zh' | 'en') => extractClaims([{ text, lang, pairedWith: null }], gazetteer, 2024, '2024-04-24');
const ofKind = (text: string, lang: 'zh' | 'en', kind: string) => claims(text, lang).filter((c) => c.normalised.kind === kind);

describe('frames over real sentences', () => {
  it('reads the years a Chinese sentence says a tie has lasted as its anniversary', () => {
    const [one] = ofKind('天津与费城结为友城这45年来，交流不断。', 'zh', 'anniversary');
    expect(one?.normalised).toMatchObject({ years: 45, inYear: 2024, impliesEstablished: '1979' });
  });

  it('reads partners listed after a colon, or between the subject and its partners, each with its country aside', () => {
    const ties = (text: string) => ofKind(text, 'en', 'relationship').map((c) => (c.normalised as { placeIds: string[] }).placeIds);
    expect(ties('Tianjin has three sister cities: Halifax in Canada, Aachen in Germany and Barcelona in Spain.')).toEqual([
      ['tianjin-en', 'halifax'],
      ['tianjin-en', 'aachen'],
      ['tianjin-en', 'barcelona'],
    ]);
    expect(ties('Sister city ties exist between Tianjin and Halifax in Canada, Aachen in Germany and Barcelona in Spain.')).toEqual([
      ['tianjin-en', 'halifax'],
      ['tianjin-en', 'aachen'],
      ['tianjin-en', 'barcelona'],
    ]);
  });

  it('reads sister provinces as a tie, and two counts of one kind in a sentence as two figures', () => {
    const [tie] = ofKind('In 1983, Halifax and Aachen became sister provinces.', 'en', 'relationship');
    expect(tie?.normalised).toMatchObject({ placeIds: ['halifax', 'aachen'], type: 'sister_city', date: '1983' });
    const counts = ofKind('Tianjin has established friendly ties with 220 Japanese cities and 73 ROK cities.', 'en', 'figure');
    expect(counts.map((c) => (c.normalised as { places: number }).places)).toEqual([220, 73]);
  });

  it("reads a tie's years, not those of a document named before it", () => {
    const [one] = ofKind('今年是《中日和平友好条约》缔结40周年，也是天津与费城缔结友好城市30周年。', 'zh', 'anniversary');
    expect(one?.normalised).toMatchObject({ years: 30, inYear: 2024, impliesEstablished: '1994' });
  });

  it('reads a Chinese province written before its city as where the city is, not as a side of a tie', () => {
    const ties = ofKind('曲靖市与深圳市缔结友好城市合作签约仪式在广东省深圳市举行。', 'zh', 'relationship');
    expect(ties.map((c) => (c.normalised as { placeNames: string[] }).placeNames)).toEqual([['曲靖市', '深圳市']]);
  });

  it('reads the partners of a clause going on after a visit, each with the person who signed for it, with the sentence’s subject', () => {
    const ties = ofKind(
      '6月28日至7月10日，天津市市长张三率团先后对伦敦、爱丁堡市进行访问，并与伦敦市长李四、爱丁堡市市长王五分别签署了缔结友好城市协议书。',
      'zh',
      'relationship',
    );
    expect(ties.map((c) => [(c.normalised as { placeIds: string[] }).placeIds, (c.normalised as { date: string }).date])).toEqual([
      [['tianjin', 'london'], '2024'],
      [['tianjin', 'edinburgh'], '2024'],
    ]);
  });

  it('reads a network’s count after the words it counts, 国际友好城市 as the whole network', () => {
    const counts = (text: string) => ofKind(text, 'zh', 'figure').map((c) => c.normalised);
    expect(counts('这使天津市的国际友好城市达到25个。')).toMatchObject([{ places: 25 }]);
    expect(counts('截至目前共缔结国际友城23对、友好交流城市20对。')).toMatchObject([{ sisterCities: 23, friendlyExchangeCities: 20 }]);
    expect(counts('天津的国际友好城市和友好交流城市总数增至73个。')).toMatchObject([{ places: 73 }]);
    expect(counts('天津已与13国22城结为友好城市。')).toEqual([{ kind: 'figure', countries: 13, places: 22, asOf: null }]);
    expect(counts('天津已与13个国际城市缔结为友好城市。')).toEqual([{ kind: 'figure', sisterCities: 13, asOf: null }]);
    expect(counts('目前，天津有国际友好和友好交流城市共37个。')).toEqual([{ kind: 'figure', places: 37, asOf: null }]);
    // Alone, the cities of 'N个国家的M个城市' are the whole network, whatever the rank word after them.
    expect(counts('天津已与58个国家的93个城市结为友好城市。')).toEqual([{ kind: 'figure', countries: 58, places: 93, asOf: null }]);
  });

  it('reads 友好合作城市 and friendly exchanges existing between cities as the friendly exchange rank', () => {
    const [zh] = ofKind('天津市与友好合作城市日本伦敦签署了框架协议。', 'zh', 'relationship');
    expect(zh?.normalised).toMatchObject({ type: 'friendly_exchange_city' });
    const en = ofKind(
      'Friendly exchanges also exist between Tianjin and Halifax in Canada, Aachen in Germany and Barcelona in Spain.',
      'en',
      'relationship',
    );
    expect(en.map((c) => (c.normalised as { type: string }).type)).toEqual([
      'friendly_exchange_city',
      'friendly_exchange_city',
      'friendly_exchange_city',
    ]);
  });

  it('reads partners listed with semicolons, each with its country, and no date for a tie suspended', () => {
    const ties = ofKind('Tianjin has three twin cities: Halifax, Canada; Aachen, Germany; and Barcelona, Spain.', 'en', 'relationship');
    expect(ties.map((c) => (c.normalised as { placeIds: string[] }).placeIds)).toEqual([
      ['tianjin-en', 'halifax'],
      ['tianjin-en', 'aachen'],
      ['tianjin-en', 'barcelona'],
    ]);
    const [suspended] = ofKind('Halifax has suspended its sister-city relationship with Aachen as of March 2022.', 'en', 'relationship');
    expect(suspended?.normalised).toMatchObject({ placeIds: ['halifax', 'aachen'], date: null });
    // A tie made already ('已经…结成了') is not of the day the sentence before tells.
    const [already] = claims('11月15日，天津市长会见来宾。天津已经与费城结成了姐妹城市。', 'zh').filter(
      (c) => c.normalised.kind === 'relationship',
    );
    expect(already?.normalised).toMatchObject({ date: null });
    // A visit to a twin city in November 2024 tells a visit, not when the tie was made.
    const [visited] = ofKind(
      'The Mayor of Halifax is leading a delegation to its twin city of Aachen in November 2024.',
      'en',
      'relationship',
    );
    expect(visited?.normalised).toMatchObject({ date: null });
    const [made] = ofKind('Halifax and Aachen became twin cities in November 1979.', 'en', 'relationship');
    expect(made?.normalised).toMatchObject({ date: '1979-11' });
  });

  it('reads a clause counting the partners of one rank as a figure of that rank, apart from the network', () => {
    const counts = (text: string, lang: 'zh' | 'en') => ofKind(text, lang, 'figure').map((c) => c.normalised);
    expect(
      counts(
        '天津已与47个国家的86个城市建立了友好关系，其中与26个国家的29个城市结为友好城市，与32个国家的57个城市结为友好合作城市。',
        'zh',
      ),
    ).toEqual([
      { kind: 'figure', countries: 47, places: 86, asOf: null },
      { kind: 'figure', sisterCities: 29, asOf: null },
      { kind: 'figure', friendlyExchangeCities: 57, asOf: null },
    ]);
    expect(
      counts('Tianjin has partners in 7 cities in 5 sister countries and 18 cities in 10 friendly cooperation countries.', 'en'),
    ).toEqual([
      { kind: 'figure', sisterCities: 7, asOf: null },
      { kind: 'figure', friendlyExchangeCities: 18, asOf: null },
    ]);
    // Both ranks counted together are the network's.
    expect(counts('天津已与21个国家的43个城市缔结了友好城市和友好交流关系城市。', 'zh')).toEqual([
      { kind: 'figure', countries: 21, places: 43, asOf: null },
    ]);
  });

  it('reads the years of a tie’s exchanges, an anniversary of a year, and one to come', () => {
    expect(ofKind('回顾44年的友城交往之路，天津与费城合作不断。', 'zh', 'anniversary')[0]?.normalised).toMatchObject({ years: 44 });
    expect(ofKind('费城与天津的合作已有 25 年之久。', 'zh', 'anniversary')[0]?.normalised).toMatchObject({ years: 25 });
    expect(ofKind('The 25-year relationship between Halifax and Aachen was celebrated.', 'en', 'anniversary')[0]?.normalised).toMatchObject(
      { years: 25 },
    );
    expect(
      ofKind('The visit marks the one year anniversary of the Halifax and Aachen twinning.', 'en', 'anniversary')[0]?.normalised,
    ).toMatchObject({
      years: 1,
    });
    expect(ofKind('希望以庆祝天津与费城结好40周年为契机，推动合作。', 'zh', 'anniversary')[0]?.normalised).toMatchObject({
      years: 40,
      inYear: null,
      upcoming: true,
    });
    expect(
      ofKind('Halifax and Aachen will celebrate the 50th anniversary of their twinning next year.', 'en', 'anniversary')[0]?.normalised,
    ).toMatchObject({
      years: 50,
      inYear: 2025,
    });
  });

  it('reads the anniversary after a year the sentence also names', () => {
    const [one] = ofKind('天津与费城自1979年结好，今年迎来结好四十五周年。', 'zh', 'anniversary');
    expect(one?.normalised).toMatchObject({ years: 45, inYear: 2024, impliesEstablished: '1979' });
  });

  it('reads the counts one sentence gives of a network as one figure, and two dates of counts as two', () => {
    const one = ofKind('截至2022年9月，天津已与57个国家的90个省市地区缔结了友好关系（包括24对友城和66对友好交流城市）。', 'zh', 'figure');
    expect(one.map((c) => c.normalised)).toEqual([
      { kind: 'figure', countries: 57, places: 90, sisterCities: 24, friendlyExchangeCities: 66, asOf: '2022-09' },
    ]);
    expect(one[0]!.text).toContain('57个国家');
    expect(one[0]!.text).toContain('66对友好交流城市');
  });

  it('reads a count as of the text’s date when the sentence dates only where the count began', () => {
    const since = ofKind(
      'Since its first pair of sister cities established in 1973, 2315 pairs have been formed with 134 countries.',
      'en',
      'figure',
    );
    expect(since[0]?.normalised).toMatchObject({ pairs: 2315, countries: 134, asOf: null });
    const zh = ofKind('自1973年以来，天津已与57个国家的90个城市缔结友好关系。', 'zh', 'figure');
    expect(zh[0]?.normalised).toMatchObject({ places: 90, asOf: null });
  });

  it('reads what the story’s two cities did together as an event of both', () => {
    const [joint] = ofKind('天津与费城缔结友好城市。活动期间，两市共同举办了文艺演出和图片展。', 'zh', 'event');
    expect(joint?.normalised).toMatchObject({ placeIds: ['tianjin', 'philadelphia'] });
  });

  it('reads a visit to one city as a visit, not as a site on a programme', () => {
    const [one, ...rest] = ofKind('The Mayor of Halifax visited Aachen on December 2 to explore more cooperation.', 'en', 'event');
    expect(rest).toHaveLength(0);
    expect(one?.normalised).toMatchObject({ what: 'named_event', placeIds: ['halifax', 'aachen'] });
  });

  it('reads ties listed in one sentence as one claim each, each clause with its own rank, and signings listed as one each', () => {
    const ties = (text: string, lang: 'zh' | 'en') =>
      ofKind(text, lang, 'relationship').map((c) => [
        ...(c.normalised as { placeIds: string[] }).placeIds,
        (c.normalised as { type: string }).type,
      ]);
    expect(ties('绍兴市市长代表绍兴市分别与新西兰陶波市、塞尔维亚苏博蒂察市签订了友好交流关系协议书。', 'zh')).toEqual([
      ['shaoxing', 'taupo', 'friendly_exchange_city'],
      ['shaoxing', 'subotica', 'friendly_exchange_city'],
    ]);
    expect(ties('深圳与英国爱丁堡市互为友好城市，与伦敦及苏格兰地区互为友好交流城市。', 'zh').slice(0, 2)).toEqual([
      [null, 'edinburgh', 'sister_city'],
      [null, 'london', 'friendly_exchange_city'],
    ]);
    const dated = (text: string, lang: 'zh' | 'en') =>
      ofKind(text, lang, 'relationship').map((c) => [
        (c.normalised as { placeIds: string[] }).placeIds[1],
        (c.normalised as { date: string }).date,
      ]);
    expect(dated('Tianjin has sister city relations with Halifax (1979), Aachen, Germany (1986) and Barcelona (2012).', 'en')).toEqual([
      ['halifax', '1979'],
      ['aachen', '1986'],
      ['barcelona', '2012'],
    ]);
    expect(dated('天津已与陶波市（2016年）和苏博蒂察市（2018年）结为友好交流城市。', 'zh')).toEqual([
      ['taupo', '2016'],
      ['subotica', '2018'],
    ]);
    const pairs =
      'Tustin, California and Heyuan, Guangdong province, and Yorba Linda, California, and Tongchuan, Shaanxi province signed sister-city agreements on Oct 23 in Chicago.';
    expect(ties(pairs, 'en')).toEqual([
      ['tustin', 'heyuan', 'sister_city'],
      ['yorba', 'tongchuan', 'sister_city'],
    ]);
    expect(ofKind(pairs, 'en', 'agreement').map((c) => (c.normalised as { placeIds: string[] }).placeIds)).toEqual([
      ['tustin', 'heyuan'],
      ['yorba', 'tongchuan'],
    ]);
  });

  it('carries a story’s tie on to the partners that followed, each with its own date', () => {
    const home = { id: 'tianjin', name: 'Tianjin' };
    const followed = extractClaims(
      [
        {
          text: "Tianjin's first sister city was Halifax, in 1979. Aachen followed in 2012, and Barcelona in May 2016.",
          lang: 'en',
          pairedWith: null,
        },
      ],
      new Gazetteer([...placeEntries, { kind: 'place', id: 'tianjin', name: 'Tianjin', alias: false }]),
      2024,
      '2024-04-24',
      home,
    ).filter((c) => c.normalised.kind === 'relationship');
    expect(followed.map((c) => [(c.normalised as { placeIds: string[] }).placeIds[1], (c.normalised as { date: string }).date])).toEqual([
      ['halifax', '1979'],
      ['aachen', '2012'],
      ['barcelona', '2016-05'],
    ]);
  });

  it('reads an upgrade of the text’s own city’s tie that names one partner, and the tie at its new rank', () => {
    const home = { id: 'tianjin', name: '天津' };
    const found = extractClaims(
      [
        { text: '天津市外办发布消息。', lang: 'zh', pairedWith: null },
        { text: '2016年5月，巴塞罗那由友好交流城市升级为友好城市。', lang: 'zh', pairedWith: null },
      ],
      new Gazetteer([...placeEntries, { kind: 'place', id: 'barcelona', name: '巴塞罗那', alias: false }]),
      2024,
      '2024-04-24',
      home,
    );
    expect(found.map((c) => c.normalised)).toEqual([
      expect.objectContaining({ kind: 'relationship', placeIds: ['tianjin', 'barcelona'], type: 'sister_city', date: '2016-05' }),
      expect.objectContaining({ kind: 'upgrade', placeIds: ['tianjin', 'barcelona'], toType: 'sister_city', date: '2016-05' }),
    ]);
  });

  it('reads a title as held in the past year the sentence tells of, unless the title is a former one', () => {
    const [then] = ofKind('Mayor Muriel Bower of Halifax visited Aachen in 1979.', 'en', 'person');
    expect(then?.normalised).toMatchObject({ personId: 'bower', date: '1979' });
    const [former] = ofKind('Former Mayor Muriel Bower visited Aachen in 1979.', 'en', 'person');
    expect(former?.normalised).toMatchObject({ personId: 'bower' });
    expect((former?.normalised as { date?: string | null } | undefined)?.date ?? null).toBeNull();
  });

  it('reads a Chinese sentence held at a place as its event, whole, and counts with a word between', () => {
    const [held, ...rest] = ofKind('天津—费城结好45周年经贸推介会23日在费城市政厅举行，代表逾两百人出席了庆祝活动。', 'zh', 'event');
    expect(rest).toHaveLength(0);
    expect(held?.text).toContain('经贸推介会');
    const [figure] = ofKind('Tianjin joined more than 200 US-China sister cities.', 'en', 'figure');
    expect(figure?.normalised).toMatchObject({ sisterCities: 200 });
    const [foreign] = ofKind('天津已与27个外国城市建立友好关系。', 'zh', 'figure');
    expect(foreign?.normalised).toMatchObject({ places: 27 });
    const [nth] = ofKind('莫吉廖夫市成为天津第39个国际友好城市。', 'zh', 'figure');
    expect(nth?.normalised).toMatchObject({ sisterCities: 39 });
    const [nthExchange] = ofKind('奥克维尔成为福田区第5个友好交流城市。', 'zh', 'figure');
    expect(nthExchange?.normalised).toMatchObject({ friendlyExchangeCities: 5 });
    const [eighth] = ofKind('The mayors will sign the official document to become Tianjin’s eighth sister city.', 'en', 'figure');
    expect(eighth?.normalised).toMatchObject({ sisterCities: 8 });
    const [each] = ofKind('天津国际友好城市和友好交流关系城市数量已分别达到13个。', 'zh', 'figure');
    expect(each?.normalised).toMatchObject({ sisterCities: 13, friendlyExchangeCities: 13 });
    const [nthAny] = ofKind('莫吉廖夫市成为天津第39个友城。', 'zh', 'figure');
    expect(nthAny?.normalised).toMatchObject({ places: 39 });
  });

  it('dates a signing by the clause that tells it, each of its dates a signing, and not by a year in the document’s title', () => {
    const two = ofKind(
      '元康修说，天津与费城于2002年6月20日缔结友好城市关系以来，分别于2007年11月28日和2012年11月28日签订加强交流协议。',
      'zh',
      'agreement',
    );
    expect(two.map((c) => c.normalised)).toMatchObject([
      { placeIds: ['tianjin', 'philadelphia'], personIds: [], date: '2007-11-28' },
      { placeIds: ['tianjin', 'philadelphia'], personIds: [], date: '2012-11-28' },
    ]);
    const [titled] = ofKind('2024年10月23日，王凤朝会见费城市长，共同签署《天津市与费城2025至2030年友城合作备忘录》。', 'zh', 'agreement');
    expect(titled?.normalised).toMatchObject({ personIds: ['wang'], date: '2024-10-23' });
  });

  it('reads English lists with their countries aside, each clause with its own rank and dates', () => {
    const tsukuba = ofKind(
      'Tsukuba has sister city relationships with the City of Irvine in the United States of America, and the City of Grenoble in the Republic of France; and a friendship city relationship with the City of Shenzhen in the People’s Republic of China.',
      'en',
      'relationship',
    );
    expect(tsukuba.map((c) => c.normalised)).toMatchObject([
      { placeIds: ['tsukuba', 'irvine'], type: 'sister_city' },
      { placeIds: ['tsukuba', 'grenoble'], type: 'sister_city' },
      { placeIds: ['tsukuba', 'shenzhen'], type: 'ambiguous' },
    ]);
    const houston = ofKind(
      'In 1986, Houston signed a sister city agreement with Shenzhen, Guangdong province, before establishing friendly relations with Shanghai in 2015.',
      'en',
      'relationship',
    );
    expect(houston.map((c) => c.normalised)).toMatchObject([
      { placeIds: ['houston', 'shenzhen'], date: '1986' },
      { placeIds: ['houston', 'shanghai'], date: '2015' },
    ]);
  });

  it('reads what two cities did together as an event: a tree planted, aid given, an office set up', () => {
    for (const text of [
      '天津和费城代表共同种下象征两地情谊的桂花树。',
      '疫情暴发初期，费城与天津互捐防疫物资。',
      '7月，费城商会办事处落户天津。',
      '天津“费城周”系列活动8月1日正式开启。',
      '天津市第二中学与费城一所中学开展线上互访活动。',
      '天津市外办召开新闻发布会，介绍与费城的交往。',
    ]) {
      expect(ofKind(text, 'zh', 'event'), text).toHaveLength(1);
    }
    for (const text of [
      'The mayors of Halifax and Aachen planted a tree in the park.',
      'The ceremony in Halifax took place last Sunday.',
      '15 Aachen students came to Halifax in May.',
      'The Mayor of Halifax is leading a delegation to Aachen.',
    ]) {
      expect(ofKind(text, 'en', 'event'), text).toHaveLength(1);
    }
    // People named with their titles meeting are a meeting, though the registry holds none of them.
    expect(ofKind('7月2日，市长张三会见马拉维总统李四一行。', 'zh', 'event')).toHaveLength(1);
    // Cooperation in general is not one thing that happened.
    expect(ofKind('天津与费城在经贸、文化等领域开展了广泛合作。', 'zh', 'event')).toHaveLength(0);
  });

  it('reads a list closed by 等友好城市 as the text’s city’s partners', () => {
    const partners = extractClaims(
      [{ text: '市长会见了美国费城、苏格兰爱丁堡市、英国伦敦等友好城市代表团。', lang: 'zh', pairedWith: null }],
      gazetteer,
      2024,
      '2024-04-24',
      { id: 'tianjin', name: '天津', namedInText: true },
    ).filter((c) => c.normalised.kind === 'relationship');
    expect(partners.map((c) => c.normalised)).toMatchObject([
      { placeIds: ['tianjin', 'philadelphia'], type: 'sister_city', date: null },
      { placeIds: ['tianjin', 'edinburgh'], type: 'sister_city', date: null },
      { placeIds: ['tianjin', 'london'], type: 'sister_city', date: null },
    ]);
  });

  it('dates a tie by its founding, not by a renewal or the text’s own year', () => {
    const [renewed] = ofKind('This month Halifax and Aachen renewed their twinning charter.', 'en', 'relationship');
    expect(renewed?.normalised).toMatchObject({ date: null });
    const [founded] = ofKind('Halifax and Aachen became twin towns in 1979.', 'en', 'relationship');
    expect(founded?.normalised).toMatchObject({ date: '1979' });
    // A tie named only as what a partner is, or in a document's title, is not dated by its sentence.
    const [named] = ofKind('2011年10月28日，应天津首个国际友城——费城邀请，代表团出席庆典。', 'zh', 'relationship');
    expect(named?.normalised).toMatchObject({ date: null });
    const [memo] = ofKind('2024年10月23日，天津与费城共同签署《2025至2030年友城合作备忘录》。', 'zh', 'relationship');
    expect(memo?.normalised).toMatchObject({ date: null });
    const [made] = ofKind('1979年，天津与费城正式结为友好城市。', 'zh', 'relationship');
    expect(made?.normalised).toMatchObject({ date: '1979' });
    // 'This visit' is the text's own time, not the date the sentence before told.
    const thisVisit = ofKind('1979年1月1日，天津与费城结为友好城市。此次来访，费城又与天津签订新的交流合作协议。', 'zh', 'agreement');
    expect(thisVisit.at(-1)?.normalised).toMatchObject({ date: null });
    // What someone is reported to have said does not date the event: '…, noting that … in 1995'.
    const [message] = ofKind(
      'The Mayor of Halifax sent a message to Aachen, noting that the two cities worked together after the floods in 1995.',
      'en',
      'event',
    );
    expect(message?.normalised).toMatchObject({ date: null });
    // A signing someone sets out to make is not dated by the journey.
    const [trip] = ofKind('Halifax Mayor Mike Savage leaves tomorrow to sign a twinning charter with Aachen.', 'en', 'agreement');
    expect(trip?.normalised).toMatchObject({ date: null });
    // A year in the name of the document signed is not when it was signed.
    const [yearly] = ofKind('2011年10月28日，天津与费城签署了2012年度友好交流协议书。', 'zh', 'agreement');
    expect(yearly?.normalised).toMatchObject({ date: '2011-10-28' });
  });

  it('reads an anniversary written as an ordinal word', () => {
    const [one] = ofKind('Halifax and Aachen celebrated the thirtieth anniversary of their twinning.', 'en', 'anniversary');
    expect(one?.normalised).toMatchObject({ years: 30 });
  });

  it('reads a charter the two mayors signed as a signing between the story’s two towns', () => {
    const [one] = ofKind(
      'Halifax welcomed a delegation from Aachen. The two Mayors signed and exchanged copies of the Charter.',
      'en',
      'agreement',
    );
    expect(one?.normalised).toMatchObject({ placeIds: ['halifax', 'aachen'] });
  });

  it('reads every listed member, named in the registry or not', () => {
    const found = ofKind('Member cities, including Kobe of Japan and Barcelona of Spain, shared their projects.', 'en', 'membership');
    expect(found.map((c) => [c.text, c.normalised.kind === 'membership' && c.normalised.memberId])).toEqual([
      ['Kobe of Japan', null],
      ['Barcelona of Spain', 'barcelona'],
    ]);
  });

  it('gives a title that runs into the next name to that name only', () => {
    const people = ofKind('Guests included Muriel Bower, Deputy Assistant Secretary of State Karen Richardson.', 'en', 'person');
    expect(people.map((c) => c.normalised.kind === 'person' && c.normalised.personId)).toEqual(['richardson']);
    expect(people[0]?.normalised).toMatchObject({ title: expect.stringMatching(/^Deputy Assistant Secretary/) });
  });
});

describe('a person elected in a year', () => {
  const elected = new Gazetteer([{ kind: 'person', id: 'carter', name: 'Emily Carter', alias: false }]);
  const people = (text: string, lang: 'zh' | 'en') =>
    extractClaims([{ text, lang, pairedWith: null }], elected, 2024, '2024-04-24')
      .map((c) => c.normalised)
      .filter((n) => n.kind === 'person' && n.date);

  it('reads the person a pronoun stands for, with the title and the year', () => {
    expect(
      people('Mayor Emily Carter opened the fair. It was her first trip abroad since she was elected mayor of Lyon in 2019.', 'en'),
    ).toEqual([expect.objectContaining({ personId: 'carter', title: 'mayor of Lyon', date: '2019' })]);
  });

  it('reads a surname the registry lacks as written', () => {
    expect(people('这是卡特2019年当选市长后首次出访。', 'zh')).toEqual([
      expect.objectContaining({ personId: '', written: '卡特', title: '市长', date: '2019' }),
    ]);
  });

  it('reads no one for a pronoun the story has not named', () => {
    expect(people('He was elected mayor in 2019.', 'en')).toEqual([]);
  });
});
