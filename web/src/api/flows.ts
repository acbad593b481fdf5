import type {
  AddedPartnerAnswer,
  PartnerPlace,
  RecordedSigningAnswer,
  SigningPublicViewAnswer,
  StatusEffectAnswer,
} from '@contract/flows.ts';
import { api } from './client.ts';

export type { AddedPartnerAnswer, PartnerPlace, RecordedSigningAnswer, SigningPublicViewAnswer, StatusEffectAnswer };

/** Places a name may mean, the registry's and the world network's, best first. */
export async function findPartnerPlaces(q: string, lang: string, homeId: string | null, signal?: AbortSignal): Promise<PartnerPlace[]> {
  const query = new URLSearchParams({ q, lang, ...(homeId ? { home: homeId } : {}) });
  return (await api<{ items: PartnerPlace[] }>(`/api/flows/places?${query}`, { signal })).items;
}

export const addPartner = (body: unknown) => api<AddedPartnerAnswer>('/api/flows/add-partner', { method: 'POST', body });

export const previewStatus = (tieId: string, body: unknown) =>
  api<StatusEffectAnswer>(`/api/partnerships/${tieId}/status/preview`, { method: 'POST', body });

export const recordSigning = (body: unknown) => api<RecordedSigningAnswer>('/api/flows/record-signing', { method: 'POST', body });

export const previewSigning = (body: unknown) =>
  api<SigningPublicViewAnswer>('/api/flows/record-signing/preview', { method: 'POST', body });
