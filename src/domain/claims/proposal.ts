import type { PreciseDate } from '../precise-date.ts';
import type { PartnershipType } from '../../records/partnership/partnership.schema.ts';

/**
 * The record a claim the registry cannot check would add, prefilled from the claim, so an editor
 * can record it in one step: a tie, a step in a tie's history (an upgrade), or a person's title.
 * Places and people are given by id where the registry holds them and by name as written otherwise.
 */
export type RecordProposal =
  | {
      kind: 'partnership';
      placeA: string;
      placeB: string;
      placeAId: string | null;
      placeBId: string | null;
      type: PartnershipType | null;
      established: PreciseDate | null;
    }
  | { kind: 'type_change'; partnershipId: string; type: PartnershipType; date: PreciseDate | null }
  | { kind: 'position'; person: string; personId: string | null; title: string; titleLang: 'zh' | 'en'; from: PreciseDate | null };
