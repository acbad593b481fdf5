import { pickName, type LocalizedText } from '../../domain/common.ts';
import { compareFact } from '../../domain/facts.ts';
import { foldName } from '../../domain/names.ts';
import { isPossiblyOnOrBefore, latestDay } from '../../domain/precise-date.ts';
import type { Verdict } from '../../domain/claims/types.ts';
import { agreements, events, mechanisms, organisations, people, places } from '../registry.ts';
import { combine, evidenceOf, type Checker, type Evidence } from './evidence.ts';
import { search } from '../search.service.ts';

const EN_STOP = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'city', 'municipal']);

/** Words that change a rank: a vice mayor is not the mayor. */
const EN_RANK = ['vice', 'deputy', 'executive', 'first', 'acting', 'honorary', 'former'];
const ZH_RANK = ['副', '常务', '代理', '名誉', '原', '前'];

/**
 * True when the title given fits a recorded one: every word of it is in the recorded title (in
 * Chinese, the one contains the other), and both carry the same rank words.
 */
export function titleFits(claimed: string, recorded: string, lang: 'zh' | 'en'): boolean {
  const a = foldName(claimed);
  const b = foldName(recorded);
  if (!a || !b) return false;
  if (lang === 'zh') {
    const x = a.replace(/ /g, '');
    const y = b.replace(/ /g, '');
    const sameRank = ZH_RANK.every((r) => x.includes(r) === y.includes(r));
    return sameRank && (y.includes(x) || x.includes(y));
  }
  const words = (s: string) => s.split(' ').filter((w) => !EN_STOP.has(w));
  const have = new Set(words(b));
  const mine = words(a);
  const sameRank = EN_RANK.every((r) => mine.includes(r) === have.has(r));
  return sameRank && mine.every((w) => have.has(w));
}

/** A person named with a title: matched through names, aliases and spellings, the title against what they held then. */
export const checkPerson: Checker<'person'> = async (c, claim) => {
  let n = claim.normalised;
  let foundBy: string | null = null;
  if (!n.personId) {
    // Not in the gazetteer as written: look the name up through its transliterations and spellings.
    const [hit] = (await search(c.ctx, n.written, { types: ['person'], limit: 1 })).hits;
    if (!hit || hit.match.tier === 'fuzzy') return { verdict: 'unknown', note: `the registry has no person called '${n.written}'`, evidence: [] };
    n = { ...n, personId: hit.id };
    foundBy = `found through the ${hit.match.tier} of '${hit.match.name}'`;
  }
  const person = await people.get(c.ctx, n.personId);
  const titles: { title: LocalizedText; where: Evidence | null }[] = person.positions
    .filter((p) => (!p.from || isPossiblyOnOrBefore(p.from, c.asOf)) && (!p.to || latestDay(p.to) >= c.asOf))
    .map((p) => ({ title: p.title, where: null }));
  for (const a of await agreements.list(c.ctx)) {
    for (const s of a.signatories) {
      if (s.personId === person.id && (!a.signedOn || compareFact(a.signedOn, c.asOf.slice(0, 4)) !== 'conflict')) {
        titles.push({ title: s.title, where: await evidenceOf(c.ctx, 'agreement', a.id, pickName(a.titles), `signed as ${pickName(s.title, n.titleLang)}`) });
      }
    }
  }
  for (const e of await events.list(c.ctx)) {
    for (const p of e.participants) {
      if (p.personId === person.id && Object.keys(p.title).length && e.start && compareFact(e.start, c.asOf.slice(0, 4)) !== 'conflict') {
        titles.push({ title: p.title, where: await evidenceOf(c.ctx, 'event', e.id, pickName(e.titles), `as ${pickName(p.title, n.titleLang)}`) });
      }
    }
  }
  const evidence: Evidence[] = [await evidenceOf(c.ctx, 'person', person.id, pickName(person.names), null)];
  const spelling = n.viaAlias
    ? `written '${n.written}' here${foundBy ? ` (${foundBy})` : ''}; the registry's standard name is ${pickName(person.names)}${person.names.zh ? ` (${person.names.zh})` : ''}${person.names.ru ? `, ${person.names.ru} in Russian` : ''}`
    : null;
  const known = titles.filter((t) => t.title[n.titleLang]);
  const fit = known.find((t) => titleFits(n.title, t.title[n.titleLang]!, n.titleLang));
  let verdict: Verdict;
  let note: string;
  if (fit) {
    verdict = 'supported';
    note = `${pickName(person.names)} held '${fit.title[n.titleLang]}' then`;
    if (fit.where) evidence.push(fit.where);
  } else if (known.length) {
    verdict = 'contradicted';
    note = `the registry has ${pickName(person.names)} as ${known.map((t) => `'${t.title[n.titleLang]}'`).join(', ')}, not '${n.title}'`;
  } else {
    verdict = 'unknown';
    note = `the registry records no title of ${pickName(person.names)} for that time`;
  }
  return { verdict, note: spelling ? `${note}; ${spelling}` : note, evidence };
};

