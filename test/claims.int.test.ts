import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Verdict } from '../src/domain/claims/types.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { checkText, type CheckResult } from '../src/services/claims/check.service.ts';
import { describeEachBackend } from './support/backends.ts';

// The two texts of 7 March 2024, as the demo keeps them.
const text = (name: string) => readFileSync(new URL(`../src/demo/data/sources/${name}`, import.meta.url), 'utf8');
const PRESS_RELEASE = text('fao-sz-2024-03-07-moscow.txt');
const RETELLING = text('bnnbreaking-2024-03-07-moscow.txt');

// A claim is found by the words of any place the text states it (the same fact in Chinese and English is one claim).
const find = (r: CheckResult, kind: string, text: RegExp) =>
  r.claims.filter((c) => c.kind === kind && c.spans.some((s) => text.test(r.text.slice(s.start, s.end))));
const one = (r: CheckResult, kind: string, text: RegExp) => {
  const found = find(r, kind, text);
  expect([kind, String(text), found.length]).toEqual([kind, String(text), 1]);
  return found[0]!;
};

describeEachBackend('checking a press text', (use) => {
  it('supports every claim of the Shenzhen press release and flags its loose English rank', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: PRESS_RELEASE });
    expect(r.asOf).toBe('2024-03-07');
    expect(r.source).not.toBeNull();
    expect(one(r, 'figure', /58个国家的93个城市/).verdict).toBe('supported');
    expect(one(r, 'figure', /93 cities in 58 countries/).verdict).toBe('supported');
    const signings = r.claims.filter((c) => c.kind === 'agreement');
    expect(signings.length).toBeGreaterThanOrEqual(2);
    expect(signings.every((c) => c.verdict === 'supported')).toBe(true);
    expect(signings.some((c) => c.normalised.kind === 'agreement' && c.normalised.date === '2024-03-06')).toBe(true);
    for (const person of [/副市长王守睿/, /局长切廖明/, /Vice Mayor Wang Shourui/, /Cheryomin, Minister of the Moscow City Government/]) {
      expect(one(r, 'person', person).verdict).toBe('supported');
    }
    const sites = r.claims.filter((c) => c.normalised.kind === 'event' && c.normalised.what === 'site_visit');
    // Six sites, each named in the Chinese and in its English translation: one claim with two spans.
    expect(sites).toHaveLength(6);
    expect(sites.map((c) => c.spans.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(sites.every((c) => c.verdict === 'supported')).toBe(true);
    const mechanism = r.claims.filter((c) => c.kind === 'mechanism');
    expect(mechanism).toHaveLength(2);
    for (const m of mechanism) {
      expect(m.verdict).toBe('supported');
      expect(m.normalised).toMatchObject({ year: 2022, memberIds: expect.any(Array) });
      expect((m.normalised as { memberIds: string[] }).memberIds).toHaveLength(5);
    }
    expect(one(r, 'membership', /莫斯科创新集群加入世界创新城市合作组织/).verdict).toBe('supported');
    expect(one(r, 'membership', /Moscow Innovation Cluster.*joined the World Innovative Cities Cooperation Organization/).verdict).toBe(
      'supported',
    );
    const loose = find(r, 'relationship', /friendship city relationship/);
    expect(loose.length).toBe(2);
    for (const c of loose) {
      expect(c.verdict).toBe('ambiguous');
      expect(c.note).toContain('友好交流城市');
    }
    expect(one(r, 'relationship', /签约建立友好交流城市关系/).verdict).toBe('supported');
    expect(r.counts.contradicted).toBe(0);
    expect(r.counts.unknown).toBe(0);
  });

  it('matches the retelling’s spelling to the same person and checks its extra figures', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: RETELLING });
    const cheremin = one(r, 'person', /Sergey Cheremin, minister of the Moscow city government/);
    expect(cheremin.verdict).toBe('supported');
    expect(cheremin.note).toContain("written 'Sergey Cheremin' here");
    expect(cheremin.note).toContain('Sergey Cheryomin');
    const split = one(r, 'figure', /24 sister cities and 69 friendly exchange cities/);
    expect(split.verdict).toBe('supported');
    expect(split.note).toMatch(/24 sister cities: as published September 2022/);
    expect(split.note).toMatch(/69 friendly exchange cities: the 93 cities published 7 March 2024 less the 24 sister cities/);
    expect(split.evidence.map((e) => e.entity)).toEqual(['figure', 'figure']);
    const visit = one(r, 'event', /first visit in 1994/);
    expect(visit.verdict).toBe('unknown');
    expect(visit.note).toContain('no visit by Sergey Cheryomin in 1994');
  });

  it.each<[string, string, Verdict, RegExp]>([
    ['a date that matches, at month precision', '深圳与休斯敦于1986年3月正式缔结友好城市关系。', 'supported', /since March 1986/],
    [
      'a date that contradicts the registry',
      'Shenzhen and Houston became sister cities in April 1986.',
      'contradicted',
      /text dates it April 1986, the registry March 1986/,
    ],
    [
      'a rank that contradicts the registry',
      'In 2023, Shenzhen and Moscow were already sister cities.',
      'contradicted',
      /registry records a friendly exchange city/,
    ],
    [
      'the rank a tie had on the day',
      'Shenzhen and Barcelona became friendly exchange cities in 2012.',
      'supported',
      /friendly exchange city/,
    ],
    ['a rank it no longer had', 'On 1 March 2022, Shenzhen and Barcelona are friendly exchange cities.', 'contradicted', /sister city/],
    [
      'a tie the registry lacks',
      'Shenzhen and Reykjavík established friendly exchange city relations in 2015.',
      'unknown',
      /no tie Shenzhen–Reykjavík is recorded/,
    ],
  ])('checks a tie: %s', async (_what, text, verdict, note) => {
    const { ctx } = use();
    await loadDemo(ctx);
    const gazetteerHasReykjavik = text.includes('Reykjavík');
    if (gazetteerHasReykjavik) {
      const { places } = await import('../src/services/records.service.ts');
      await places.create(ctx, { kind: 'city', names: { en: 'Reykjavík' }, country: 'IS' });
    }
    const r = await checkText(ctx, { text, asOf: '2024-06-01' });
    const tie = r.claims.find((c) => c.kind === 'relationship');
    expect(tie?.verdict).toBe(verdict);
    expect(tie?.note).toMatch(note);
  });

  it.each<[string, Verdict]>([
    ['深圳已与全球58个国家的93个城市建立了友好城市或友好交流城市关系。', 'supported'],
    ['深圳已与全球58个国家的94个城市建立了友好城市或友好交流城市关系。', 'contradicted'],
    ['Shenzhen has friendly ties with 93 cities in 57 countries.', 'contradicted'],
  ])('checks counts that are right or off by one: %s', async (text, verdict) => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text, asOf: '2024-03-07' });
    expect(r.claims.find((c) => c.kind === 'figure')?.verdict).toBe(verdict);
  });

  it('holds a title against the rank held: a vice mayor is not the mayor', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: 'Mayor Wang Shourui signed the memorandum with Moscow on 6 March 2024.', asOf: '2024-03-07' });
    const person = r.claims.find((c) => c.kind === 'person');
    expect(person?.verdict).toBe('contradicted');
    expect(person?.note).toContain('Vice Mayor');
  });

  it('leaves a title of another office unknown, for one person may hold two', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: '深圳市人民对外友好协会会长曹赛先出席了年会。', asOf: '2023-12-20' });
    const person = r.claims.find((c) => c.kind === 'person');
    expect([person?.verdict, person?.note]).toEqual(['unknown', expect.stringMatching(/no position '会长' is recorded for Cao Saixian/)]);
  });

  it('finds a signing recorded as an event of the two places, though not linked to their tie', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const { events, places } = await import('../src/services/records.service.ts');
    const reykjavik = await places.create(ctx, { kind: 'city', names: { en: 'Reykjavík' }, country: 'IS' });
    const shenzhen = (await places.list(ctx)).find((p) => p.names.en === 'Shenzhen')!;
    const text = 'On 10 May 2024, Shenzhen and Reykjavík signed a memorandum of friendly exchanges.';
    const before = (await checkText(ctx, { text, asOf: '2024-05-11' })).claims.find((c) => c.kind === 'agreement');
    expect(before?.verdict).toBe('unknown');
    await events.create(ctx, {
      kind: 'signing',
      titles: { en: 'Shenzhen–Reykjavík memorandum signed' },
      start: '2024-05-10',
      placeIds: [shenzhen.id, reykjavik.id],
    });
    const after = (await checkText(ctx, { text, asOf: '2024-05-11' })).claims.find((c) => c.kind === 'agreement');
    expect([after?.verdict, after?.note]).toEqual([
      'supported',
      expect.stringMatching(/a signing is recorded: Shenzhen–Reykjavík memorandum signed/),
    ]);
  });

  it('checks a membership with a date from the registry', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, {
      text: 'In September 2021, Christchurch joined the World Innovative Cities Cooperation Organization.',
      asOf: '2022-01-01',
    });
    expect(r.claims.find((c) => c.kind === 'membership')).toMatchObject({
      verdict: 'supported',
      note: expect.stringContaining('since September 2021'),
    });
  });

  it('counts an anniversary from the tie’s move to its rank as well as from its founding', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: '2024年是深圳与巴塞罗那互为友好城市三周年。', asOf: '2024-07-11' });
    const [anniversary] = r.claims.filter((c) => c.kind === 'anniversary');
    expect([anniversary?.verdict, anniversary?.note]).toEqual(['supported', expect.stringContaining('became a sister city')]);
    const [fourth] = (await checkText(ctx, { text: '2024年是深圳与巴塞罗那互为友好城市四周年。', asOf: '2024-07-11' })).claims.filter(
      (c) => c.kind === 'anniversary',
    );
    expect(fourth?.verdict).toBe('contradicted');
  });

  it('checks an anniversary to come against the year it will fall in, and the years of a city’s partnerships from its first', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const anniversary = async (text: string) =>
      (await checkText(ctx, { text, asOf: '2024-08-27' })).claims.find((c) => c.kind === 'anniversary');
    expect((await anniversary('希望以庆祝深圳与休斯敦结好40周年等活动为契机，推动合作。'))?.verdict).toBe('supported');
    expect((await anniversary('希望以庆祝深圳与休斯敦结好30周年等活动为契机，推动合作。'))?.verdict).toBe('contradicted');
    const network = await anniversary('回顾38年的友城交往之路，深圳坚持开放合作。');
    expect([network?.verdict, network?.note]).toEqual(['supported', expect.stringContaining('first tie began')]);
  });

  it('writes every note in Chinese and in English', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: PRESS_RELEASE });
    for (const c of r.claims) {
      expect(c.note).toBe(c.notes.en);
      expect(c.notes.zh, c.notes.en).toMatch(/\p{Script=Han}/u);
      expect(c.notes.zh, c.notes.zh).not.toMatch(/\b(the|registry|recorded|since)\b/);
    }
    const tie = one(r, 'relationship', /签约建立友好交流城市关系/);
    expect(tie.notes.zh).toContain('登记册记录深圳–莫斯科为友好交流城市，自2024年3月6日起');
    expect(tie.notes.en).toContain('since 6 March 2024');
    expect(tie.evidence[0]).toMatchObject({
      entity: 'partnership',
      label: { zh: '深圳–莫斯科', en: 'Shenzhen–Moscow' },
      detail: { zh: '友好交流城市，有效' },
    });
    expect(one(r, 'figure', /58个国家的93个城市/).evidence.map((e) => e.label.zh)).toEqual(['2024年3月6日公布的数字']);
    const figure = one(r, 'figure', /58个国家的93个城市/);
    expect(figure.notes.zh).toContain('93个城市');
    const loose = find(r, 'relationship', /friendship city relationship/)[0]!;
    expect(loose.notes.zh).toContain('读作较高一级的友好城市');
    const mayor = await checkText(ctx, {
      text: 'Mayor Wang Shourui signed the memorandum with Moscow on 6 March 2024.',
      asOf: '2024-03-07',
    });
    const person = mayor.claims.find((c) => c.kind === 'person')!;
    expect(person.notes.zh).toMatch(/^登记册记录王守睿的职务为“深圳市副市长”.*，而非“Mayor”$/);
  });

  it('gives the same claims for the same text every time', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const a = await checkText(ctx, { text: PRESS_RELEASE });
    const b = await checkText(ctx, { text: PRESS_RELEASE });
    expect(b.claims.map((c) => [c.start, c.end, c.kind, c.verdict])).toEqual(a.claims.map((c) => [c.start, c.end, c.kind, c.verdict]));
    for (const c of a.claims) expect(a.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads an undated visit in a dated text as of the text’s days, and one told as happening many times as of none', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const event = async (text: string) => (await checkText(ctx, { text, asOf: '2024-03-06' })).claims.find((c) => c.kind === 'event');
    expect((await event('莫斯科市的交通官员来深参加了交流活动。'))?.verdict).toBe('supported');
    expect((await event('莫斯科市的交通官员多次来深参加了交流活动。'))?.verdict).toBe('unknown');
  });

  it('reads a relative date against the date the check is made as of when the text has no dateline', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, { text: '去年5月，深圳与波尔图签署友好交流城市协议。', asOf: '2024-06-10' });
    expect(r.claims.find((c) => c.kind === 'agreement')?.normalised).toMatchObject({ date: '2023-05' });
  });

  it('reads a headline as the first statement of the news the body goes on to tell, one claim with both spans', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, {
      text: '深圳市与莫斯科市签约建立友好交流城市关系\n\n3月6日上午，深圳市与莫斯科市签约建立友好交流城市关系。',
      asOf: '2024-03-07',
    });
    const ties = r.claims.filter((c) => c.kind === 'relationship');
    expect(ties.map((c) => [c.verdict, c.spans.length])).toEqual([['supported', 2]]);
    expect(r.text.startsWith('深圳市与莫斯科市签约建立友好交流城市关系')).toBe(true);
  });

  it('calls a signing misdated only when it names the document the registry records between the parties', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const signing = async (text: string) => (await checkText(ctx, { text, asOf: '2024-06-01' })).claims.find((c) => c.kind === 'agreement');
    expect((await signing('2019年5月，深圳市与莫斯科市签署了友好交流合作备忘录。'))?.verdict).toBe('contradicted');
    expect((await signing('2019年5月，深圳市与莫斯科市签署了科技合作协议。'))?.verdict).toBe('unknown');
  });

  it('reads a member of the body the sentence before named, one the registry lacks as unknown', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const r = await checkText(ctx, {
      text: 'The World Innovative Cities Cooperation Organization has 28 member cities. Reykjavik is one of the member cities.',
      asOf: '2024-06-01',
    });
    const member = r.claims.find((c) => c.kind === 'membership');
    expect(member?.normalised).toMatchObject({ memberId: null, memberName: 'Reykjavik', organisationId: expect.any(String) });
    expect(member?.verdict).toBe('unknown');
  });
});
