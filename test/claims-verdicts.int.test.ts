import { expect, it } from 'vitest';
import type { ExtractedClaim, Normalised } from '../src/domain/claims/types.ts';
import { checkEvent } from '../src/services/claims/check-events.ts';
import { checkFigure } from '../src/services/claims/check-figures.ts';
import { checkPerson } from '../src/services/claims/check-people.ts';
import { checkAgreement, checkRelationship } from '../src/services/claims/check-ties.ts';
import type { CheckContext } from '../src/services/claims/evidence.ts';
import type { Ctx } from '../src/services/context.ts';
import { events, people } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';

/** A claim as the extractor hands it over, with the reading under test. */
const claim = <N extends Normalised>(normalised: N, text = 'a claim'): ExtractedClaim & { normalised: N } => ({
  text,
  start: 0,
  end: text.length,
  paragraph: 0,
  lang: 'en',
  normalised,
});
const on = (ctx: Ctx, asOf: string, more: Partial<CheckContext> = {}): CheckContext => ({
  ctx,
  asOf,
  homeId: null,
  sourceId: null,
  memo: new Map(),
  ...more,
});

async function shenzhen(ctx: Ctx) {
  const g = given(ctx);
  const home = await g.place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
  const barcelona = await g.place({ en: 'Barcelona', zh: '巴塞罗那' }, 'ES');
  const christchurch = await g.place({ en: 'Christchurch', zh: '克赖斯特彻奇' }, 'NZ');
  const tie = await g.tie(home, barcelona, { kind: 'established', date: '2012', type: 'friendly_exchange_city' });
  const other = await g.tie(home, christchurch, { kind: 'established', date: '1993', type: 'sister_city' });
  const qin = await people.create(ctx, { names: { en: 'Qin Weizhong', zh: '覃伟中' }, positions: [] });
  const wang = await people.create(ctx, { names: { en: 'Wang Shourui' }, positions: [] });
  const signing = await events.create(ctx, {
    kind: 'online_meeting',
    titles: { en: 'Barcelona upgraded to sister city (video-conference signing)' },
    start: '2021-11-22',
    partnershipIds: [tie.id],
    participants: [{ personId: qin.id, title: { en: 'Mayor of Shenzhen' } }],
  });
  await events.create(ctx, {
    kind: 'other',
    titles: { en: 'Christchurch joins World Innovative Cities Cooperation Organization' },
    start: '2021-09',
    partnershipIds: [other.id],
  });
  await events.create(ctx, {
    kind: 'meeting',
    titles: { en: 'Vice mayor receives a delegation' },
    start: '2017-05-13',
    participants: [{ personId: wang.id, title: { en: 'Vice Mayor of Shenzhen' } }],
  });
  return { home, barcelona, christchurch, qin, wang, signing };
}

const person = (personId: string, title: string, titleLang: 'zh' | 'en', date: string | null = null) =>
  claim({ kind: 'person', personId, title, titleLang, viaAlias: false, written: '', date });