/** X joined organisation Y. */
export const checkMembership: Checker<'membership'> = async (c, claim) => {
  const n = claim.normalised;
  const org = await organisations.get(c.ctx, n.organisationId);
  const member = org.members.find((m) => (n.memberKind === 'organisation' ? m.member.organisationId : m.member.placeId) === n.memberId);
  const memberRecord = n.memberKind === 'organisation' ? await organisations.get(c.ctx, n.memberId) : await places.get(c.ctx, n.memberId);
  const label = `${pickName(memberRecord.names)} in ${pickName(org.names)}`;
  if (!member) return { verdict: 'unknown', note: `the registry does not record ${label}`, evidence: [await evidenceOf(c.ctx, 'organisation', org.id, pickName(org.names))] };
  const since = member.from ? ` since ${member.from}` : '';
  return { verdict: 'supported', note: `recorded: ${label}${since}`, evidence: [await evidenceOf(c.ctx, 'organisation', org.id, pickName(org.names), `member${since}`)] };
};

/** A mechanism: its members, the year it began, and how many cities in how many countries. */
export const checkMechanism: Checker<'mechanism'> = async (c, claim) => {
  const n = claim.normalised;
  const m = await mechanisms.get(c.ctx, n.mechanismId);
  const memberIds = new Set(m.members.map((x) => x.placeId));
  const verdicts: Verdict[] = [];
  const notes: string[] = [];
  const outside = n.memberIds.filter((id) => !memberIds.has(id));
  if (outside.length) {
    const names = (await places.getMany(c.ctx, outside)).map((p) => pickName(p.names));
    verdicts.push('contradicted');
    notes.push(`not members: ${names.join(', ')}`);
  } else if (n.memberIds.length) {
    notes.push(`${n.memberIds.length} of its ${memberIds.size} members named, all recorded`);
  }
  if (n.year !== null && m.established) {
    const same = compareFact(m.established, String(n.year)) !== 'conflict';
    verdicts.push(same ? 'supported' : 'contradicted');
    notes.push(same ? `set up in ${m.established}` : `set up in ${m.established}, not ${n.year}`);
  }
  const countries = new Set((await places.getMany(c.ctx, [...memberIds])).map((p) => p.country));
  if (n.cities !== null) {
    verdicts.push(n.cities === memberIds.size ? 'supported' : 'contradicted');
    notes.push(`${memberIds.size} member cities recorded`);
  }
  if (n.countries !== null) {
    verdicts.push(n.countries === countries.size ? 'supported' : 'contradicted');
    notes.push(`in ${countries.size} countries`);
  }
  return { verdict: combine(verdicts.length ? verdicts : ['supported']), note: notes.join('; '), evidence: [await evidenceOf(c.ctx, 'mechanism', m.id, pickName(m.names), m.established)] };
};
