import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { ANONYMOUS } from '../src/domain/permissions.ts';
import { decideFact, factSheet } from '../src/services/facts.service.ts';
import { partnerships, places, people } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';

describeEachBackend('the facts of a record and the sources behind them', (use) => {
  it('shows Houston’s three dates as a conflict, with the value the office chose and why', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const houston = (await places.findByName(ctx.db, 'Houston'))[0]!;
    const [tie] = await partnerships.touching(ctx.db, [houston.id]);
    const sheet = await factSheet({ ...ctx, actor: ANONYMOUS }, 'partnership', tie!.id);
    const established = sheet.facts.find((f) => f.field === 'established')!;
    expect(established.recorded).toBe('1986-03');
    expect(established.conflict).toBe(true);
    const byValue = Object.fromEntries(established.sources.map((s) => [s.citation.value, s.agreement]));
    expect(byValue).toEqual({ '1986-03': 'same', '1986-04': 'conflict', '1989-10': 'conflict', '1986': 'compatible' });
    expect(established.decision).toMatchObject({ value: '1986-03', reason: expect.stringContaining('own account') });
    expect(sheet.general.length).toBeGreaterThan(0);
  });

  it('treats a spelling among the record’s names as a variant, not a conflict', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const [person] = await people.list(ctx, { filters: [{ column: 'sort_name', op: '=', value: 'Sergey Cheryomin' }] });
    const sheet = await factSheet(ctx, 'person', person!.id);
    const name = sheet.facts.find((f) => f.field === 'names.en')!;
    expect(name.sources.map((s) => s.agreement)).toEqual(['variant']);
    expect(name.conflict).toBe(false);
  });

  it('keeps a decision with who made it, and refuses one without a reason', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const edinburgh = (await places.findByName(ctx.db, 'Edinburgh'))[0]!;
    const [tie] = await partnerships.touching(ctx.db, [edinburgh.id]);
    await decideFact(ctx, {
      entity: 'partnership',
      id: tie!.id,
      field: 'established',
      value: '2019-05',
      reason: 'the sixth anniversary in May 2025',
    });
    expect((await factSheet(ctx, 'partnership', tie!.id)).facts.find((f) => f.field === 'established')?.decision?.decidedBy).toBe(
      'system:test',
    );
    await expect(
      decideFact(ctx, { entity: 'partnership', id: tie!.id, field: 'established', value: '2019', reason: '  ' }),
    ).rejects.toThrow(/reason/);
  });
});
