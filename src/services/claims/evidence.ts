import type { EntityKind } from '../../domain/citation.ts';
import type { ClaimKind, ExtractedClaim, Normalised, Verdict } from '../../domain/claims/types.ts';
import type { Day } from '../../domain/precise-date.ts';
import { citationService } from '../citation.service.ts';
import type { Ctx } from '../context.ts';
import { sources } from '../registry.ts';

export interface Evidence {
  entity: EntityKind;
  id: string;
  label: string;
  detail: string | null;
  sources: { id: string; title: string; url: string | null }[];
}

export interface CheckedClaim {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  verdict: Verdict;
  evidence: Evidence[];
  note: string;
  normalised: Normalised;
  paragraph: number;
  lang: 'zh' | 'en';
}

export interface Outcome {
  verdict: Verdict;
  note: string;
  evidence: Evidence[];
}

/** What every check needs to know about the text it checks. */
export interface CheckContext {
  ctx: Ctx;
  asOf: Day;
  homeId: string | null;
  /** The registry's record of the text itself, so its own figures do not vouch for it. */
  sourceId: string | null;
}

export type Checker<K extends Normalised['kind']> = (c: CheckContext, claim: ExtractedClaim & { normalised: Extract<Normalised, { kind: K }> }) => Promise<Outcome>;

/** A record as evidence, with the sources cited for it. */
export async function evidenceOf(ctx: Ctx, entity: EntityKind, id: string, label: string, detail: string | null = null): Promise<Evidence> {
  const cited = await citationService.forRecord(ctx.db, entity, id);
  const list = await sources.getMany(ctx, [...new Set(cited.map((c) => c.sourceId))]);
  return { entity, id, label, detail, sources: list.map((s) => ({ id: s.id, title: s.title, url: s.url })) };
}

/** The worst of several verdicts: a contradiction outweighs doubt, doubt outweighs silence. */
export function combine(verdicts: Verdict[]): Verdict {
  for (const v of ['contradicted', 'ambiguous', 'unknown'] as const) if (verdicts.includes(v)) return v;
  return 'supported';
}
