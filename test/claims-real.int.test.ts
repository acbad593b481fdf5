import { expect, it } from 'vitest';
import { checkText } from '../src/services/claims/check.service.ts';
import { places } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { loadClaimsRegistry } from './support/claims-registry.ts';

// Each registry fixture of the real press-text set loads through the services, and a fact it holds checks as supported.
const KNOWN: [fixture: string, text: string, kind: string, note: RegExp][] = [
  ['haifa', 'Chengdu and Haifa established sister city relations in 2013.', 'relationship', /Chengdu–Haifa since 2013/],
  ['brisbane-chongqing', 'Brisbane and Chongqing became sister cities in 2005.', 'relationship', /since 11 October 2005/],
  ['china-cities', 'Qingdao and Shimonoseki became sister cities in 1979.', 'relationship', /since 3 October 1979/],
  ['halifax-aachen', 'Aachen and Halifax became sister cities in 1979.', 'relationship', /since 14 November 1979/],
  ['uclg', 'Guiyang joined United Cities and Local Governments (UCLG) in 2020.', 'membership', /since September 2020/],
  ['us-china', 'Harbin and Minneapolis became sister cities in 1992.', 'relationship', /since 18 September 1992/],
  ['more-cities', 'Wellington and Xiamen became sister cities in 1987.', 'relationship', /since 23 June 1987/],
  ['more-ties', 'Guangzhou and Los Angeles became sister cities in 1981.', 'relationship', /since 8 December 1981/],
  ['zh-cities', 'Lianyungang and Sakai became sister cities in 1983.', 'relationship', /since 3 December 1983/],
  ['zh-cities-2', 'Nanjing and Nagoya became sister cities in 1978.', 'relationship', /since 21 December 1978/],
  ['en-cities', 'Fort Worth and Guiyang became sister cities in 2011.', 'relationship', /since 17 October 2011/],
  ['zh-cities-3', 'Fuzhou and Honolulu became sister cities in 2021.', 'relationship', /since 21 October 2021/],
  ['en-cities-2', 'Christchurch and Wuhan became sister cities in 2006.', 'relationship', /since 4 April 2006/],
  ['zh-cities-4', 'Harbin and Niigata became sister cities in 1979.', 'relationship', /since 17 December 1979/],
  ['en-cities-3', 'Xiamen and Sasebo became sister cities in 1983.', 'relationship', /since 28 October 1983/],
  ['zh-cities-5', 'Quanzhou and Urasoe became sister cities in 1988.', 'relationship', /since 23 September 1988/],
  ['en-cities-4', 'Naha and Fuzhou became sister cities in 1981.', 'relationship', /since 20 May 1981/],
  ['en-figures', 'Maryland and Anhui became sister states in 1980.', 'relationship', /1980/],
];

