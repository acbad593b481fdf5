import { claim, placesOf, type Rule } from './sentence.ts';
import type { ExtractedClaim } from './types.ts';

/** A list of members; joining is read by the membership rule over the registry's names. */
const MEMBERS = {
  zh: /成员(?:城市|单位)?(?:包括|有)/,
  en: /\bmembers?(?: cities| cities and institutes)?,?\s+(?:including|such as|include)\b/i,
};

/** The places a sentence lists as members of a body: 'member cities, including Tsukuba, Kobe of Japan …'. */
export const membersListed: Rule = (s) => {
  const m = MEMBERS[s.lang].exec(s.text);
  if (!m) return [];
  const organisation = s.mentions.find((x) => x.kind === 'organisation');
  const after = m.index + m[0].length;
  const listed = placesOf(s).filter((p) => p.start >= after);
  const out: ExtractedClaim[] = [];
  for (const p of listed) {
    if (s.mentions.some((x) => x.kind === 'organisation' && x.start <= p.start && p.start < x.end)) continue;
    // A country after 'of' says where the member is, not another member: 'Kobe of Japan'.
    if (/\bof\s+$/.test(s.text.slice(Math.max(0, p.start - 4), p.start))) continue;
    const end = /^ of [A-Z][a-z]+/.exec(s.text.slice(p.start + p.name.length))?.[0].length ?? 0;
    out.push(
      claim(s, p.start, p.start + p.name.length + end, {
        kind: 'membership',
        memberId: p.id,
        memberKind: 'place',
        organisationId: organisation?.id ?? null,
        memberName: p.name,
        organisationName: organisation?.text ?? '',
      }),
    );
  }
  return out;
};
