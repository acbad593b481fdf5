import { compareFact } from '../../domain/facts.ts';
import { PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { earliestDay, yearOf } from '../../domain/precise-date.ts';
import { stateAsOf } from '../../domain/tie-state.ts';
import type { HistoryEntry, PartnershipType } from '../../records/partnership/partnership.schema.ts';
import { dateIn, evidenceOf, nameIn, namesNote, noteIn, type Checker, type CheckContext, type Outcome } from './evidence.ts';
import { partnerships, places } from '../records.service.ts';
import { scopeOf } from '../../domain/scope.ts';
import { lookUpTie, tieEvidence } from './check-ties.ts';

const rankIn = (type: PartnershipType, lang: 'zh' | 'en') => PARTNERSHIP_TYPE_WORDS[type].tie[lang];

/**
 * The steps of a tie's history an anniversary may count from: its founding, an earlier link a
 * source attests, and its move to another rank ('三周年' of Barcelona's becoming a sister city).
 */
const beginnings = (history: readonly HistoryEntry[]) =>
  history.filter((h) => (h.kind === 'established' || h.kind === 'attested' || h.kind === 'type_changed') && h.date !== null);

/** 'N years in Y imply Z': said of an anniversary (周年), or of the years of a city's exchanges (年). */
const yearsImply = (years: number, inYear: number, implied: string, zhUnit: '周年' | '年') => (l: 'zh' | 'en') =>
  l === 'zh' ? `${inYear}年的${years}${zhUnit}指向${implied}年` : `${years} years in ${inYear} imply ${implied}`;

/** What a step of a tie's history did, as a note says it: founded it, moved it to a rank, or first attests it. */
function beganBy(h: HistoryEntry, l: 'zh' | 'en'): string {
  if (h.kind === 'established') return l === 'zh' ? '建立' : 'founded';
  if (h.kind === 'type_changed' && h.type) return l === 'zh' ? `升为${rankIn(h.type, l)}` : `became a ${rankIn(h.type, l)}`;
  return l === 'zh' ? '已有往来' : 'first attested';
}

/**
 * 'The 30th anniversary of the sister-city relationship', '结好25周年', 'thirty years of': the year
 * the anniversary implies (the year it falls in, else the text's, less the years) against the
 * tie's founding, or an earlier beginning its history records (a friendship before the charter).
 */
export const checkAnniversary: Checker<'anniversary'> = async (c, claim) => {
  const n = claim.normalised;
  const inYear = n.inYear ?? yearOf(c.asOf);
  const implied = n.impliesEstablished ?? String(inYear - n.years);
  const [only, other] = n.placeIds[0] ? [n.placeIds[0], n.placeIds[1]] : [n.placeIds[1], n.placeIds[0]];
  // '回顾44年的友城交往之路': the years of a city's partnerships, from its first.
  if (only && !other && !n.placeNames.some((name, i) => name && !n.placeIds[i])) return networkYears(c, only, n.years, inYear, implied);
  const found = await lookUpTie(c, n, { type: null, established: implied });
  if (!found.found) return found.outcome;
  const { tie, label } = found;
  const evidence = [await tieEvidence(c, tie, label)];
  const said = yearsImply(n.years, inYear, implied, '周年');
  const starts = beginnings(tie.history);
  if (n.upcoming && starts.length > 0) {
    // An anniversary to come falls after the text's year, or in it: counted from any beginning the history records.
    const now = yearOf(c.asOf);
    const fits = starts.find((h) => yearOf(earliestDay(h.date!)) + n.years >= now);
    const first = fits ?? starts[0]!;
    const falls = yearOf(earliestDay(first.date!)) + n.years;
    return {
      verdict: fits ? 'supported' : 'contradicted',
      note: noteIn((l) =>
        l === 'zh'
          ? `${label(l)}始于${dateIn(first.date!, l)}，${n.years}周年在${falls}年${fits ? '' : `，早于${now}年`}`
          : `${label(l)} began ${dateIn(first.date!, l)}: its ${n.years} years fall in ${falls}${fits ? '' : `, before ${now}`}`,
      ),
      evidence,
    };
  }
  if (starts.length === 0) {
    return {
      verdict: 'unknown',
      note: noteIn((l) =>
        l === 'zh' ? `${said(l)}；登记册没有记录${label(l)}的建立日期` : `${said(l)}; no founding date of ${label(l)} is recorded`,
      ),
      evidence,
    };
  }
  const match = starts.find((h) => compareFact(h.date, implied) !== 'conflict');
  if (match) {
    const what = (l: 'zh' | 'en') => beganBy(match, l);
    return {
      verdict: 'supported',
      note: noteIn((l) =>
        l === 'zh'
          ? `${said(l)}：登记册记录${label(l)}于${dateIn(match.date!, l)}${what(l)}`
          : `${said(l)}: ${label(l)} ${what(l)} ${dateIn(match.date!, l)}`,
      ),
      evidence,
    };
  }
  const founded = starts.find((h) => h.kind === 'established') ?? starts[0]!;
  return {
    verdict: 'contradicted',
    note: noteIn((l) =>
      l === 'zh'
        ? `${said(l)}，而登记册记录${label(l)}建立于${dateIn(founded.date!, l)}`
        : `${said(l)}, but the registry dates ${label(l)} ${dateIn(founded.date!, l)}`,
    ),
    evidence,
  };
};

/** The years of a place's partnerships against the founding of its first. */
async function networkYears(c: CheckContext, placeId: string, years: number, inYear: number, implied: string): Promise<Outcome> {
  const place = await places.get(c.ctx, placeId);
  const ties = await partnerships.touching(c.ctx.db, [placeId], scopeOf(c.ctx.actor));
  const founded = ties
    .flatMap((t) => beginnings(t.history).map((h) => ({ date: h.date! })))
    .sort((a, b) => earliestDay(a.date).localeCompare(earliestDay(b.date)))[0];
  const said = yearsImply(years, inYear, implied, '年');
  if (!founded) {
    return {
      verdict: 'unknown',
      note: noteIn((l) =>
        l === 'zh'
          ? `${said(l)}；登记册没有记录${nameIn(place.names, l)}的任何结好日期`
          : `${said(l)}; no tie of ${nameIn(place.names, l)} is dated`,
      ),
      evidence: [],
    };
  }
  const fits = compareFact(founded.date, implied) !== 'conflict';
  return {
    verdict: fits ? 'supported' : 'contradicted',
    note: noteIn((l) =>
      l === 'zh'
        ? `${said(l)}：${nameIn(place.names, l)}的第一个结好始于${dateIn(founded.date, l)}`
        : `${said(l)}: ${nameIn(place.names, l)}'s first tie began ${dateIn(founded.date, l)}`,
    ),
    evidence: [await evidenceOf(c, 'place', place.id, namesNote(place.names))],
  };
}

/**
 * A tie moving up a rank (友好交流城市 → 友好城市) on a date: the tie's history must hold that
 * change, at a date that fits, from the rank the text names.
 */
export const checkUpgrade: Checker<'upgrade'> = async (c, claim) => {
  const n = claim.normalised;
  const found = await lookUpTie(c, n, { type: n.toType, established: null });
  if (!found.found) return found.outcome;
  const { tie, label } = found;
  const evidence = [await tieEvidence(c, tie, label)];
  const change = tie.history.find((h) => h.kind === 'type_changed' && h.type === n.toType);
  const to = (l: 'zh' | 'en') => rankIn(n.toType, l);
  if (!change) {
    return {
      verdict: 'unknown',
      note: noteIn((l) =>
        l === 'zh'
          ? `登记册没有记录${label(l)}升级为${to(l)}；现记录为${rankIn(tie.type, l)}`
          : `no upgrade of ${label(l)} to a ${to(l)} is recorded; the registry holds a ${rankIn(tie.type, l)}`,
      ),
      evidence,
      propose: { kind: 'type_change', partnershipId: tie.id, type: n.toType, date: n.date },
    };
  }
  if (n.date && change.date && compareFact(change.date, n.date) === 'conflict') {
    return {
      verdict: 'contradicted',
      note: noteIn((l) =>
        l === 'zh'
          ? `文中升级日期为${dateIn(n.date!, l)}，登记册为${dateIn(change.date!, l)}`
          : `the text dates the upgrade ${dateIn(n.date!, l)}, the registry ${dateIn(change.date!, l)}`,
      ),
      evidence,
    };
  }
  const before = change.date ? stateAsOf(tie.history, dayBefore(earliestDay(change.date))) : null;
  if (n.fromType && before && before.type !== 'unknown' && before.type !== n.fromType) {
    return {
      verdict: 'contradicted',
      note: noteIn((l) =>
        l === 'zh'
          ? `文中称由${rankIn(n.fromType!, l)}升级；登记册记录此前为${rankIn(before.type, l)}`
          : `the text has it rise from a ${rankIn(n.fromType!, l)}; the registry has a ${rankIn(before.type, l)} before`,
      ),
      evidence,
    };
  }
  return {
    verdict: 'supported',
    note: noteIn((l) =>
      l === 'zh'
        ? `登记册记录${label(l)}${change.date ? `于${dateIn(change.date, l)}` : ''}升级为${to(l)}`
        : `the registry records ${label(l)} becoming a ${to(l)}${change.date ? ` ${dateIn(change.date, l)}` : ''}`,
    ),
    evidence,
  };
};

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