describeEachBackend(
  'the registry fixtures of the real press texts',
  (use) => {
    it.each(KNOWN)('loads %s and supports a fact it holds', async (fixture, text, kind, note) => {
      const { ctx } = use();
      const loaded = await loadClaimsRegistry(ctx, fixture);
      expect(loaded.places.size).toBeGreaterThan(0);
      const r = await checkText(ctx, { text, asOf: '2024-06-01' });
      const claim = r.claims.find((c) => c.kind === kind);
      expect([claim?.verdict, claim?.note]).toEqual(['supported', expect.stringMatching(note)]);
    });

    it('finds an event whose title the registry keeps in traditional characters from the simplified text', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'more-cities');
      const r = await checkText(ctx, { text: '绍兴市首届国际友城大会举行。', asOf: '2016-05-26' });
      expect(r.claims.find((c) => c.kind === 'event')?.verdict).toBe('supported');
    });

    it('extends the demo without a second record of the places both hold', async () => {
      const { ctx } = use();
      const loaded = await loadClaimsRegistry(ctx, 'us-china');
      const houston = (await places.list(ctx)).filter((p) => p.names.en === 'Houston');
      expect(houston.map((p) => p.id)).toEqual([loaded.places.get('houston')]);
      const r = await checkText(ctx, { text: 'Shenzhen and Houston became sister cities in 1986.', asOf: '2024-06-01' });
      expect(r.claims.map((c) => c.verdict)).toEqual(['supported']);
    });

    it('checks a text from the city it names among those whose networks the registry keeps, and counts by the rank a source gives', async () => {
      const { ctx } = use();
      const loaded = await loadClaimsRegistry(ctx, 'zh-cities');
      const figure = async (text: string, asOf: string) => {
        const r = await checkText(ctx, { text, asOf });
        return { home: r.home?.id, claim: r.claims.find((c) => c.kind === 'figure') };
      };
      // Published for March 2023 as a count of sister cities; the text is of the 14th.
      const mogilev = await figure('莫吉廖夫市成为西安市第39个国际友好城市。', '2023-03-14');
      expect([mogilev.home, mogilev.claim?.normalised, mogilev.claim?.verdict]).toEqual([
        loaded.places.get('xian'),
        expect.objectContaining({ sisterCities: 39 }),
        'supported',
      ]);
      // Counted by the one rank the sentence names, and not dated by the story told two sentences before.
      const lianyungang = await figure(
        '1983年12月20日，连云港市与日本堺市缔结友好城市。35年间，连云港加快友城外交步伐。同时，我市还与近20个外国城市建立友好交流城市关系。',
        '2018-08-29',
      );
      expect([lianyungang.home, lianyungang.claim?.normalised, lianyungang.claim?.verdict]).toEqual([
        loaded.places.get('lianyungang'),
        expect.objectContaining({ friendlyExchangeCities: 20, asOf: null }),
        'supported',
      ]);
      // A count of cities against a source that counts them only by rank: 37 sister cities.
      const xian = await figure('西安已与31个国家的37个城市建立友好关系。', '2021-01-10');
      expect(xian.claim?.verdict).toBe('supported');
      expect((await figure('西安已与31个国家的38个城市建立友好关系。', '2020-11-24')).claim?.verdict).toBe('contradicted');
    });

    it('checks a text from the city with ties of its own it names most, when it names no network the registry keeps figures for', async () => {
      const { ctx } = use();
      const loaded = await loadClaimsRegistry(ctx, 'zh-cities-3');
      const r = await checkText(ctx, {
        text: '常州市市长会见了荷兰蒂尔堡市、芬兰萨塔昆塔地区等友好城市代表团。常州与两地交往密切。',
        asOf: '2013-10-09',
      });
      expect(r.home?.id).toBe(loaded.places.get('changzhou'));
      expect(r.claims.filter((c) => c.kind === 'relationship').map((c) => c.verdict)).toEqual(['supported', 'supported']);
    });

    it('dates a tie called by either rank from its change of rank', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'zh-cities-2');
      const r = await checkText(ctx, { text: '2022年7月5日，南京市与英国伯明翰市签署友城关系协议。', asOf: '2022-07-06' });
      expect(r.claims.find((c) => c.kind === 'relationship')?.verdict).toBe('supported');
    });

    it('finds an undated message by its sender in the event it was part of, reported weeks later', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'en-cities');
      const r = await checkText(ctx, {
        text: 'Kobe Mayor Kizo Hisamoto sent a message acknowledging the anniversary.',
        asOf: '2023-07-19',
      });
      expect(r.claims.find((c) => c.kind === 'event')?.verdict).toBe('supported');
    });

    it('checks a count told ahead of the day it comes true against the one published that month', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'en-cities');
      const text =
        'The Mayor of Guiyang arrives in Fort Worth on Sunday to sign the official document to become Fort Worth’s eighth sister city.';
      const figure = (await checkText(ctx, { text, asOf: '2011-10-11' })).claims.find((c) => c.kind === 'figure');
      expect([figure?.normalised, figure?.verdict]).toEqual([expect.objectContaining({ sisterCities: 8 }), 'supported']);
      const ninth = (await checkText(ctx, { text: text.replace('eighth', 'ninth'), asOf: '2011-10-11' })).claims.find(
        (c) => c.kind === 'figure',
      );
      expect(ninth?.verdict).toBe('ambiguous');
    });

    it('finds an event dated only by its year when it is between the very places the claim names', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'zh-cities-3');
      const event = async (text: string) => (await checkText(ctx, { text, asOf: '2021-10-22' })).claims.find((c) => c.kind === 'event');
      expect((await event('2020年，檀香山市与福州市政府互捐防疫物资。'))?.verdict).toBe('supported');
      // A year and one place of the two is too little to tell which event it was.
      expect((await event('2020年，福州市政府捐赠防疫物资。'))?.verdict).not.toBe('supported');
    });

    it('checks a count of pairs against the figures of the countries the sentence names, the count’s own words first', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'more-ties');
      const text =
        'China has established friendly ties with 220 Japanese cities and 73 ROK cities. China and the United States have formed 284 pairs.';
      const figures = (await checkText(ctx, { text, asOf: '2022-04-28' })).claims.filter((c) => c.kind === 'figure');
      expect(figures.map((f) => [f.text, f.note])).toEqual([
        [expect.stringContaining('220 Japanese cities'), expect.stringContaining('China–Japan (all pairs)')],
        ['73 ROK cities', expect.stringContaining('China–ROK (all pairs)')],
        [expect.stringContaining('284 pairs'), expect.stringContaining('China–US (all pairs)')],
      ]);
    });

    it('finds a body by either of the names its record writes with brackets, and the new members a list names', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'en-figures');
      const text =
        'Our Board, gathered during the last Metropolis Annual Meeting, ratified the six new members of the association: Greater Manchester, Jinan and Yiwu. Nanjing joined the UCLG.';
      const members = (await checkText(ctx, { text, asOf: '2018-09-01' })).claims.filter((c) => c.kind === 'membership');
      expect(members.map((c) => [c.text, c.normalised.kind === 'membership' && c.normalised.organisationId !== null])).toEqual([
        ['Greater Manchester', true],
        ['Jinan', true],
        ['Yiwu', true],
        [expect.stringContaining('Nanjing'), true],
      ]);
    });

    it('finds the one event recorded on the very day a claim names people on, though the words differ', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'zh-cities-4');
      const event = async (text: string) => (await checkText(ctx, { text, asOf: '2019-06-14' })).claims.find((c) => c.kind === 'event');
      expect((await event('2019年6月13日，在两国元首的共同见证下，西安市市长李明远与奥什市市长交换了文本。'))?.verdict).toBe('supported');
      expect((await event('2019年6月11日，在两国元首的共同见证下，西安市市长李明远与奥什市市长交换了文本。'))?.verdict).not.toBe(
        'supported',
      );
    });

    it('reads an English count of sister cities as one of every partner where no source counts that rank', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'en-figures');
      const [figure] = (
        await checkText(ctx, { text: 'Anhui has established sister ties with 95 sister cities in 38 countries.', asOf: '2019-04-01' })
      ).claims.filter((c) => c.kind === 'figure');
      expect([figure?.verdict, figure?.note]).toEqual(['supported', expect.stringContaining('95 cities')]);
    });

    it('holds a former office against one held before the text, and the same office unqualified against the text’s day', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'more-ties');
      const person = async (text: string) => (await checkText(ctx, { text, asOf: '2022-04-30' })).claims.find((c) => c.kind === 'person');
      const former = await person('Former U.S. Ambassador to China Terry Branstad spoke at the dialogue.');
      expect([former?.verdict, former?.note]).toEqual(['supported', expect.stringContaining('before then')]);
      expect((await person('U.S. Ambassador to China Terry Branstad spoke at the dialogue.'))?.verdict).not.toBe('supported');
    });

    it('reads the counts of each rank a Chinese sentence gives after the whole network, each against the figure published', async () => {
      const { ctx } = use();
      await loadClaimsRegistry(ctx, 'zh-cities-3');
      const text =
        '济南市已与47个国家的86个城市建立了友好关系，其中与26个国家的29个城市结为友好城市，与32个国家的57个城市结为友好合作城市。';
      const figures = (await checkText(ctx, { text, asOf: '2023-09-19' })).claims.filter((c) => c.kind === 'figure');
      expect(figures.map((f) => [f.normalised, f.verdict])).toEqual([
        [expect.objectContaining({ countries: 47, places: 86 }), 'supported'],
        [expect.objectContaining({ sisterCities: 29 }), 'supported'],
        [expect.objectContaining({ friendlyExchangeCities: 57 }), 'supported'],
      ]);
    });
  },
  { timeout: 120_000 },
);
