import { expect, it } from 'vitest';
import type { ExtractedClaim, Normalised } from '../src/domain/claims/types.ts';
import { checkFigure } from '../src/services/claims/check-figures.ts';
import { checkAnniversary, checkUpgrade } from '../src/services/claims/check-history.ts';
import { checkPerson } from '../src/services/claims/check-people.ts';
import { checkRelationship } from '../src/services/claims/check-ties.ts';
import { checkText } from '../src/services/claims/check.service.ts';
import type { CheckContext } from '../src/services/claims/evidence.ts';
import type { Ctx } from '../src/services/context.ts';
import { organisations, people } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';

/** A claim as the extractor hands it over, with the reading under test. */
const claim = <N extends Normalised>(normalised: N): ExtractedClaim & { normalised: N } => ({
  text: 'a claim',
  start: 0,
  end: 7,
  paragraph: 0,
  lang: 'en',
  normalised,
});
const on = (ctx: Ctx, asOf: string, homeId: string | null = null): CheckContext => ({ ctx, asOf, homeId, sourceId: null, memo: new Map() });

async function shenzhen(ctx: Ctx) {
  const g = given(ctx);
  const home = await g.place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
  const houston = await g.place({ en: 'Houston', zh: '休斯敦' }, 'US');
  const barcelona = await g.place({ en: 'Barcelona', zh: '巴塞罗那' }, 'ES');
  const porto = await g.place({ en: 'Porto', zh: '波尔图' }, 'PT');
  await g.tie(home, houston, { kind: 'established', date: '1986-03', type: 'sister_city' });
  await g.tie(
    home,
    barcelona,
    { kind: 'established', date: '2012', type: 'friendly_exchange_city' },
    { kind: 'type_changed', date: '2021-11-22', type: 'sister_city' },
  );
  await g.figure(home, '2022-09', { places: 90, countries: 57, sisterCities: 24, friendlyExchangeCities: 66 });
  await g.figure(home, '2024-03-06', { places: 93, countries: 58 });
  return { home, houston, barcelona, porto };
}

