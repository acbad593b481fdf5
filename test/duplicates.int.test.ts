import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { ANONYMOUS } from '../src/domain/permissions.ts';
import { duplicatePairs, likelyDuplicates } from '../src/services/duplicates.service.ts';
import { organisations, people, places } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';
import { importLines } from './support/network.ts';

describeEachBackend('likely duplicates', (use) => {
  it('of a new record are found with the reason, in its country only', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const check = async (names: Record<string, string>, country: string) =>
      (await likelyDuplicates(ctx, 'place', { kind: 'city', names, country })).map((d) => `${d.name}: ${d.reason}`);
    expect(await check({ en: 'Moskva' }, 'RU')).toEqual(['Moscow: same country, names match after transliteration']);
    expect(await check({ en: 'Moskva' }, 'US')).toEqual([]);
    expect(await check({ en: 'Shenzen' }, 'CN')).toEqual(['Shenzhen: same country, names differ by one letter']);
    expect(await check({ zh: '蒙特利爾' }, 'CA')).toEqual(['Montreal: same country, names match']);
    expect(await check({ fr: 'Barcelone' }, 'ES')).toEqual(['Barcelona: same country, a name matches an alias']);
    expect(await check({ en: 'Nuernberg' }, 'DE')).toEqual(['Nuremberg: same country, names match']);
    const person = await likelyDuplicates(ctx, 'person', { names: { en: 'Sergei Cheremin' } });
    expect(person.map((d) => [d.name, d.reason])).toEqual([['Sergey Cheryomin', 'names match after transliteration']]);
  });

  it('leave out the record itself, deleted records, and internal ones from the public', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const a = await g.place({ en: 'Kazan', ru: 'Казань' }, 'RU');
    const hidden = await g.place('Kasan', 'RU', { visibility: 'internal' });
    expect((await likelyDuplicates(ctx, 'place', a, { excludeId: a.id })).map((d) => d.id)).toEqual([hidden.id]);
    expect(await likelyDuplicates({ ...ctx, actor: ANONYMOUS }, 'place', a, { excludeId: a.id })).toEqual([]);
    await places.remove(ctx, hidden.id, hidden.version);
    expect(await likelyDuplicates(ctx, 'place', a, { excludeId: a.id })).toEqual([]);
  });

  it('are listed in pairs across the registry, the older record first', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    expect(await duplicatePairs(ctx)).toEqual([]);
    const shenzhen = (await places.findByName(ctx.db, 'Shenzhen'))[0]!;
    const later = { ...ctx, now: () => new Date('2026-12-01T00:00:00Z') };
    const bus = await organisations.create(later, { kind: 'company', names: { en: 'Shenzhen Bus Grop' }, placeId: shenzhen.id });
    await people.create(later, { names: { ru: 'Ван Шоужуй' } });
    const pairs = await duplicatePairs(ctx, ['organisation', 'person']);
    expect(pairs.map((p) => [p.kind, p.a.name, p.b.name, p.reason])).toEqual([
      ['person', 'Wang Shourui', 'Ван Шоужуй', 'names match after transliteration'],
      ['organisation', 'Shenzhen Bus Group', bus.names.en, 'same place, names differ by one letter'],
    ]);
  });

  it('are the registry’s own: the world network’s places, matched when imported, are left to the network', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const kazan = await g.place({ en: 'Kazan', ru: 'Казань' }, 'RU');
    const kasan = await g.place('Kasan', 'RU');
    // Two spellings of one town in the network's rows, far enough apart to stay two places.
    await importLines(ctx, ['Vologda,Russia,59.22,39.89,Bergen,Norway,60.39,5.32', 'Wologda,Russia,49.22,30.89,Mainz,Germany,50.0,8.27']);
    const network = await ctx.db.selectFrom('places').select('id').where('layer', '=', 'network').execute();
    expect(network.length).toBeGreaterThanOrEqual(4);
    const pairs = await duplicatePairs(ctx, ['place']);
    // Both were created at the same instant, so either may come first.
    expect(pairs.map((p) => [p.a.id, p.b.id].sort())).toEqual([[kazan.id, kasan.id].sort()]);
  });
});
