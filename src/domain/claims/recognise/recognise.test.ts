import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer.ts';
import { extractClaims } from '../extract.ts';
import { chineseRelativeDates, englishRelativeDates } from './dates.ts';
import { tagWords } from './jieba.ts';
import { normalise, originalSpan } from './normalise.ts';
import { chinesePeople, englishPeople } from './people.ts';
import { chinesePlaces } from './places.ts';

const zh = (text: string) => chinesePeople(text, tagWords(text)).map((p) => [p.title, p.name]);
const en = (text: string) => englishPeople(text).map((p) => [p.title, p.name]);

describe('places in Chinese the tagger does not know', () => {
  it('reads a name after its country and 的, or before 市, whole', () => {
    const places = (text: string) => chinesePlaces(tagWords(text)).map((p) => p.name);
    expect(places('包括澳洲的阿德莱德、日本的仓敷市、美国的西雅图、韩国的首尔松坡区')).toEqual([
      '澳洲',
      '阿德莱德',
      '日本',
      '仓敷市',
      '美国',
      '西雅图',
      '韩国',
      '首尔松坡区',
    ]);
    expect(places('深圳与捷克布尔诺市结为友好交流城市')).toEqual(['深圳', '捷克', '布尔诺市']);
    // A verb ends the name: '美国的西雅图结为…' is Seattle, not '西雅图结为'.
    expect(places('深圳与美国的西雅图结为友好城市')).toContain('西雅图');
    // A common word after a country and 的 is no place: '与中国的关系正变得越来越密切'.
    expect(places('布里斯班与中国的关系正变得越来越密切')).not.toContain('关系正');
  });
});

describe('people with titles in Chinese', () => {
  it.each([
    ['深圳市常务副市长黄敏会见了代表团', [['常务副市长', '黄敏']]],
    ['纽伦堡市长马利接受了本报记者采访', [['市长', '马利']]],
    ['费城市市长切莉·派克当日发表声明', [['市长', '切莉·派克']]],
    ['广州市委书记、市长郭永航会见', [['市委书记、市长', '郭永航']]],
    ['中国驻纽约总领事黄屏致辞', [['总领事', '黄屏']]],
    ['外交部发言人赵立坚表示', [['发言人', '赵立坚']]],
    ['与休斯顿市长Kathy" Whitmire签署', [['市长', 'Kathy Whitmire']]],
    ['波兹南市长雅采克·亚斯科维亚克为深圳市民录制了视频', [['市长', '雅采克·亚斯科维亚克']]],
    ['市长覃伟中以视频方式会见了伦敦金融城市长', [['市长', '覃伟中']]],
    ['希望能与胡清雅市议员一道推动合作，胡清雅市议员感谢曹主任', []],
    ['时任连云港市市长的何仁华在大会上作报告', [['市长', '何仁华']]],
    ['庆州市议会运营委员会委员长朴龟龙出席', [['委员长', '朴龟龙']]],
    ['正如市政府副秘书长马伯寅所说', [['副秘书长', '马伯寅']]],
    ['日本金崎町町长高桥由一出席', [['町长', '高桥由一']]],
    ['担任纽伦堡市市长的乌尔里希·马利深情回顾了两市友谊', [['市长', '乌尔里希·马利']]],
    ['深圳市人民对外友好协会会长曹赛先说。', [['会长', '曹赛先']]],
    ['瑞士驻华大使馆公使兼副馆长张德音出席', [['公使兼副馆长', '张德音']]],
    ['该公司创始人兼CEO安德鲁·麦克雷表示', [['创始人', '安德鲁·麦克雷']]],
    ['日本金崎町副町长小野寺正德出席', [['副町长', '小野寺正德']]],
    ['埃塞俄比亚驻华使馆一等秘书西蒙·尤纳森出席', [['一等秘书', '西蒙·尤纳森']]],
    ['副市长佐佐木一郎等出席', [['副市长', '佐佐木一郎']]],
  ])('%s', (text, expected) => {
    expect(zh(text)).toEqual(expected);
  });

  it('reads no name where the title is followed by a verb', () => {
    expect(zh('市长致辞时说')).toEqual([]);
  });
});

