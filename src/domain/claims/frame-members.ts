import { claim, placesOf, type PlaceRef, type Rule, type Sentence } from './sentence.ts';
import type { ExtractedClaim } from './types.ts';

/** A list of members; joining is read by the membership rule over the registry's names. */
const MEMBERS = {
  zh: /成员(?:城市|单位)?(?:包括|有)/,
  en: /\bmembers?(?: cities| cities and institutes)?,?\s+(?:including|such as|include)\b|\bnew members(?: of [^:.;]{0,60})?:/i,
};

/** One item of an English list of names, read from where the last stopped: ', Kobe of Japan', ' and Turin of Italy'. */
const EN_ITEM =
  /\s*(?:,\s*(?:and\s+)?|\s*\band\s+)?([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})(\s+of\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2})?/uy;
const ZH_LIST = /^[^，。；;,]+/;

/** The names listed from `at` on, as written: the registry's places where they are named, else the words. */
function listed(s: Sentence, at: number): { start: number; end: number; name: string }[] {
  const items: { start: number; end: number; name: string }[] = [];
  if (s.lang === 'zh') {
    const list = ZH_LIST.exec(s.text.slice(at))?.[0].replace(/等.*$/, '') ?? '';
    let from = at;
    for (const piece of list.split(/、|和|及|以及/)) {
      const start = s.text.indexOf(piece, from);
      from = start + piece.length;
      if (piece.trim().length >= 2) items.push({ start, end: start + piece.length, name: piece.trim() });
    }
    return items;
  }
  EN_ITEM.lastIndex = at;
  for (let m = EN_ITEM.exec(s.text); m; m = EN_ITEM.exec(s.text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    // A list's last item ends the sentence: 'Xiamen and Yiwu.'
    const name = m[2] ? m[1]! : m[1]!.replace(/\.$/, '');
    items.push({ start, end: start + name.length + (m[2]?.length ?? 0), name });
  }
  return items;
}

/** The places a sentence lists as members of a body: 'member cities, including Tsukuba, Kobe of Japan …'. */
export const membersListed: Rule = (s) => {
  const m = MEMBERS[s.lang].exec(s.text);
  if (!m) return [];
  // The body the sentence names, else the one the story last named ('… of the association: A, B and C').
  const organisation =
    s.mentions.find((x) => x.kind === 'organisation') ??
    s.previous?.mentions.findLast((x) => x.kind === 'organisation') ??
    s.previous?.previous?.mentions.findLast((x) => x.kind === 'organisation');
  const known = placesOf(s);
  const out: ExtractedClaim[] = [];
  for (const item of listed(s, m.index + m[0].length)) {
    if (s.mentions.some((x) => x.kind === 'organisation' && x.start <= item.start && item.start < x.end)) continue;
    const place: PlaceRef | undefined = known.find((p) => p.start >= item.start && p.start < item.start + item.name.length);
    out.push(
      claim(s, item.start, item.end, {
        kind: 'membership',
        memberId: place?.id ?? null,
        memberKind: 'place',
        organisationId: organisation?.id ?? null,
        memberName: place?.name ?? item.name,
        organisationName: organisation?.text ?? '',
      }),
    );
  }
  return out;
};
