import type { PartnershipType } from '@records/partnership/partnership.schema.ts';
import type { PlaceKind } from '@records/place/place.schema.ts';
import type { Visibility } from '@domain/common.ts';
import type { PartnerPlace } from '../../../api/flows.ts';

export type SourceMode = 'existing' | 'link' | 'text';
export const FLOW_STATUSES = ['active', 'dormant', 'proposed'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

export interface NewPlaceDraft {
  zh: string;
  en: string;
  ru: string;
  country: string;
  kind: PlaceKind;
}

/** Everything the add-a-partner screen holds before it is sent. */
export interface PartnerDraft {
  /** The place found, or null while a new one is described (or nothing is chosen yet). */
  found: PartnerPlace | null;
  creating: boolean;
  newPlace: NewPlaceDraft;
  type: PartnershipType;
  status: FlowStatus;
  established: string;
  areas: string[];
  visibility: Visibility;
  note: string;
  sourceMode: SourceMode;
  sourceId: string | null;
  url: string;
  title: string;
  text: string;
  quote: string;
}

export const emptyDraft = (): PartnerDraft => ({
  found: null,
  creating: false,
  newPlace: { zh: '', en: '', ru: '', country: '', kind: 'city' },
  type: 'sister_city',
  status: 'active',
  established: '',
  areas: [],
  visibility: 'public',
  note: '',
  sourceMode: 'link',
  sourceId: null,
  url: '',
  title: '',
  text: '',
  quote: '',
});

const names = (p: NewPlaceDraft) =>
  Object.fromEntries((['zh', 'en', 'ru'] as const).flatMap((lang) => (p[lang].trim() ? [[lang, p[lang].trim()]] : []))) as Record<
    string,
    string
  >;

function sourceOf(d: PartnerDraft): Record<string, unknown> {
  const url = d.url.trim() ? { url: d.url.trim() } : {};
  const title = d.title.trim() ? { title: d.title.trim() } : {};
  if (d.sourceMode === 'existing') return { kind: 'existing', id: d.sourceId ?? '' };
  if (d.sourceMode === 'link') return { kind: 'link', url: d.url.trim(), title: d.title.trim() };
  return { kind: 'text', content: d.text, ...url, ...title };
}

/** The request `POST /api/flows/add-partner` takes. */
export function requestOf(d: PartnerDraft, homeId: string): Record<string, unknown> {
  return {
    homeId,
    ...(d.creating
      ? { newPlace: { names: names(d.newPlace), country: d.newPlace.country, kind: d.newPlace.kind } }
      : d.found
        ? { placeId: d.found.id }
        : {}),
    type: d.type,
    status: d.status,
    established: d.established.trim() || null,
    areas: d.areas,
    visibility: d.visibility,
    note: d.note.trim() || null,
    source: sourceOf(d),
    quote: d.quote.trim(),
  };
}

/** The names the partner will go by, whether found or new. */
export function partnerNames(d: PartnerDraft): Record<string, string> {
  return d.creating ? names(d.newPlace) : (d.found?.names ?? {});
}
