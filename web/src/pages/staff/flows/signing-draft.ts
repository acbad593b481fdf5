import type { AgreementKind } from '@records/agreement/agreement.schema.ts';
import type { PartnershipType } from '@records/partnership/partnership.schema.ts';
import type { Visibility } from '@domain/common.ts';
import type { PartnerPlace } from '../../../api/flows.ts';
import { emptyDraft, type NewPlaceDraft, type PartnerDraft } from './draft.ts';

export const SIGNING_KINDS = ['memorandum', 'establishing_agreement', 'letter_of_intent'] as const satisfies readonly AgreementKind[];
export type SigningKind = (typeof SIGNING_KINDS)[number];
export type Side = 'home' | 'partner';

/** One who signed, as the screen holds it: a person chosen, or the names of a new one. */
export interface SignerDraft {
  key: number;
  personId: string | null;
  creating: boolean;
  zh: string;
  en: string;
  titleZh: string;
  titleEn: string;
  /** Set once the title is typed in, so that a later prefill does not overwrite it. */
  titleTyped: boolean;
  side: Side;
}

/** Everything the record-a-signing screen holds before it is sent. */
export interface SigningDraft extends Pick<PartnerDraft, 'sourceMode' | 'sourceId' | 'url' | 'title' | 'text' | 'quote'> {
  kind: SigningKind;
  titleZh: string;
  titleEn: string;
  signedOn: string;
  signedAtPlaceId: string | null;
  visibility: Visibility;
  signers: SignerDraft[];
  effect: 'upgrades' | 'founds';
  tieId: string | null;
  found: PartnerPlace | null;
  creating: boolean;
  newPlace: NewPlaceDraft;
  type: PartnershipType;
}

let nextKey = 1;
export const emptySigner = (side: Side): SignerDraft => ({
  key: nextKey++,
  personId: null,
  creating: false,
  zh: '',
  en: '',
  titleZh: '',
  titleEn: '',
  titleTyped: false,
  side,
});

export function emptySigning(): SigningDraft {
  const { sourceMode, sourceId, url, title, text, quote, newPlace } = emptyDraft();
  return {
    kind: 'memorandum',
    titleZh: '',
    titleEn: '',
    signedOn: '',
    signedAtPlaceId: null,
    visibility: 'public',
    signers: [emptySigner('home'), emptySigner('partner')],
    effect: 'upgrades',
    tieId: null,
    found: null,
    creating: false,
    newPlace,
    type: 'sister_city',
    sourceMode,
    sourceId,
    url,
    title,
    text,
    quote,
  };
}

/** Only the languages written in. */
const text = (zh: string, en: string): Record<string, string> =>
  Object.fromEntries(
    (
      [
        ['zh', zh.trim()],
        ['en', en.trim()],
      ] as const
    ).filter(([, v]) => v),
  );

function signerOf(s: SignerDraft): Record<string, unknown> {
  const who = s.creating ? { newPerson: { names: text(s.zh, s.en) } } : s.personId ? { personId: s.personId } : {};
  return { ...who, title: text(s.titleZh, s.titleEn), side: s.side };
}

function tieOf(d: SigningDraft): Record<string, unknown> {
  if (d.effect === 'upgrades') return { effect: 'upgrades', partnershipId: d.tieId ?? '', type: d.type };
  const place = d.creating
    ? { newPlace: { names: text(d.newPlace.zh, d.newPlace.en), country: d.newPlace.country, kind: d.newPlace.kind } }
    : d.found
      ? { placeId: d.found.id }
      : {};
  return { effect: 'founds', ...place, type: d.type };
}

function sourceOf(d: SigningDraft): Record<string, unknown> {
  if (d.sourceMode === 'existing') return { kind: 'existing', id: d.sourceId ?? '' };
  if (d.sourceMode === 'link') return { kind: 'link', url: d.url.trim(), title: d.title.trim() };
  return {
    kind: 'text',
    content: d.text,
    ...(d.url.trim() ? { url: d.url.trim() } : {}),
    ...(d.title.trim() ? { title: d.title.trim() } : {}),
  };
}

/** The request `POST /api/flows/record-signing` (and its preview) takes. */
export function signingRequest(d: SigningDraft, homeId: string): Record<string, unknown> {
  return {
    homeId,
    agreement: {
      kind: d.kind,
      titles: text(d.titleZh, d.titleEn),
      signedOn: d.signedOn.trim(),
      signedAtPlaceId: d.signedAtPlaceId,
      visibility: d.visibility,
    },
    signatories: d.signers.map(signerOf),
    tie: tieOf(d),
    source: sourceOf(d),
    quote: d.quote.trim(),
  };
}

/** Where a problem the API names is shown on the screen: its path, without the request's own wrapping. */
export function signingField(path: readonly (string | number)[]): string {
  const parts = path.filter((p) => p !== 'body').map(String);
  if (parts[0] === 'signatories') return parts[1] === undefined ? 'signatories' : `signatories.${parts[1]}`;
  if (parts[0] === 'tie') {
    if (parts[1] === 'newPlace') return parts[2] ?? 'names';
    return parts[1] === 'partnershipId' ? 'tieId' : parts[1] === 'placeId' ? 'placeId' : `tie.${parts[1] ?? 'type'}`;
  }
  if (parts[0] === 'agreement') return parts[1] ?? 'agreement';
  if (parts[0] === 'source') return `source.${parts[1] ?? 'id'}`;
  return parts[0] ?? 'form';
}
