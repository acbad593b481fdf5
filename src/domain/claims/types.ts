import type { PartnershipType } from '../../records/partnership/partnership.schema.ts';
import type { PreciseDate } from '../precise-date.ts';

export type MentionKind = 'place' | 'person' | 'organisation' | 'mechanism';

/** A registry record named in a text. */
export interface Mention {
  kind: MentionKind;
  id: string;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The registry name or alias it matched, and whether that is an alias. */
  matched: string;
  viaAlias: boolean;
}

export type ClaimKind = 'figure' | 'relationship' | 'agreement' | 'event' | 'person' | 'membership' | 'mechanism';
export type Verdict = 'supported' | 'contradicted' | 'unknown' | 'ambiguous';

export interface FigureClaim {
  kind: 'figure';
  places?: number;
  countries?: number;
  sisterCities?: number;
  friendlyExchangeCities?: number;
}

export interface RelationshipClaim {
  kind: 'relationship';
  placeIds: [string, string];
  /** The type the words state; `ambiguous` when they fit two ranks (English 'friendship city'). */
  type: PartnershipType | 'ambiguous' | null;
  typeWords: string | null;
  date: PreciseDate | null;
  areas: string[];
}

export interface AgreementClaim {
  kind: 'agreement';
  placeIds: string[];
  personIds: string[];
  date: PreciseDate | null;
}

export interface EventClaim {
  kind: 'event';
  /** A site visited, a meeting or an exhibition named, or a person's visit in a year. */
  what: 'site_visit' | 'named_event' | 'person_visit';
  siteId?: string;
  siteKind?: MentionKind;
  name?: string;
  personId?: string;
  date: PreciseDate | null;
}

export interface PersonClaim {
  kind: 'person';
  personId: string;
  title: string;
  titleLang: 'zh' | 'en';
  viaAlias: boolean;
  written: string;
}

export interface MembershipClaim {
  kind: 'membership';
  memberId: string;
  memberKind: MentionKind;
  organisationId: string;
}

export interface MechanismClaim {
  kind: 'mechanism';
  mechanismId: string;
  memberIds: string[];
  year: number | null;
  cities: number | null;
  countries: number | null;
}

export type Normalised = FigureClaim | RelationshipClaim | AgreementClaim | EventClaim | PersonClaim | MembershipClaim | MechanismClaim;

/** A checkable statement found in a text, before it is checked. */
export interface ExtractedClaim {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  lang: 'zh' | 'en';
  normalised: Normalised;
}
