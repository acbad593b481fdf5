import type { ExtractedClaim, Normalised } from '../../domain/claims/types.ts';
import { placeKey, sameFact } from './same-fact.ts';
import { officeOf } from './title-words.ts';
import { countryNamedIn } from '../../domain/countries.ts';
import { isForeignRendering } from '../../domain/foreign-names.ts';

/**
 * One claim per fact: a press text states its news in the headline, the lead and the body (and
 * a bilingual page once per language), and carries page furniture that restates it (share bars,
 * '原标题', breadcrumbs, copyright lines). Whatever the extractor finds, the check reports each fact
 * once, with every place it is stated, and nothing found in furniture.
 */
export interface Span {
  start: number;
  end: number;
}

export type Grouped = ExtractedClaim & { spans: Span[] };

/** Lines of a page that are not its article, even when they name places and dates. */
const FURNITURE: RegExp[] = [
  /^\s*原标题[:：]/,
  /^\s*(来源|来源于|稿源|编辑|责任编辑|作者|记者|通讯员)[:：]/,
  /(版权所有|©|\(c\)\s*\d{4}|copyright\b|all rights reserved|备案号|ICP备)/i,
  /^\s*(分享到|分享|share( this)?|转发|收藏|打印|扫一扫)\s*[:：]?/i,
  /^[^。.!?！？]{0,200}(\s[>›»]\s[^>›»]+){2,}$/,
  /^\s*(当前位置|您的位置|所在位置|you are here)\s*[:：]/i,
  /^\s*(上一篇|下一篇|相关阅读|相关新闻|related( articles| news)?)\s*[:：]?/i,
];

export const isFurniture = (paragraph: string): boolean => FURNITURE.some((re) => re.test(paragraph));

const fold = placeKey;

/** What a claim states, without how it was written: two claims with the same key state one fact. */
export function factKey(n: Normalised): string {
  switch (n.kind) {
    case 'relationship':
    case 'upgrade':
    case 'anniversary': {
      const places = n.placeIds.map((id, i) => id ?? `?${fold(n.placeNames?.[i] ?? '')}`).sort();
      return JSON.stringify({ ...n, placeIds: places, placeNames: undefined, typeWords: undefined });
    }
    case 'person': {
      // A name the registry does not hold is the person's only mark: two of them are two people.
      return JSON.stringify({ ...n, written: n.personId ? undefined : fold(n.written), viaAlias: undefined, title: fold(n.title) });
    }
    case 'event':
      return JSON.stringify({ ...n, name: n.name === undefined ? undefined : fold(n.name) });
    default:
      return JSON.stringify(n);
  }
}

/**
 * A sentence whose subject is the delegation or the visit just told of: '代表团将访问北京、上海和深圳',
 * 'The delegation spent eight days …', '这是特纳…第一次率领官方代表团访问中国', 'This was his first visit'.
 */
const THE_DELEGATION =
  /^(?:该|此|这个)?(?:代表团|访问团|考察团)(?:一行)?|^(?:这是|此次|此行|这次|本次)|^(?:the|this) (?:[\w-]+ )?(?:delegation|mission)\b|^(?:this|it) (?:was|is|will be|included|includes|saw|featured)\b/i;
const HE = /^(?:他|她)(?!们)|^(?:he|she)\b/i;

/** The visit, told in this paragraph or the one before, that a sentence about 'the delegation' goes on telling. */
function carriedVisit(claim: ExtractedClaim, near: readonly Grouped[], lastSaid: ReadonlyMap<Grouped, number>): Grouped | undefined {
  const n = claim.normalised;
  const said = claim.text.trim();
  if (n.kind !== 'event' || n.what === 'site_visit' || (n.personIds ?? []).length > 0 || !(THE_DELEGATION.test(said) || HE.test(said))) {
    return undefined;
  }
  const visit = near.find(
    (g) =>
      g.normalised.kind === 'event' &&
      g.normalised.what !== 'site_visit' &&
      claim.paragraph - (lastSaid.get(g) ?? g.paragraph) <= 1 &&
      g.lang === claim.lang,
  );
  // 'He …' goes on with the visit only on its day: elsewhere it may tell another of the person's visits.
  if (visit && HE.test(said) && visit.normalised.kind === 'event' && n.date && n.date !== visit.normalised.date) return undefined;
  return visit;
}

/** Where a claim stands in its paragraph among the claims of its sort: the 2nd ambassador, the 4th site. */
interface Place {
  sort: string;
  index: number;
  of: number;
}