describe('people with titles in English', () => {
  it.each([
    [
      'Wang Weizhong, chief representative of the Shenzhen office, said',
      [['chief representative of the Shenzhen office', 'Wang Weizhong']],
    ],
    ["the city's mayor Sylvester Turner said", [['mayor', 'Sylvester Turner']]],
    ['he met the vice-mayor of Shenzhen, Mr Ai Xuefeng, and', [['vice-mayor', 'Ai Xuefeng']]],
    [
      'with Murray Acklin, New Zealand Racing Board Director, Scott Davidson, Dean of the School of Law Canterbury University and Prue Taylor, Principal of Christchurch Girls High School.',
      [
        ['New Zealand Racing Board Director', 'Murray Acklin'],
        ['Principal of Christchurch Girls High School', 'Prue Taylor'],
      ],
    ],
    [
      'Council Leader Paul Spooner and Cllr Matt Furniss met Vice-Chancellor Max Lu.',
      [
        ['Council Leader', 'Paul Spooner'],
        ['Councillor', 'Matt Furniss'],
        ['Vice-Chancellor', 'Max Lu'],
      ],
    ],
    ['The Lord Mayor of Cork, Councillor Dan Boyle, is leading a delegation', [['Lord Mayor', 'Dan Boyle']]],
    ['Statement by the City’s Executive Mayor, Patricia de Lille, at the signing', [['Executive Mayor', 'Patricia de Lille']]],
    ['joined by the Consul General of Ireland in Shanghai, David Murphy.', [['Consul General', 'David Murphy']]],
    [
      'talks with Ambassador of Thailand Chatchai Viriyavejakul, Ambassador of Pakistan Hashmi, Deputy Head of Mission of Swiss Embassy Chantal Delli',
      [
        ['Ambassador', 'Chatchai Viriyavejakul'],
        ['Ambassador', 'Hashmi'],
      ],
    ],
    ['Minister of the Chinese Embassy Li Kexin spoke', [['Minister', 'Li Kexin']]],
    ['Executive Vice Mayor Huang Min met them', [['Executive Vice Mayor', 'Huang Min']]],
    [
      'George Keith and Irene Mulhall, Chair and Secretary of the Society, respectively.',
      [
        ['Chair', 'George Keith'],
        ['Secretary of the Society', 'Irene Mulhall'],
      ],
    ],
    [
      'Karen MacQueen, the chair of the Leamington International Twinning Society, added',
      [['chair of the Leamington International Twinning Society', 'Karen MacQueen']],
    ],
    ['Edinburgh’s Lord Provost, Donald Wilson said', [['Lord Provost', 'Donald Wilson']]],
    ['deputy mayor of Shenzhen municipal government Zhang Hu said', [['deputy mayor', 'Zhang Hu']]],
    ['said Cao Derong, commercial counselor of the Consulate-General', [['commercial counselor of the Consulate-General', 'Cao Derong']]],
    [
      'Dieter Freytag The Mayor of Brühl with Councillor Alan Boad',
      [
        ['Councillor', 'Alan Boad'],
        ['Mayor of Brühl', 'Dieter Freytag'],
      ],
    ],
    ['Chinese Ambassador to the United States Qin Gang said', [['Ambassador', 'Qin Gang']]],
    ['Director General Cao Saixian met them', [['Director General', 'Cao Saixian']]],
    [
      'Eileen Cai, who heads Asian economic development at the Charlotte Chamber, said',
      [['head of Asian economic development at the Charlotte Chamber', 'Eileen Cai']],
    ],
    [
      'Ambassador to China Terry Branstad, a former governor of Iowa, said',
      [
        ['Ambassador', 'Terry Branstad'],
        ['former governor of Iowa', 'Terry Branstad'],
      ],
    ],
    // A title ends where the sentence goes on with what its bearer did.
    ['Ed Gonzales, Houston mayor pro-tem, told a group of business leaders', [['Houston mayor pro-tem', 'Ed Gonzales']]],
    [
      'Cao Saixian, Director General of Shenzhen Foreign Affairs Office met with Ms. Kijima',
      [['Director General of Shenzhen Foreign Affairs Office', 'Cao Saixian']],
    ],
    // A title in the plural before two names, each of the place named in the same order.
    [
      'On Dec. 8, 1981, then mayors of Guangzhou and Los Angeles Liang Lingguang and Tom Bradley signed',
      [
        ['then mayor of Guangzhou', 'Liang Lingguang'],
        ['then mayor of Los Angeles', 'Tom Bradley'],
      ],
    ],
    [
      'the Mayor and Mayoress Councillors Alan and Sarah Boad travelled',
      [
        ['Councillor', 'Alan Boad'],
        ['Councillor', 'Sarah Boad'],
      ],
    ],
    ['Chairman of the Montréal Metropolitan Community, the Honourable Denis Coderre, is leading', [['Chairman', 'Denis Coderre']]],
    // Australian councils write Councillor 'Cr'; a title may name its bearer after 'is'.
    [
      'Cr Robert Hall and Cr Victor Tanti voted against',
      [
        ['Councillor', 'Robert Hall'],
        ['Councillor', 'Victor Tanti'],
      ],
    ],
    ['the current mayor of Nanjing is Lan Shaomin.', [['mayor', 'Lan Shaomin']]],
    // A headline in title case goes on after the name with its verb.
    ['Consul General Gao Yanping Hosted Reception for the Delegation', [['Consul General', 'Gao Yanping']]],
    // A title in the singular after two names is the last one's.
    [
      'Li Shi and Shao Ting, director of communications for Invest Shenzhen, presented',
      [['director of communications for Invest Shenzhen', 'Shao Ting']],
    ],
    // 'Former' keeps its place before a country's abbreviation: the office was held before.
    ['Former U.S. Ambassador to China Terry Branstad said', [['Former U.S. Ambassador', 'Terry Branstad']]],
  ])('%s', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });
});

