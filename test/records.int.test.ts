import { expect, it } from 'vitest';
import { AmityError } from '../src/domain/errors.ts';
import { ANONYMOUS } from '../src/domain/permissions.ts';
import { auditRepository } from '../src/storage/audit.repository.ts';
import { partnerships, places } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';

async function rejects(promise: Promise<unknown>, code: string): Promise<AmityError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AmityError);
  expect((error as AmityError).code).toBe(code);
  return error as AmityError;
}

describeEachBackend('records', (use) => {
  it('are created, read and found by any of their names', async () => {
    const { ctx } = use();
    const moscow = await given(ctx).place({ zh: '莫斯科', en: 'Moscow', ru: 'Москва' }, 'RU', { aliases: [{ name: 'Moskva' }] });
    expect(moscow.id).toMatch(/^pl_/);
    expect(moscow.version).toBe(1);
    expect((await places.get(ctx, moscow.id)).names.ru).toBe('Москва');
    for (const name of ['moscow', 'МОСКВА', '莫斯科', 'Moskva']) {
      expect((await places.findByName(ctx.db, name)).map((p) => p.id)).toEqual([moscow.id]);
    }
  });

  it('refuse a stale version and keep the newer write', async () => {
    const { ctx } = use();
    const p = await given(ctx).place('Houston', 'US');
    const updated = await places.patch(ctx, p.id, { population: { value: 2_300_000, year: 2020 } }, 1);
    expect(updated.version).toBe(2);
    const error = await rejects(places.patch(ctx, p.id, { population: { value: 1, year: 2020 } }, 1), 'stale_version');
    expect(error.details.currentVersion).toBe(2);
    expect((await places.get(ctx, p.id)).population?.value).toBe(2_300_000);
  });

  it('write the before and after of each change to the audit trail', async () => {
    const { ctx } = use();
    const p = await given(ctx).place('Brisbane', 'AU');
    await places.patch(ctx, p.id, { names: { en: 'Brisbane', zh: '布里斯班' } }, 1);
    const trail = await auditRepository.forRecord(ctx.db, 'place', p.id);
    expect(trail.map((t) => t.action)).toEqual(['create', 'update']);
    const changes = typeof trail[1]!.changes === 'string' ? JSON.parse(trail[1]!.changes) : trail[1]!.changes;
    expect(changes).toEqual({ names: { before: { en: 'Brisbane' }, after: { en: 'Brisbane', zh: '布里斯班' } } });
    expect(trail[1]!.actor_label).toBe('system:test');
  });

  it('refuse a reference to a record that does not exist, naming the field', async () => {
    const { ctx } = use();
    const home = await given(ctx).place('Shenzhen', 'CN');
    const error = await rejects(
      partnerships.create(ctx, { placeAId: home.id, placeBId: 'pl_doesnotexist', history: [{ kind: 'established', type: 'sister_city' }] }),
      'missing_reference',
    );
    expect(error.issues[0]).toMatchObject({ path: ['placeBId'], code: 'missing_record' });
    expect(await partnerships.count(ctx)).toBe(0);
  });

  it('refuse an unknown cooperation area and a second tie between the same places', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const a = await g.place('Shenzhen', 'CN');
    const b = await g.place('Moscow', 'RU');
    const area = await rejects(
      partnerships.create(ctx, {
        placeAId: a.id,
        placeBId: b.id,
        history: [{ kind: 'established', type: 'sister_city' }],
        areas: ['diplomacy'],
      }),
      'validation',
    );
    expect(area.issues).toMatchObject([{ path: ['areas', '0'], code: 'unknown_area' }]);
    await g.tie(a, b, { kind: 'established', date: '2024-03-06', type: 'friendly_exchange_city' });
    const second = await rejects(g.tie(b, a, { kind: 'established', type: 'sister_city' }), 'duplicate');
    expect(second.issues).toMatchObject([{ path: ['placeBId'], code: 'duplicate_tie' }]);
  });

  it('delete softly, refuse to delete what others point at, and restore', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const a = await g.place('Shenzhen', 'CN');
    const b = await g.place('Moscow', 'RU');
    const tie = await g.tie(a, b, { kind: 'established', type: 'sister_city' });
    await rejects(places.remove(ctx, b.id, 1), 'in_use');
    await partnerships.remove(ctx, tie.id, tie.version);
    await rejects(partnerships.get(ctx, tie.id), 'not_found');
    expect(await partnerships.count(ctx)).toBe(0);
    await places.remove(ctx, b.id, 1);
    await rejects(partnerships.restore(ctx, tie.id), 'missing_reference');
    await places.restore(ctx, b.id);
    const restored = await partnerships.restore(ctx, tie.id);
    expect(restored.deletedAt).toBeNull();
    expect((await auditRepository.forRecord(ctx.db, 'partnership', tie.id)).map((t) => t.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('hide internal records from the public and refuse anonymous writes', async () => {
    const { ctx } = use();
    const secret = await given(ctx).place('Quietville', 'FR', { visibility: 'internal' });
    const pub = { ...ctx, actor: ANONYMOUS };
    await rejects(places.get(pub, secret.id), 'not_found');
    expect((await places.list(pub)).map((p) => p.id)).not.toContain(secret.id);
    await rejects(places.create(pub, { kind: 'city', names: { en: 'X' }, country: 'FR' }), 'unauthenticated');
  });

  it('refuse a place inside itself', async () => {
    const { ctx } = use();
    const g = given(ctx);
    const city = await g.place('Shenzhen', 'CN');
    const district = await g.place('Futian', 'CN', { kind: 'district', parentId: city.id });
    await rejects(places.patch(ctx, city.id, { parentId: district.id }, city.version), 'validation');
  });
});
