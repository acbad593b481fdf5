import type {
  AddedPartnerAnswer,
  PartnerPlace,
  PlannedVisitAnswer,
  RecordedSigningAnswer,
  SigningPublicViewAnswer,
  StatusEffectAnswer,
} from '@contract/flows.ts';
import { api } from './client.ts';

export type { AddedPartnerAnswer, PartnerPlace, PlannedVisitAnswer, RecordedSigningAnswer, SigningPublicViewAnswer, StatusEffectAnswer };

/** Places a name may mean, the registry's and the world network's, best first. */
export async function findPartnerPlaces(q: string, lang: string, homeId: string | null, signal?: AbortSignal): Promise<PartnerPlace[]> {
  const query = new URLSearchParams({ q, lang, ...(homeId ? { home: homeId } : {}) });
  return (await api<{ items: PartnerPlace[] }>(`/api/flows/places?${query}`, { signal })).items;
}

export const addPartner = (body: unknown) => api<AddedPartnerAnswer>('/api/flows/add-partner', { method: 'POST', body });

export const previewStatus = (tieId: string, body: unknown) =>
  api<StatusEffectAnswer>(`/api/partnerships/${tieId}/status/preview`, { method: 'POST', body });

/** Plans a visit, or replans it at the version edited; the answer names the event and what was made. */
export const planVisit = (body: unknown, target?: { id: string; version: number }) =>
  target
    ? api<PlannedVisitAnswer>(`/api/flows/plan-visit/${target.id}`, { method: 'PUT', body, version: target.version })
    : api<PlannedVisitAnswer>('/api/flows/plan-visit', { method: 'POST', body });

export const recordSigning = (body: unknown) => api<RecordedSigningAnswer>('/api/flows/record-signing', { method: 'POST', body });

export const previewSigning = (body: unknown) =>
  api<SigningPublicViewAnswer>('/api/flows/record-signing/preview', { method: 'POST', body });