describeEachBackend('verdicts on the readings real texts give', (use) => {
  it('reads a title against the one recorded then, across languages, ranks and a typing slip', async () => {
    const { ctx } = use();
    const { qin, wang } = await shenzhen(ctx);
    const c = on(ctx, '2021-11-24');
    expect((await checkPerson(c, person(qin.id, '市长', 'zh'))).verdict).toBe('supported');
    expect((await checkPerson(c, person(qin.id, '深圳市副市长', 'zh'))).verdict).toBe('contradicted');
    // A title that runs on into the next name is read piece by piece.
    expect((await checkPerson(c, person(qin.id, 'Mayor of Shenzhen and his wife', 'en'))).verdict).toBe('supported');
    expect((await checkPerson(c, person(qin.id, 'Mayor of Barcelona', 'en'))).verdict).toBe('contradicted');
    // Attested in 2017: still possibly held in 2018, so it supports; a different title then is not contradicted.
    const later = on(ctx, '2018-12-11');
    expect((await checkPerson(later, person(wang.id, 'Shezhen’s deputy mayor', 'en'))).verdict).toBe('supported');
    expect((await checkPerson(later, person(wang.id, 'Mayor of Shenzhen', 'en'))).verdict).toBe('unknown');
    // Long after, it says nothing; in a text with no date at all, any attestation does.
    expect((await checkPerson(on(ctx, '2026-11-22'), person(wang.id, 'Vice Mayor', 'en'))).verdict).toBe('unknown');
    const undated = on(ctx, '2026-11-22', { undated: true });
    expect((await checkPerson(undated, person(wang.id, 'Vice Mayor', 'en'))).verdict).toBe('supported');
  });

  it('finds a person the registry holds in Latin letters only through the Chinese rendering of the name, at the date said', async () => {
    const { ctx } = use();
    const lyon = await given(ctx).place({ en: 'Lyon', zh: '里昂' }, 'FR');
    await people.create(ctx, {
      names: { en: 'Emily Carter' },
      aliases: [{ name: 'Emilie Carter', lang: 'en', origin: 'fixture' }],
      positions: [{ title: { en: 'Mayor of Lyon' }, placeId: lyon.id, from: '1995', to: '2008' }],
    });
    const rendered = (written: string, date: string | null) => ({
      ...person('', '市长', 'zh', date),
      normalised: { ...person('', '市长', 'zh', date).normalised, written, viaAlias: true },
    });
    const found = await checkPerson(on(ctx, '2024-06-30'), rendered('艾米丽·卡特', '2001-05'));
    expect(found.verdict).toBe('supported');
    expect(found.note.en).toContain('the Chinese rendering of a foreign name');
    expect(found.note.zh).toContain('外国人名的中文译名');
    // Held in 2001, not when the text was written; another name is not hers.
    expect((await checkPerson(on(ctx, '2024-06-30'), rendered('艾米丽·卡特', null))).verdict).not.toBe('supported');
    expect((await checkPerson(on(ctx, '2024-06-30'), rendered('安娜·施密特', '2001-05'))).verdict).toBe('unknown');
  });

  it('reads a name the registry lacks, given the title of a place whose holder it records, as two readings', async () => {
    const { ctx } = use();
    const cologne = await given(ctx).place({ en: 'Cologne', zh: '科隆' }, 'DE');
    await people.create(ctx, {
      names: { en: 'Henriette Reker' },
      positions: [{ title: { en: 'Lord Mayor', de: 'Oberbürgermeisterin' }, placeId: cologne.id, from: '2015', to: null }],
    });
    const unnamed = (text: string, title = '市长') => {
      const at = text.indexOf(title);
      return { ...person('', title, 'zh', null), text: text.slice(at, at + title.length + 2), start: at, end: at + title.length + 2 };
    };
    const text = '德国科隆市市长何克出席了活动';
    const reading = await checkPerson(on(ctx, '2017-08-27', { text }), {
      ...unnamed(text),
      normalised: { ...unnamed(text).normalised, written: '何克' },
    });
    expect(reading.verdict).toBe('ambiguous');
    expect(reading.note.en).toContain('Henriette Reker');
    // Another place's mayor, or a deputy (of whom there are many), says nothing of the name.
    for (const other of ['北京市市长何克出席了活动', '科隆市副市长何克出席了活动']) {
      const title = other.includes('副') ? '副市长' : '市长';
      const c = unnamed(other, title);
      expect(
        (await checkPerson(on(ctx, '2017-08-27', { text: other }), { ...c, normalised: { ...c.normalised, written: '何克' } })).verdict,
      ).toBe('unknown');
    }
  });

  it('finds a signing recorded as an event whose title says so, by its people, a dateline a day late', async () => {
    const { ctx } = use();
    const { home, barcelona, qin } = await shenzhen(ctx);
    const c = on(ctx, '2021-11-23');
    const signed = (date: string) => claim({ kind: 'agreement', placeIds: [home.id, barcelona.id], personIds: [qin.id], date });
    expect((await checkAgreement(c, signed('2021-11-22'))).verdict).toBe('supported');
    // The report's own day stands for the days around it; any other day does not.
    expect((await checkAgreement(c, signed('2021-11-23'))).verdict).toBe('supported');
    expect((await checkAgreement(c, signed('2021-10-23'))).verdict).toBe('unknown');
  });

  it('matches a named event only among those of the places the claim names', async () => {
    const { ctx } = use();
    const { home } = await shenzhen(ctx);
    const c = on(ctx, '2023-03-08', { homeId: home.id });
    const founding = claim({
      kind: 'event',
      what: 'named_event',
      name: 'The city launched World Innovative Cities Cooperation Organization in 2021',
      placeIds: [home.id],
      date: '2021',
    });
    expect((await checkEvent(c, founding)).verdict).toBe('unknown');
    const joining = { ...founding, normalised: { ...founding.normalised, placeIds: [] } };
    expect((await checkEvent(c, joining)).verdict).toBe('supported');
  });

  it('reads a tie dated only with the report’s day as the tie that stands, and a figure as the named place’s', async () => {
    const { ctx } = use();
    const { home, barcelona, christchurch } = await shenzhen(ctx);
    const c = on(ctx, '2024-04-24', { homeId: home.id });
    const tie = (date: string) =>
      claim({ kind: 'relationship', placeIds: [home.id, barcelona.id], type: null, typeWords: null, date, areas: [] });
    expect((await checkRelationship(c, tie('2024-04-24'))).verdict).toBe('supported');
    expect((await checkRelationship(c, tie('2020'))).verdict).toBe('contradicted');
    await given(ctx).figure(christchurch, '2024-03', { places: 7, countries: 6 });
    const text = 'Christchurch has partners in 6 countries';
    const figure = claim({ kind: 'figure', countries: 6 }, text);
    expect((await checkFigure({ ...c, text }, figure)).verdict).toBe('supported');
    expect((await checkFigure({ ...c, text: 'Shenzhen has partners in 6 countries' }, figure)).verdict).toBe('unknown');
  });
});