describe('normalising a text', () => {
  it('reads traditional, full-width and spaced forms as simplified and half-width, and maps spans back', () => {
    const written = '深圳(www.huhuzc.cn)與蒙特利爾 締結，市長阿達•克劳 ＡＢＣ';
    const n = normalise(written);
    expect(n.text).toBe('深圳与蒙特利尔缔结，市长阿达·克劳 ABC');
    const at = n.text.indexOf('蒙特利尔');
    const [start, end] = originalSpan(n, at, at + 4);
    expect(written.slice(start, end)).toBe('蒙特利爾');
    const name = n.text.indexOf('阿达·克劳');
    expect(written.slice(...originalSpan(n, name, name + 5))).toBe('阿達•克劳');
  });
});

describe('relative dates', () => {
  const zhDates = (text: string, published: string, story: number | null = null) =>
    chineseRelativeDates(text, published, story).map((d) => d.date);
  it.each([
    ['去年5月签署', '2023-09-27', null, ['2022-05']],
    ['本月到访', '2023-09-27', null, ['2023-09']],
    ['昨天下午会见', '2023-09-27', null, ['2023-09-26']],
    ['次年3月,两市正式缔结', '2023-03-18', 1985, ['1986-03']],
    ['于26日签署', '2023-09-27', null, ['2023-09-26']],
  ])('%s (published %s)', (text, published, story, expected) => {
    expect(zhDates(text, published, story)).toEqual(expected);
  });

  it('reads English ones against the publication day', () => {
    const dates = englishRelativeDates('became friendly exchange cities last May, and was welcomed on Friday', '2025-01-08');
    expect(dates.map((d) => d.date)).toEqual(['2024-05', '2025-01-03']);
    const periods = englishRelativeDates(
      'The mayor visited last year; the fair opens this month and the delegation returns next year.',
      '2025-01-08',
    );
    expect(periods.map((d) => d.date)).toEqual(['2024', '2025-01', '2026']);
    expect(englishRelativeDates('The coming year marks the 10th anniversary.', '2024-11-13').map((d) => d.date)).toEqual(['2025']);
  });
});

describe('frames over sentences in context', () => {
  const gazetteer = new Gazetteer([
    { kind: 'place', id: 'shenzhen', name: '深圳', alias: false },
    { kind: 'place', id: 'houston', name: '休斯敦', alias: false },
    { kind: 'place', id: 'shenzhen', name: 'Shenzhen', alias: false },
  ]);
  const claims = (text: string, lang: 'zh' | 'en', published: string) =>
    extractClaims([{ text, lang, pairedWith: null }], gazetteer, Number(published.slice(0, 4)), published);

  it('takes a tie’s second place and year from the sentence before', () => {
    const found = claims('1985年2月1日,休斯敦市市长致函深圳。次年3月,两市正式缔结友好城市。', 'zh', '2023-03-18');
    const tie = found.find((c) => c.normalised.kind === 'relationship' && c.text.startsWith('次年'));
    expect(tie?.normalised).toMatchObject({ placeIds: ['houston', 'shenzhen'], type: 'sister_city', date: '1986-03' });
  });

  it('keeps a tie whose place the registry lacks, with a null id and the name as written', () => {
    const found = claims('Shenzhen and Porto twinned in 2018.', 'en', '2024-01-01');
    const tie = found.find((c) => c.normalised.kind === 'relationship');
    expect(tie?.normalised).toMatchObject({ placeIds: ['shenzhen', null], placeNames: ['Shenzhen', 'Porto'], date: '2018' });
  });

  it('reads an anniversary as the year the tie began', () => {
    const found = claims('深圳与休斯敦结好35周年。', 'zh', '2021-10-29');
    expect(found.find((c) => c.normalised.kind === 'anniversary')?.normalised).toMatchObject({
      placeIds: ['shenzhen', 'houston'],
      years: 35,
      impliesEstablished: '1986',
    });
  });

  it('places a claim in a traditional-character text on the characters as written', () => {
    const text = '深圳與休斯敦締結為友好城市。';
    const tie = claims(text, 'zh', '2015-11-05').find((c) => c.normalised.kind === 'relationship');
    expect(tie && text.slice(tie.start, tie.end)).toBe(text);
  });
});
