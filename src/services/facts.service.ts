import type { Citation } from '../domain/citation.ts';
import type { EntityKind } from '../records/kinds.ts';
import type { Alias, Names } from '../domain/common.ts';
import { AmityError } from '../domain/errors.ts';
import { factField } from '../domain/fact-fields.ts';
import { compareFact, fieldValue } from '../domain/facts.ts';
import { actorLabel, assertCanEdit } from '../domain/permissions.ts';
import type { Fact, FactSheet, FactSource } from '../http/contract/facts.ts';
import { factDecisionsRepository } from '../storage/fact-decisions.repository.ts';
import { citationService } from './citation.service.ts';
import { inTransaction, type Ctx } from './context.ts';
import { writeAudit } from './generic-record.service.ts';
import { SERVICES, sources } from './records.service.ts';

/** The answer's shape is the API's contract (src/http/contract/facts.ts). */
export type { Fact, FactSheet, FactSource };

/** For each fact of a record, the sources that support it and those that disagree, and the office's choice. */
export async function factSheet(ctx: Ctx, entity: EntityKind, id: string): Promise<FactSheet> {
  const record = (await SERVICES[entity].get(ctx, id)) as Record<string, unknown>;
  const citations = (await citationService.forRecord(ctx.db, entity, id)).map((c) =>
    c.field ? { ...c, field: factField(entity, c.field) } : c,
  );
  const bySource = new Map(
    (
      await sources.getMany(
        ctx,
        citations.map((c) => c.sourceId),
      )
    ).map((s) => [s.id, s]),
  );
  const names = [
    ...Object.values((record.names as Names | undefined) ?? {}),
    ...((record.aliases as Alias[] | undefined) ?? []).map((a) => a.name),
  ];
  const decisions = await factDecisionsRepository.forRecord(ctx.db, entity, id);
  const withSource = (c: Citation): FactSource | null => {
    const s = bySource.get(c.sourceId);
    if (!s) return null;
    const recorded = c.field ? fieldValue(record, c.field) : undefined;
    return {
      citation: c,
      source: { id: s.id, title: s.title, url: s.url, published: s.published },
      agreement: c.field && c.value !== null ? compareFact(recorded, c.value, names) : null,
    };
  };
  const general = citations
    .filter((c) => !c.field)
    .map(withSource)
    .filter((f): f is FactSource => f !== null);
  const fields = [...new Set([...citations.filter((c) => c.field).map((c) => c.field!), ...decisions.map((d) => d.field)])];
  const facts = fields.map((field) => {
    const list = citations
      .filter((c) => c.field === field)
      .map(withSource)
      .filter((f): f is FactSource => f !== null);
    const d = decisions.find((x) => x.field === field);
    return {
      field,
      recorded: fieldValue(record, field) ?? null,
      sources: list,
      conflict: list.some((f) => f.agreement === 'conflict'),
      decision: d ? { value: d.value, reason: d.reason, decidedAt: d.decided_at, decidedBy: d.decided_by } : null,
    };
  });
  return { entity, id, general, facts };
}

/** Records which value the office chose for a fact, and why. */
export async function decideFact(
  ctx: Ctx,
  input: { entity: EntityKind; id: string; field: string; value: string; reason: string },
): Promise<void> {
  assertCanEdit(ctx.actor);
  if (!input.reason.trim())
    throw new AmityError('validation', 'reason: say why this value was chosen', [{ path: ['reason'], code: 'empty', message: 'empty' }]);
  await inTransaction(ctx.db, async (db) => {
    await SERVICES[input.entity].load(db, input.id);
    const row = {
      entity: input.entity,
      entity_id: input.id,
      field: input.field,
      value: input.value,
      reason: input.reason.trim(),
      decided_at: ctx.now().toISOString(),
      decided_by: actorLabel(ctx.actor),
    };
    await factDecisionsRepository.upsert(db, row);
    await writeAudit(db, ctx, 'decide', input.entity, input.id, null, { [input.field]: { chosen: input.value, reason: row.reason } });
  });
}
