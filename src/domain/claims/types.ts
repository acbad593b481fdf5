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

export type ClaimKind =
  | 'figure'
  | 'relationship'
  | 'upgrade'
  | 'anniversary'
  | 'agreement'
  | 'event'
  | 'person'
  | 'membership'
  | 'mechanism';
export type Verdict = 'supported' | 'contradicted' | 'unknown' | 'ambiguous';

export interface FigureClaim {
  kind: 'figure';
  places?: number;
  countries?: number;
  sisterCities?: number;
  friendlyExchangeCities?: number;
  /** Pairs of partner places between two countries (中美之间284对), and an organisation's members. */
  pairs?: number;
  members?: number;
  /** The figure's own date ('截至2022年9月'); without one it speaks of the text's date. */
  asOf?: PreciseDate | null;
}

export interface RelationshipClaim {
  kind: 'relationship';
  /** The registry's places, or null for a place it does not hold (named in `placeNames`). */
  placeIds: [string | null, string | null];
  /** The places as written. */
  placeNames?: [string, string];
  /** The type the words state; `ambiguous` when they fit two ranks (English 'friendship city'). */
  type: PartnershipType | 'ambiguous' | null;
  typeWords: string | null;
  date: PreciseDate | null;
  areas: string[];
}

/** A tie moving from one rank to another: 从友好交流城市正式升级为友好城市. */
export interface UpgradeClaim {
  kind: 'upgrade';
  placeIds: [string | null, string | null];
  placeNames: [string, string];
  fromType: PartnershipType | null;
  toType: PartnershipType;
  date: PreciseDate | null;
}

/** The Nth anniversary of a tie, or 'N years of' it, which implies the year it began. */
export interface AnniversaryClaim {
  kind: 'anniversary';
  placeIds: [string | null, string | null];
  placeNames: [string, string];
  years: number;
  /** The year the anniversary falls in, and the year the tie began by it. */
  inYear: number | null;
  impliesEstablished: PreciseDate | null;
  /** The anniversary is to come, in a year the text does not give ('期待共同庆祝两市结好40周年'). */
  upcoming?: boolean;
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
  /** The places and people taking part that the registry holds. */
  placeIds?: string[];
  personIds?: string[];
  /** The people the sentence names with a title, as written, the registry's or not: what tells one telling of a meeting from another. */
  personNames?: string[];
  date: PreciseDate | null;
}

export interface PersonClaim {
  kind: 'person';
  personId: string;
  title: string;
  titleLang: 'zh' | 'en';
  viaAlias: boolean;
  written: string;
  /** When the text says the title was held ('时任', 'then'); without one, the text's date. */
  date?: PreciseDate | null;
}

export interface MembershipClaim {
  kind: 'membership';
  /** The registry's records, or null for one it does not hold (named in `memberName`, `organisationName`). */
  memberId: string | null;
  memberKind: MentionKind;
  organisationId: string | null;
  memberName?: string;
  organisationName?: string;
}

export interface MechanismClaim {
  kind: 'mechanism';
  mechanismId: string;
  memberIds: string[];
  year: number | null;
  cities: number | null;
  countries: number | null;
}

export type Normalised =
  | FigureClaim
  | RelationshipClaim
  | UpgradeClaim
  | AnniversaryClaim
  | AgreementClaim
  | EventClaim
  | PersonClaim
  | MembershipClaim
  | MechanismClaim;

/** A checkable statement found in a text, before it is checked. */
export interface ExtractedClaim {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  lang: 'zh' | 'en';
  normalised: Normalised;
}
