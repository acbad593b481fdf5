import { z } from 'zod';
import { EntityKindSchema } from '../../records/kinds.ts';
import { NamesSchema } from '../../domain/common.ts';
import { TIERS } from '../../domain/name-match.ts';

/** Two records that are likely the same, and why. */
export const DuplicatePairSchema = z.object({
  kind: EntityKindSchema,
  a: z.object({ id: z.string(), name: z.string() }),
  b: z.object({ id: z.string(), name: z.string() }),
  tier: z.enum(TIERS).describe('how closely the names match'),
  distance: z.number().int(),
  reason: z.string().describe('why the two are likely the same record'),
  names: z.tuple([z.string(), z.string()]).describe('the two names that matched'),
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;

/** GET /api/duplicates */
export const DuplicatePairsSchema = z.object({ items: z.array(DuplicatePairSchema) });
export type DuplicatePairs = z.infer<typeof DuplicatePairsSchema>;

/** POST /api/merges: what a merge did. */
export const MergeReportSchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  survivorId: z.string(),
  duplicateId: z.string(),
  rewritten: z.number().int().describe('records rewritten to point at the survivor'),
  citationsMoved: z.number().int(),
  tiesMerged: z
    .array(z.object({ survivorId: z.string(), duplicateId: z.string() }))
    .describe('second ties between the same places that the merge made, merged in turn'),
});
export type MergeReport = z.infer<typeof MergeReportSchema>;

/** A merge as the workspace lists it: what was merged into what, by whom, and whether it was undone. */
export const MergeSummarySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  survivor: z.object({ id: z.string(), names: NamesSchema }),
  duplicate: z.object({ id: z.string(), names: NamesSchema }).describe('the duplicate’s names as it was deleted'),
  at: z.string(),
  by: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type MergeSummary = z.infer<typeof MergeSummarySchema>;

/** GET /api/merges */
export const MergesSchema = z.object({ items: z.array(MergeSummarySchema) });
export type Merges = z.infer<typeof MergesSchema>;

/** A record that one being made or changed is likely a second copy of, and why. */
export const DuplicateCandidateSchema = z.object({
  kind: EntityKindSchema,
  id: z.string(),
  name: z.string(),
  allNames: NamesSchema,
  tier: z.enum(TIERS).describe('how closely the names match'),
  distance: z.number().int(),
  reason: z.string(),
  names: z.tuple([z.string(), z.string()]).describe('the two names that matched, the new record’s first'),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidateSchema>;

/** POST /api/duplicates/check */
export const DuplicateCandidatesSchema = z.object({ items: z.array(DuplicateCandidateSchema) });
export type DuplicateCandidates = z.infer<typeof DuplicateCandidatesSchema>;