/** The sort a person or a site is aligned by across a translation: a person's office, any site. */
function sortOf(n: Normalised): string | null {
  if (n.kind === 'event' && n.what === 'site_visit') return 'site';
  if (n.kind !== 'person') return null;
  const office = officeOf(n.title, n.titleLang);
  return office ? `person:${office.office}:${office.deputy}` : null;
}

/**
 * The country each person's words name, read back to the list's last break ('British Embassy
 * Minister Counselor Dashiell Caldwell'), and how many people of its paragraph are of it (`sort`
 * is the country).
 */
function countriesOf(claims: readonly ExtractedClaim[], paragraphs: readonly { text: string }[]): Map<number, Place> {
  const out = new Map<number, Place>();
  const counts = new Map<string, number>();
  const offsets: number[] = [];
  paragraphs.reduce((at, p, i) => {
    offsets[i] = at;
    return at + p.text.length + 2;
  }, 0);
  for (const c of claims) {
    if (c.normalised.kind !== 'person') continue;
    const text = paragraphs[c.paragraph]?.text ?? '';
    const start = c.start - (offsets[c.paragraph] ?? 0);
    const lead = /[^,，、;；。:：]*$/u.exec(text.slice(Math.max(0, start - 40), Math.max(0, start)))![0];
    const code = countryNamedIn(lead + c.text);
    if (!code) continue;
    const key = `${c.paragraph}|${code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    out.set(c.start, { sort: code, index: 0, of: 0 });
  }
  for (const c of claims) {
    const at = out.get(c.start);
    if (at) at.of = counts.get(`${c.paragraph}|${at.sort}`)!;
  }
  return out;
}

function listOrder(claims: readonly ExtractedClaim[]): Map<number, Place> {
  const counts = new Map<string, number>();
  const order = new Map<number, Place>();
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    const sort = sortOf(c.normalised);
    if (!sort) continue;
    const key = `${c.paragraph}|${sort}`;
    const index = counts.get(key) ?? 0;
    counts.set(key, index + 1);
    order.set(c.start, { sort, index, of: 0 });
  }
  for (const c of sorted) {
    const at = order.get(c.start);
    if (at) at.of = counts.get(`${c.paragraph}|${at.sort}`)!;
  }
  return order;
}

/**
 * The same person or site in the paragraph this one translates: '奥地利驻华大使利肯' and 'Austrian
 * Ambassador Andreas Riecken', each the first ambassador of its paragraph; '巴士集团' and 'Shenzhen
 * Bus Group', the same record or the same place in two lists of equal length.
 */
function translated(
  claim: ExtractedClaim,
  near: readonly Grouped[],
  paragraphs: readonly { pairedWith?: number | null }[],
  order: Map<number, Place>,
  countries: Map<number, Place>,
): Grouped | undefined {
  const pair = paragraphs[claim.paragraph]?.pairedWith;
  if (pair === null || pair === undefined || pair > claim.paragraph) return undefined;
  const n = claim.normalised;
  // The one official of a country in each paragraph: '塞尔维亚驻华大使馆公使衔参赞叶琳娜' is 'Minister Counselor of Serbian Embassy Jelena Nikolić'.
  const country = countries.get(claim.start);
  if (n.kind === 'person' && country?.of === 1) {
    const same = near.find((g) => {
      const theirs = countries.get(g.start);
      const o = g.normalised;
      return (
        g.paragraph === pair &&
        theirs?.sort === country.sort &&
        theirs.of === 1 &&
        o.kind === 'person' &&
        !(n.personId && o.personId && n.personId !== o.personId)
      );
    });
    if (same) return same;
  }
  const mine = order.get(claim.start);
  if (!mine) return undefined;
  return near.find((g) => {
    const theirs = order.get(g.start);
    if (g.paragraph !== pair || !theirs || theirs.sort !== mine.sort) return false;
    const o = g.normalised;
    if (n.kind === 'person' && o.kind === 'person') {
      if (n.personId && o.personId && n.personId !== o.personId) return false;
      // A full rendering (安娜·施密特) can be read against the Latin name, and says whether it is this one.
      if (isForeignRendering(n.written) || isForeignRendering(o.written)) return false;
      return theirs.index === mine.index && theirs.of === mine.of;
    }
    if (n.kind === 'event' && o.kind === 'event') {
      if (n.siteId && o.siteId) return n.siteId === o.siteId;
      return theirs.index === mine.index && theirs.of === mine.of;
    }
    return false;
  });
}

/** How many earlier facts of its kind a claim is compared with: a restatement is near, and the check stays linear. */
const REACH = 48;

/**
 * How much a reading says: the fuller of two readings of one fact is the one checked. A rank that
 * fits two ('friendship city') says less than the rank it translates (友好城市).
 */
function weight(n: Normalised): number {
  return Object.values(n).reduce<number>(
    (w, v) =>
      w +
      (v === null || v === undefined || v === ''
        ? 0
        : Array.isArray(v)
          ? v.filter((x) => x !== null && x !== '').length
          : v === 'ambiguous'
            ? 0.5
            : 1),
    0,
  );
}

/**
 * The claims of a text, one per fact in the order first stated, each with every span that states
 * it; claims in page furniture left out. A fact is one when its readings are the same, or when one
 * reading leaves out what the other adds (`sameFact`), within the last facts of its kind.
 */
export function onePerFact(
  claims: readonly ExtractedClaim[],
  paragraphs: readonly { text: string; pairedWith?: number | null }[],
): Grouped[] {
  const byKey = new Map<string, Grouped>();
  const recent = new Map<string, Grouped[]>();
  const out: Grouped[] = [];
  const order = listOrder(claims);
  const countries = countriesOf(claims, paragraphs);
  // The last paragraph each fact was stated in: a visit goes on from where it was last told.
  const lastSaid = new Map<Grouped, number>();
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    const paragraph = paragraphs[claim.paragraph];
    if (paragraph && isFurniture(paragraph.text)) continue;
    const key = factKey(claim.normalised);
    const near = recent.get(claim.normalised.kind) ?? [];
    // Of several earlier readings it may repeat, the first stated: a headline, or a paragraph's lead.
    const carried = byKey.has(key) ? undefined : carriedVisit(claim, near, lastSaid);
    const first =
      byKey.get(key) ??
      carried ??
      translated(claim, near, paragraphs, order, countries) ??
      near.findLast((g) => sameFact(g, claim, g.paragraph === 0 || paragraphs[g.paragraph]?.pairedWith === claim.paragraph));
    if (!first) {
      const group = { ...claim, spans: [{ start: claim.start, end: claim.end }] };
      lastSaid.set(group, claim.paragraph);
      byKey.set(key, group);
      out.push(group);
      recent.set(claim.normalised.kind, [group, ...near].slice(0, REACH));
      continue;
    }
    byKey.set(key, first);
    lastSaid.set(first, Math.max(lastSaid.get(first) ?? first.paragraph, claim.paragraph));
    if (!carried && weight(claim.normalised) > weight(first.normalised)) first.normalised = claim.normalised;
    else if (first.normalised.kind === 'event' && claim.normalised.kind === 'event') {
      // The places a visit's later sentences add are the visit's too.
      const places = [...new Set([...(first.normalised.placeIds ?? []), ...(claim.normalised.placeIds ?? [])])];
      first.normalised = { ...first.normalised, placeIds: places };
    }
    if (!first.spans.some((s) => s.start < claim.end && claim.start < s.end)) first.spans.push({ start: claim.start, end: claim.end });
  }
  return out;
}

/**
 * Sentences that tell one recorded event in other words ('汤飞帆会见伊尔库茨克市市长…并签约', '汤飞帆与
 * 鲁斯兰·波罗托夫一行进行了会谈') are one claim once the check has found that event for each: the first
 * stated keeps the others' spans. A site on a visit's programme stays a claim of its own.
 */
export function oneClaimPerRecordedEvent<
  C extends { normalised: Normalised; verdict: string; evidence: { entity: string; id: string }[]; spans: Span[] },
>(claims: C[]): C[] {
  const told = new Map<string, C>();
  const out: C[] = [];
  for (const claim of claims) {
    const n = claim.normalised;
    const record = claim.evidence[0];
    const recorded =
      n.kind === 'event' && n.what === 'named_event' && claim.verdict === 'supported' && record?.entity === 'event' ? record.id : null;
    const first = recorded ? told.get(recorded) : undefined;
    if (!first) {
      if (recorded) told.set(recorded, claim);
      out.push(claim);
      continue;
    }
    for (const s of claim.spans) if (!first.spans.some((t) => t.start < s.end && s.start < t.end)) first.spans.push(s);
  }
  return out;
}
