import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';
import { Gazetteer } from './gazetteer.ts';

const gazetteer = new Gazetteer([
  { kind: 'place', id: 'lyon', name: 'Lyon', alias: false },
  { kind: 'place', id: 'lyon', name: '里昂', alias: false },
  { kind: 'place', id: 'guangzhou', name: 'Guangzhou', alias: false },
  { kind: 'place', id: 'guangzhou', name: '广州', alias: false },
]);
type Lang = 'zh' | 'en';
const read = (paragraphs: [string, Lang][], kind: string) =>
  extractClaims(
    paragraphs.map(([text, lang]) => ({ text, lang, pairedWith: null })),
    gazetteer,
    2024,
    '2024-06-30',
  ).filter((c) => c.normalised.kind === kind);
const tieDates = (paragraphs: [string, Lang][]) =>
  read(paragraphs, 'relationship').map((c) => (c.normalised.kind === 'relationship' ? c.normalised.date : undefined));

describe('a year written against the story', () => {
  it.each([
    ['Lyon wrote to Guangzhou on 12 April 1987. In June of the following year, Lyon and Guangzhou became sister cities.', '1988-06'],
    ['Lyon wrote to Guangzhou in 1987. The next year, Lyon and Guangzhou became sister cities.', '1988'],
    ['A delegation from Lyon reached Guangzhou in May 1987. That year, Lyon and Guangzhou became sister cities.', '1987'],
    ['Lyon wrote to Guangzhou in 1987. A year later, Lyon and Guangzhou became sister cities.', '1988'],
  ])('%s', (text, date) => {
    expect(tieDates([[text, 'en']])).toEqual([date]);
  });

  it.each([
    ['1987年4月12日，里昂市长致函广州。翌年，里昂与广州结为友好城市。', '1988'],
    ['1987年4月12日，里昂市长致函广州。次年6月，里昂与广州结为友好城市。', '1988-06'],
    ['1987年4月12日，里昂代表团访问广州。同年，里昂与广州结为友好城市。', '1987'],
  ])('%s', (text, date) => {
    expect(tieDates([[text, 'zh']])).toEqual([date]);
  });

  it('carries the year into the next paragraph of the same language', () => {
    expect(
      tieDates([
        ['A delegation from Lyon reached Guangzhou in 1990.', 'en'],
        ['The same year, Lyon and Guangzhou became sister cities.', 'en'],
      ]),
    ).toEqual(['1990']);
  });

  it('leaves "next year" without "the" to the publication, not the story', () => {
    const dates = tieDates([['Lyon wrote to Guangzhou in 1987. Lyon and Guangzhou will become sister cities next year.', 'en']]);
    expect(dates).toHaveLength(1);
    expect(dates).not.toContain('1988');
  });
});

describe('a tie only proposed, intended or planned', () => {
  it.each([
    ['1987年4月12日，里昂市长致函广州，正式提议与广州结为友好城市。', 'zh'],
    ['里昂有意与广州缔结友好城市关系。', 'zh'],
    ['广州拟与里昂结为友好城市。', 'zh'],
    ['On 12 April 1987 the mayor of Lyon wrote to Guangzhou, proposing to establish a sister city relationship with Guangzhou.', 'en'],
    ['Lyon plans to become a sister city of Guangzhou.', 'en'],
    ['Guangzhou intends to sign a twinning agreement with Lyon.', 'en'],
  ] as [string, Lang][])('%s is not a tie', (text, lang) => {
    expect(tieDates([[text, lang]])).toEqual([]);
  });

  it.each([
    ['里昂与广州于1988年结为友好城市，双方计划加强文化合作。', 'zh'],
    ['Lyon and Guangzhou became sister cities in 1988, and they plan to work together on transport.', 'en'],
  ] as [string, Lang][])('%s is a tie, though a plan follows', (text, lang) => {
    expect(tieDates([[text, lang]])).toEqual(['1988']);
  });
});

describe('an anniversary of a place, not of a tie', () => {
  it('reads no tie anniversary in the anniversary of a city’s founding', () => {
    const text = 'In 1988, on the 150th anniversary of the founding of Lyon, Lyon and Guangzhou became sister cities.';
    expect(read([[text, 'en']], 'anniversary')).toEqual([]);
    expect(tieDates([[text, 'en']])).toEqual(['1988']);
  });
});

describe('an anniversary that names its own year', () => {
  it('counts from the year the sentence names, on a page without a date', () => {
    const text =
      'The tie between Lyon and Guangzhou is long-standing. 2019 marked the 30th anniversary of the Lyon-Guangzhou sister city relationship.';
    const found = extractClaims([{ text, lang: 'en', pairedWith: null }], gazetteer, 2026, null).filter(
      (c) => c.normalised.kind === 'anniversary',
    );
    expect(found.map((c) => c.normalised)).toEqual([expect.objectContaining({ years: 30, inYear: 2019, impliesEstablished: '1989' })]);
  });
});

