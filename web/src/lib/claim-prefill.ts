import type { EntityKind } from '@records/kinds.ts';
import type { Normalised } from '@domain/claims/types.ts';
import type { RecordProposal } from '@domain/claims/proposal.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '@records/partnership/partnership.schema.ts';

/**
 * What the workspace editor opens with when a claim the registry cannot check is to be recorded:
 * a new record's fields, or one item to add to a list of a record that exists, and the source
 * to cite for it once it is saved.
 */
export interface Prefill {
  kind: EntityKind;
  /** A record to change; a new one when absent. */
  id?: string;
  /** The new record's fields (the rest take their defaults). */
  data?: Record<string, unknown>;
  /** An item added to a list field of the record `id`. */
  append?: { field: string; item: Record<string, unknown> };
}

export interface EditorState {
  prefill?: Prefill;
  /** Cite this source for the record once it is saved, with the claim's words as the quote. */
  cite?: { sourceId: string; quote: string };
}

export interface ClaimLike {
  text: string;
  lang: 'zh' | 'en';
  verdict: string;
  normalised: Normalised;
  /** The record the checker proposes for a claim it cannot check. */
  propose?: RecordProposal;
}

/** The kinds of claim whose missing record the workspace can create: ties, people, memberships and events. */
export const CREATABLE = ['relationship', 'person', 'membership', 'event'] as const;

const isType = (t: unknown): t is PartnershipType => (PARTNERSHIP_TYPES as readonly unknown[]).includes(t);

/** True when the workspace can record what the claim states: the checker proposed it, or the claim is of a kind it creates. */
export const canCreate = (claim: ClaimLike): boolean =>
  claim.verdict === 'unknown' && (Boolean(claim.propose) || (CREATABLE as readonly string[]).includes(claim.normalised.kind));

/** The checker's proposal as the editor's prefill. */
function proposed(p: RecordProposal): Prefill {
  switch (p.kind) {
    case 'partnership':
      return {
        kind: 'partnership',
        data: {
          placeAId: p.placeAId,
          placeBId: p.placeBId,
          history: [{ kind: 'established', date: p.established, recordedOn: null, type: p.type, status: null, note: null }],
        },
      };
    case 'type_change':
      return {
        kind: 'partnership',
        id: p.partnershipId,
        append: {
          field: 'history',
          item: { kind: 'type_changed', date: p.date, recordedOn: null, type: p.type, status: null, note: null },
        },
      };
    case 'position': {
      const position = { title: { [p.titleLang]: p.title }, organisationId: null, placeId: null, from: p.from, to: null };
      return p.personId
        ? { kind: 'person', id: p.personId, append: { field: 'positions', item: position } }
        : { kind: 'person', data: { names: { [p.titleLang]: p.person }, positions: [position] } };
    }
  }
}

/** The record a claim describes, ready for the editor; null when the claim is not of a kind it can create. */
export function prefillFor(claim: ClaimLike, homeId: string | null): Prefill | null {
  if (claim.propose) return proposed(claim.propose);
  const n = claim.normalised;
  const title = { [claim.lang]: claim.text.slice(0, 300) };
  switch (n.kind) {
    case 'relationship':
      return {
        kind: 'partnership',
        data: {
          placeAId: n.placeIds[0],
          placeBId: n.placeIds[1],
          areas: n.areas,
          history: [
            { kind: 'established', date: n.date, recordedOn: null, type: isType(n.type) ? n.type : null, status: null, note: null },
          ],
        },
      };
    case 'person':
      return {
        kind: 'person',
        id: n.personId,
        append: {
          field: 'positions',
          item: { title: { [n.titleLang]: n.title }, organisationId: null, placeId: null, from: null, to: null },
        },
      };
    case 'membership':
      // A body or member the registry lacks has no record to add the membership to.
      if (n.organisationId === null || n.memberId === null) return null;
      return {
        kind: 'organisation',
        id: n.organisationId,
        append: {
          field: 'members',
          item: {
            member:
              n.memberKind === 'organisation'
                ? { placeId: null, organisationId: n.memberId }
                : { placeId: n.memberId, organisationId: null },
            from: null,
            to: null,
            role: null,
          },
        },
      };
    case 'event': {
      const base = { titles: n.what === 'person_visit' ? title : { [claim.lang]: n.name ?? claim.text }, start: n.date };
      if (n.what === 'person_visit') {
        return {
          kind: 'event',
          data: {
            ...base,
            kind: 'incoming_visit',
            placeIds: homeId ? [homeId] : [],
            participants: n.personId ? [{ personId: n.personId, title: {}, representing: null, delegation: null }] : [],
          },
        };
      }
      if (n.what === 'site_visit') {
        return {
          kind: 'event',
          data: {
            ...base,
            kind: 'incoming_visit',
            placeIds: homeId ? [homeId] : [],
            itinerary: [
              {
                date: n.date,
                time: null,
                title: n.siteId ? {} : { [claim.lang]: n.name ?? claim.text },
                purpose: {},
                organisationId: n.siteKind === 'organisation' ? (n.siteId ?? null) : null,
                placeId: n.siteKind === 'place' ? (n.siteId ?? null) : null,
              },
            ],
          },
        };
      }
      return { kind: 'event', data: { ...base, kind: 'other', placeIds: homeId ? [homeId] : [] } };
    }
    default:
      return null;
  }
}
