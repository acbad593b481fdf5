import { PARTNERSHIP_TYPES } from '@records/partnership/partnership.schema.ts';
import type { Normalised } from '@domain/claims/types.ts';

/** What the link needs of a checked claim. */
interface Claim {
  text: string;
  normalised: Normalised;
  evidence: readonly { entity: string; id: string; label: { zh: string; en: string } }[];
}

/**
 * The add-a-partner screen's address prefilled from a checked claim of a tie: the partner's name
 * (the place that is not the home place, as the text writes it when the registry lacks it), the type, the date, the claim's words as the quote and
 * the text's source when it was added. Null for any other claim.
 */
export function addPartnerLink(claim: Claim, homeId: string | null, sourceId: string | null, lang: 'zh' | 'en'): string | null {
  const n = claim.normalised;
  if (n.kind !== 'relationship') return null;
  const [a, b] = n.placeIds;
  const partnerSide = b === homeId ? 0 : 1;
  const [homeSide, partnerId] = partnerSide === 0 ? [b, a] : [a, b];
  // A partner the registry does not hold yet is searched for by the name the text gives it.
  const partner =
    claim.evidence.find((e) => e.entity === 'place' && e.id === partnerId)?.label[lang] ??
    (partnerId ? undefined : n.placeNames?.[partnerSide]);
  const params = new URLSearchParams({
    ...(partner ? { partner } : partnerId ? { partnerId } : {}),
    ...(homeSide ? { home: homeSide } : {}),
    ...((PARTNERSHIP_TYPES as readonly unknown[]).includes(n.type) ? { type: String(n.type) } : {}),
    ...(n.date ? { date: n.date } : {}),
    quote: claim.text.slice(0, 2000),
    ...(sourceId ? { source: sourceId } : {}),
  });
  return `/staff/add-partner?${params}`;
}