describe('a tie named in its anniversary', () => {
  it('takes no date from the anniversary', () => {
    const text = '2019 marked the 30th anniversary of the Lyon-Guangzhou sister city relationship.';
    expect(tieDates([[text, 'en']])).toEqual([null]);
    expect(tieDates([['2019年是里昂与广州结为友好城市30周年。', 'zh']])).toEqual([null]);
  });
});

describe('a title held then', () => {
  const people = (text: string) =>
    extractClaims([{ text, lang: 'zh', pairedWith: null }], gazetteer, 2024, '2024-06-30')
      .map((c) => c.normalised)
      .filter((n) => n.kind === 'person');

  it('dates the title to the sentence when the text says 时任', () => {
    expect(people('2001年5月，时任里昂市长艾米丽·卡特访问广州。')).toEqual([
      expect.objectContaining({ written: '艾米丽·卡特', title: '市长', date: '2001-05' }),
    ]);
  });

  it('reads a title written twice as one title before one name', () => {
    expect(people('里昂市长市长艾米丽·卡特5月2日访问广州。').map((n) => n.kind === 'person' && n.written)).toEqual(['艾米丽·卡特']);
  });

  it('reads no name in the words after a title that begin none', () => {
    expect(people('这是卡特当选市长后第一次率团访问广州。')).toEqual([]);
  });
});

describe('a body named after ties', () => {
  it.each([
    ['The Lyon Guangzhou Sister City Association organized a delegation to Guangzhou in 2018.', 'en'],
    ['里昂广州姐妹城市协会2018年组团访问广州。', 'zh'],
  ] as [string, Lang][])('%s states no tie', (text, lang) => {
    expect(tieDates([[text, lang]])).toEqual([]);
  });
});

describe('a timeline', () => {
  it('dates each entry by the year or month heading it, in both languages', () => {
    const entries: [string, Lang][] = [
      ['1988', 'en'],
      ['Lyon and Guangzhou became sister cities.', 'en'],
      ['里昂与广州结为友好城市。', 'zh'],
      ['November, 1990', 'en'],
      ['The mayor of Lyon visited Guangzhou on November 3 and signed the sister city agreement with Guangzhou.', 'en'],
      // A renewal's date is the renewal's, not the tie's founding.
      ['The mayor of Lyon visited Guangzhou on November 5 and renewed the sister city relationship with Guangzhou.', 'en'],
    ];
    expect(tieDates(entries)).toEqual(['1988', '1988', '1990-11-03', null]);
  });
});

describe('a city that is also a country', () => {
  it('is a side of a tie, though it opens the sentence and the registry lacks it', () => {
    const ties = read([['Singapore twinned with Lyon in 1999.', 'en']], 'relationship').map((c) => c.normalised);
    expect(ties).toEqual([expect.objectContaining({ placeIds: [null, 'lyon'], placeNames: ['Singapore', 'Lyon'], date: '1999' })]);
  });
});

describe('tie words a tagger reads as a place', () => {
  it('leaves them out of a tie’s places', () => {
    const ties = read([['The visit renews the Sister City relationship with Lyon.', 'en']], 'relationship').map((c) => c.normalised);
    expect(ties.flatMap((n) => (n.kind === 'relationship' ? (n.placeNames ?? []) : []))).not.toContain('Sister City');
  });
});

describe('a country named in its formal style', () => {
  it('is not a side of the story’s tie', () => {
    const ties = read(
      [
        [
          'Lyon signed a letter with Guangzhou in 1987. The two cities became sister cities in 1988, a year after the establishment of relations between the People’s Republic of China and the State of Israel.',
          'en',
        ],
      ],
      'relationship',
    ).map((c) => c.normalised);
    expect(ties).toEqual([expect.objectContaining({ placeIds: ['lyon', 'guangzhou'], date: '1988' })]);
  });
});

describe('a place named in a leading aside', () => {
  it('is not a side of the tie the sentence states', () => {
    const ties = read([['Alongside Lyon, Marseille has also twinned with Guangzhou, in May 2001.', 'en']], 'relationship').map(
      (c) => c.normalised,
    );
    expect(ties).toEqual([
      expect.objectContaining({ placeIds: [null, 'guangzhou'], placeNames: ['Marseille', 'Guangzhou'], date: '2001-05' }),
    ]);
  });
});

describe('a network figure with a rough count of countries', () => {
  it('reads the cities and the countries', () => {
    const [figure] = read([['Guangzhou has partnerships with 90 cities in more than 50 countries.', 'en']], 'figure');
    expect(figure?.normalised).toMatchObject({ places: 90, countries: 50 });
  });
});