describeEachBackend('verdicts as of a claim’s own date', (use) => {
  it('compares a figure with the figure published for its own month, not the latest', async () => {
    const { ctx } = use();
    const { home } = await shenzhen(ctx);
    const c = on(ctx, '2024-05-01', home.id);
    const wrong = await checkFigure(c, claim({ kind: 'figure', places: 91, asOf: '2022-09' }));
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.note.en).toMatch(/published for the same time says 90 \(published September 2022\)/);
    expect(wrong.note.zh).toContain('同期公布的数字为90');
    const right = await checkFigure(c, claim({ kind: 'figure', places: 90, countries: 57, asOf: '2022-09' }));
    expect(right.verdict).toBe('supported');
    // Without a date of its own, the figure speaks of the text's date: the later figure is the one to match.
    expect((await checkFigure(c, claim({ kind: 'figure', places: 90 }))).verdict).toBe('ambiguous');
    expect((await checkFigure(c, claim({ kind: 'figure', places: 93 }))).verdict).toBe('supported');
  });

  it('reads an anniversary as the year it implies, against the tie’s founding', async () => {
    const { ctx } = use();
    const { home, houston } = await shenzhen(ctx);
    const c = on(ctx, '2021-10-29');
    const anniversary = (years: number, inYear: number | null) =>
      claim({
        kind: 'anniversary',
        placeIds: [home.id, houston.id],
        placeNames: ['深圳', '休斯敦'],
        years,
        inYear,
        impliesEstablished: null,
      });
    expect((await checkAnniversary(c, anniversary(35, 2021))).verdict).toBe('supported');
    // No year of its own: the text's.
    expect((await checkAnniversary(c, anniversary(35, null))).verdict).toBe('supported');
    const wrong = await checkAnniversary(c, anniversary(30, 2021));
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.note.en).toBe('30 years in 2021 imply 1991, but the registry dates Shenzhen–Houston March 1986');
    expect(wrong.note.zh).toContain('2021年的30周年指向1991年');
  });

  it('checks an upgrade against the tie’s history', async () => {
    const { ctx } = use();
    const { home, barcelona, houston } = await shenzhen(ctx);
    const c = on(ctx, '2021-11-24');
    const upgrade = (placeB: string, date: string | null) =>
      claim({
        kind: 'upgrade',
        placeIds: [home.id, placeB],
        placeNames: ['深圳', '?'],
        fromType: 'friendly_exchange_city',
        toType: 'sister_city',
        date,
      });
    expect((await checkUpgrade(c, upgrade(barcelona.id, '2021-11-22'))).verdict).toBe('supported');
    expect((await checkUpgrade(c, upgrade(barcelona.id, '2019-05'))).verdict).toBe('contradicted');
    const unrecorded = await checkUpgrade(c, upgrade(houston.id, '2021'));
    expect(unrecorded.verdict).toBe('unknown');
    expect(unrecorded.propose).toMatchObject({ kind: 'type_change', type: 'sister_city', date: '2021' });
  });

  it('names the missing piece of an unknown in both languages and proposes the record', async () => {
    const { ctx } = use();
    const { home, porto } = await shenzhen(ctx);
    const c = on(ctx, '2024-05-01');
    const tie = (b: string | null) =>
      claim({
        kind: 'relationship',
        placeIds: [home.id, b],
        placeNames: ['深圳', '波尔图'],
        type: 'friendly_exchange_city',
        typeWords: '友好交流城市',
        date: '2024-04',
        areas: [],
      });
    const noTie = await checkRelationship(c, tie(porto.id));
    expect([noTie.verdict, noTie.note.en, noTie.note.zh]).toEqual([
      'unknown',
      'no tie Shenzhen–Porto is recorded',
      '登记册没有记录深圳–波尔图之间的关系',
    ]);
    expect(noTie.propose).toEqual({
      kind: 'partnership',
      placeA: '深圳',
      placeB: '波尔图',
      placeAId: home.id,
      placeBId: porto.id,
      type: 'friendly_exchange_city',
      established: '2024-04',
    });
    const noPlace = await checkRelationship(c, tie(null));
    expect(noPlace.verdict).toBe('unknown');
    expect(noPlace.note.en).toBe("no place '波尔图' is recorded, so no tie Shenzhen–波尔图 is");
    expect(noPlace.propose).toMatchObject({ placeBId: null, placeB: '波尔图' });

    const tao = await people.create(ctx, { names: { zh: '陶永欣' }, positions: [] });
    const title = await checkPerson(
      c,
      claim({ kind: 'person', personId: tao.id, title: '常务副市长', titleLang: 'zh', viaAlias: false, written: '陶永欣' }),
    );
    expect([title.verdict, title.note.en, title.note.zh]).toEqual([
      'unknown',
      "no position '常务副市长' is recorded for 陶永欣 as of 1 May 2024",
      '登记册没有记录陶永欣2024年5月1日时任“常务副市长”',
    ]);
    expect(title.propose).toEqual({
      kind: 'position',
      person: '陶永欣',
      personId: tao.id,
      title: '常务副市长',
      titleLang: 'zh',
      from: null,
    });
  });

  it('fits a title given with the body it is held in, at the date the text gives it', async () => {
    const { ctx } = use();
    const haifa = await organisations.create(ctx, { kind: 'government_body', names: { en: 'Haifa Municipality' } });
    const almog = await people.create(ctx, {
      names: { en: 'Hedva Almog' },
      positions: [{ title: { en: 'deputy mayor' }, organisationId: haifa.id, from: '2010', to: '2018' }],
    });
    const title = (date: string | null) =>
      claim({
        kind: 'person',
        personId: almog.id,
        title: 'deputy mayor of Haifa Municipality',
        titleLang: 'en',
        viaAlias: false,
        written: 'Hedva Almog',
        date,
      });
    expect((await checkPerson(on(ctx, '2016-01-20'), title(null))).verdict).toBe('supported');
    // Read in 2024 the title has ended; said of 2016 ('then') it holds.
    expect((await checkPerson(on(ctx, '2024-05-01'), title(null))).verdict).toBe('unknown');
    expect((await checkPerson(on(ctx, '2024-05-01'), title('2016-01'))).verdict).toBe('supported');
  });

  it('reports a fact stated in the headline, the lead and the body once, with each span, and nothing in page furniture', async () => {
    const { ctx } = use();
    await shenzhen(ctx);
    const said = 'Shenzhen and Houston became sister cities in 1986.';
    const text = [`${said}`, `HOUSTON, 1 May 2024. ${said} More to follow.`, 'Officials met.', `In short: ${said}`, `原标题：${said}`].join(
      '\n\n',
    );
    const r = await checkText(ctx, { text, asOf: '2024-05-01' });
    const ties = r.claims.filter((c) => c.kind === 'relationship');
    expect(ties).toHaveLength(1);
    expect(ties[0]!.spans.map((s) => r.text.slice(s.start, s.end).includes('1986'))).toEqual([true, true, true]);
    expect(ties[0]!.spans[0]).toEqual({ start: ties[0]!.start, end: ties[0]!.end });
  });
});
