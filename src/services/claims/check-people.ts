import { pickName, type LocalizedText } from '../../domain/common.ts';
import { compareFact } from '../../domain/facts.ts';
import { foldName } from '../../domain/names.ts';
import { isForeignRendering, rendersName } from '../../domain/foreign-names.ts';
import { MATCH_TIER_WORDS, RENDERING_WORDS } from '../../domain/labels.ts';
import { isPossiblyOnOrBefore, latestDay, type PreciseDate } from '../../domain/precise-date.ts';
import { nearWord, officeOf, titlePieces } from './title-words.ts';
import { EN_TITLE, ZH_TITLE } from '../../domain/claims/recognise/titles.ts';
import type { Verdict } from '../../domain/claims/types.ts';
import { agreements, events, mechanisms, organisations, people, places } from '../records.service.ts';
import {
  combine,
  dateIn,
  dayOf,
  dateNote,
  evidenceOf,
  joinNotes,
  nameIn,
  namesNote,
  noteIn,
  remember,
  sentenceOf,
  type CheckContext,
  type Checker,
  type Evidence,
  type Note,
  type NoteLang,
} from './evidence.ts';
import { search } from '../search.service.ts';

const EN_STOP = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'city', 'municipal']);

/** Words that change a rank: a vice mayor is not the mayor ('former' does not: a former governor held the office). */
const EN_RANK = ['vice', 'deputy', 'executive', 'first', 'acting', 'honorary'];
const ZH_RANK = ['副', '常务', '代理', '名誉'];

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
  const [head, owner] = enParts(claimed);
  const [theirHead, theirOwner] = enParts(recorded);
  const have = new Set([...theirHead, ...theirOwner]);
  const mine = [...head, ...owner];
  const sameRank = EN_RANK.every((r) => mine.includes(r) === have.has(r));
  if (!sameRank || !head.every((w) => have.has(w))) return false;
  // The body a title is of is written many ways ('China's Consulate-General in Houston', 'PRC
  // Consulate Houston'): one word in common is enough, and a record that names none leaves it open.
  return owner.length === 0 || theirOwner.length === 0 || owner.some((w) => theirOwner.some((t) => nearWord(w, t)));
}

/** Short forms of English titles and bodies as records and press texts write them. */
const EN_SHORT: [RegExp, string][] = [
  [/\bdg\b/g, 'director general'],
  // The head of a city's office or bureau is its director, whichever the translation: 'Director General of Shenzhen Foreign Affairs Office'.
  [/\bdirector general\b/g, 'director'],
  // A city's mayor pro tem is its vice mayor ('Houston mayor pro-tem').
  [/\bmayor pro tem(?:pore)?\b/g, 'vice mayor'],
  [/\brep\b/g, 'representative'],
  [/\bintl\b/g, 'international'],
  [/\bdept\b/g, 'department'],
  [/\bgovt\b/g, 'government'],
  [/\bsec gen\b/g, 'secretary general'],
  [/\bn\b/g, 'north'],
  [/\bprc\b/g, 'china'],
  [/\bchinese\b/g, 'china'],
  [/\bamerican?\b/g, 'america'],
];

/**
 * An English title as its office ('deputy director general') and the words of the body it is of
 * ('invest shenzhen'), each without small words: the body follows 'of', 'for', 'from', 'in', 'at'
 * or a comma.
 */
function enParts(title: string): [string[], string[]] {
  const cut = /,|\s(?:of|for|from|in|at)\s/i.exec(title);
  const words = (s: string) => {
    let t = foldName(s);
    for (const [re, long] of EN_SHORT) t = t.replace(re, long);
    // 'Former' and 'then' say when the office was held, not which office it is.
    return t.split(' ').filter((w) => w && !EN_STOP.has(w) && !/^(?:s|former|then|ex|late)$/.test(w));
  };
  return cut ? [words(title.slice(0, cut.index)), words(title.slice(cut.index + cut[0].length))] : [words(title), []];
}

/** A title as a note in `lang` quotes it: in that language where recorded, else as the text gave it. */
const titleIn = (title: LocalizedText, given: NoteLang, lang: NoteLang): string => title[lang] ?? title[given] ?? pickName(title, lang);

/** The names of the place or organisation a position is held in. */
async function holderNames(
  c: CheckContext,
  p: { placeId: string | null; organisationId: string | null },
): Promise<LocalizedText | undefined> {
  if (p.placeId) return (await remember(c, `place:${p.placeId}`, () => places.get(c.ctx, p.placeId!))).names;
  if (p.organisationId)
    return (await remember(c, `organisation:${p.organisationId}`, () => organisations.get(c.ctx, p.organisationId!))).names;
  return undefined;
}

/** A title the registry records a person with, where it is recorded, and whether it was held at the claim's date. */
interface Held {
  title: LocalizedText;
  where: Evidence | null;
  of?: LocalizedText;
  /** False for an attestation that only suggests the title was still held (an earlier one, or an undated text's). */
  atDate: boolean;
}

/** How long a title attested earlier is taken as possibly still held: a usual term of office. */
const TERM_YEARS = 5;

/**
 * Whether a title attested on `date` bears on a claim about `day`: `true` in the same year, `false`
 * (it may support, not contradict) when it was attested within a term before or after, or at any time when
 * neither the claim nor the text gives a date; `null` otherwise.
 */
function attestedWhen(c: CheckContext, day: string, dateless: boolean) {
  const year = day.slice(0, 4);
  return (date: PreciseDate | null): boolean | null => {
    if (!date) return null;
    if (compareFact(date, year) !== 'conflict') return true;
    if (dateless && c.undated) return false;
    const from = Number(date.slice(0, 4));
    return Math.abs(Number(year) - from) <= TERM_YEARS ? false : null;
  };
}

/** Every language version of a recorded title, with the holder it is of, as English and Chinese read them. */
function versions(t: { title: LocalizedText; of?: LocalizedText }): { text: string; lang: 'zh' | 'en' }[] {
  const out: { text: string; lang: 'zh' | 'en' }[] = [];
  for (const [lang, text] of Object.entries(t.title)) {
    if (!text) continue;
    const l = lang === 'zh' ? 'zh' : 'en';
    out.push({ text, lang: l });
    const of = t.of?.[l];
    if (of) out.push({ text: l === 'zh' ? `${of}${text}` : `${text} of ${of}`, lang: l });
  }
  return out;
}

/** Words of an English title besides its office, rank and small words: the place or body it is of. */
const OFFICE_WORDS = new Set(['lord', 'ober', 'general', 'party', 'chief', 'prime', 'head', 'member', 's', 'vice', 'deputy']);
function otherWords(title: string): string[] {
  return foldName(title)
    .split(' ')
    .filter((w) => w && !EN_STOP.has(w) && !OFFICE_WORDS.has(w) && officeOf(w, 'en') === null);
}

/**
 * True when the claimed title fits a recorded one: word for word in the same language, or naming
 * the same office at the same rank in either language (a place or body it names agreeing with the
 * record's, allowing a typing slip), one piece of a title that runs on counting as the title.
 */
function heldTitleFits(claimed: string, lang: 'zh' | 'en', held: { title: LocalizedText; of?: LocalizedText }): boolean {
  const recorded = versions(held);
  const known = [...recorded.map((r) => r.text), ...Object.values(held.of ?? {})].flatMap((t) => (t ? otherWords(t) : []));
  return titlePieces(claimed).some((piece) => {
    if (recorded.some((r) => r.lang === lang && titleFits(piece, r.text, lang))) return true;
    const mine = officeOf(piece, lang);
    if (!mine) return false;
    const same = recorded.some((r) => {
      const theirs = officeOf(r.text, r.lang);
      return theirs !== null && theirs.office === mine.office && theirs.deputy === mine.deputy;
    });
    return same && (lang === 'zh' || otherWords(piece).every((w) => known.some((k) => nearWord(w, k))));
  });
}

const NAMES_AN_OFFICE = { zh: new RegExp(ZH_TITLE, 'u'), en: new RegExp(EN_TITLE, 'iu') };

/** Whether a recorded title is of the office the claimed one names (at any rank), or either names none the list knows. */
function sameOfficeKey(claimed: string, lang: 'zh' | 'en', recorded: LocalizedText): boolean {
  const mine = officeOf(claimed, lang)?.office;
  const theirs = Object.entries(recorded).flatMap(([l, t]) => (t ? [officeOf(t, l === 'zh' ? 'zh' : 'en')?.office] : []));
  return !mine || theirs.every((o) => !o) || theirs.includes(mine);
}

/** Whether the claimed title can be read against a recorded one: the same language, or offices both recognised. */
function comparable(claimed: string, lang: 'zh' | 'en', recorded: LocalizedText): boolean {
  // A record that names only the body someone is with ('Invest Shenzhen') says nothing of their office.
  if (recorded[lang]) return NAMES_AN_OFFICE[lang].test(recorded[lang]);
  return officeOf(claimed, lang) !== null && Object.entries(recorded).some(([l, t]) => t && officeOf(t, l === 'zh' ? 'zh' : 'en'));
}

/** How far before a name its title and the place it is held in may stand ('科隆市市长何克'). */
const TITLE_REACH = 12;

/**
 * For a name the registry lacks: the one holder of the same office (not a deputy's, of which there
 * are many) the registry records at the claim's date in a place or body named just before or in
 * the title, so the claim reads either as that person misspelt or as someone else.
 */
async function holderThen(c: CheckContext, claim: Parameters<Checker<'person'>>[1]) {
  const n = claim.normalised;
  const office = officeOf(n.title, n.titleLang);
  if (!office || office.deputy || !c.text) return null;
  const day = dayOf(c, n.date);
  const sentence = sentenceOf(c, claim);
  const near = `${sentence.slice(-(claim.end - claim.start) - TITLE_REACH)} ${n.title}`.toLowerCase();
  const found: { holder: Awaited<ReturnType<typeof people.get>>; title: LocalizedText; of: LocalizedText }[] = [];
  for (const holder of await remember(c, 'people', () => people.list(c.ctx))) {
    for (const p of holder.positions) {
      if ((p.from && !isPossiblyOnOrBefore(p.from, day)) || (p.to && latestDay(p.to) < day)) continue;
      const same = Object.entries(p.title).some(([l, t]) => {
        const theirs = t ? officeOf(t, l === 'zh' ? 'zh' : 'en') : null;
        return theirs?.office === office.office && !theirs.deputy;
      });
      const of = same ? await holderNames(c, p) : undefined;
      const named = Object.values(of ?? {}).some(
        (name) => name && [name, name.replace(/市$/u, '')].some((x) => x.length >= 2 && near.includes(x.toLowerCase())),
      );
      if (of && named) found.push({ holder, title: p.title, of });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The one person whose name or alias, in any language, a foreign name's Chinese rendering renders
 * (凯瑟琳·惠特曼 for Katherine Whitman): the registry often holds such a person in Latin letters only.
 */
async function renderedPerson(
  c: CheckContext,
  written: string,
): Promise<{ id: string; match: { tier: 'rendering'; name: string } } | null> {
  if (!isForeignRendering(written)) return null;
  const found: { id: string; name: string }[] = [];
  for (const p of await remember(c, 'people', () => people.list(c.ctx))) {
    const name = [...Object.values(p.names), ...p.aliases.map((a) => a.name)].find((x) => x && rendersName(written, x));
    if (name) found.push({ id: p.id, name });
  }
  return found.length === 1 ? { id: found[0]!.id, match: { tier: 'rendering', name: found[0]!.name } } : null;
}

/** A person named with a title: matched through names, aliases and spellings, the title against what they held then. */
export const checkPerson: Checker<'person'> = async (c, claim) => {
  let n = claim.normalised;
  let foundBy: Note | null = null;
  if (!n.personId) {
    // Not in the gazetteer as written: look the name up through its transliterations and spellings.
    const [found] = (await search(c.ctx, n.written, { types: ['person'], limit: 1 })).hits;
    const hit = found && found.match.tier !== 'fuzzy' ? found : await renderedPerson(c, n.written);
    if (!hit || hit.match.tier === 'fuzzy') {
      const other = await holderThen(c, claim);
      if (other) {
        const { holder, title, of } = other;
        return {
          verdict: 'ambiguous',
          note: noteIn((l) =>
            l === 'zh'
              ? `登记册中没有名为“${n.written}”的人；当时的${nameIn(of, l)}${titleIn(title, n.titleLang, l)}为${nameIn(holder.names, l)}：或是误写，或是另一人`
              : `no person called '${n.written}' is recorded; the registry has ${nameIn(holder.names, l)} as ${titleIn(title, n.titleLang, l)} of ${nameIn(of, l)} then: a misspelling, or another person`,
          ),
          evidence: [await evidenceOf(c, 'person', holder.id, namesNote(holder.names), null)],
        };
      }
      return {
        verdict: 'unknown',
        note: noteIn((l) => (l === 'zh' ? `登记册中没有名为“${n.written}”的人` : `no person called '${n.written}' is recorded`)),
        evidence: [],
        propose: { kind: 'position', person: n.written, personId: null, title: n.title, titleLang: n.titleLang, from: n.date ?? null },
      };
    }
    n = { ...n, personId: hit.id };
    const { tier, name } = hit.match;
    const how = tier === 'rendering' ? RENDERING_WORDS : MATCH_TIER_WORDS[tier];
    foundBy = noteIn((l) => (l === 'zh' ? `通过“${name}”找到，${how.zh}` : `found through '${name}', ${how.en}`));
  }
  const person = await remember(c, `person:${n.personId}`, () => people.get(c.ctx, n.personId));
  // The title is judged at the date the text gives it ('时任'), else at the text's date.
  const day = dayOf(c, n.date);
  const when = attestedWhen(c, day, !n.date);
  // A former office ('Former U.S. Ambassador to China') was held at some time before the day.
  const former = /^(?:former|ex)\b/i.test(n.title);
  const held = person.positions.filter(
    (p) => (!p.from || isPossiblyOnOrBefore(p.from, day)) && (former || !p.to || latestDay(p.to) >= day),
  );
  const titles: Held[] = [];
  for (const p of held) titles.push({ title: p.title, where: null, of: await holderNames(c, p), atDate: true });
  for (const a of await remember(c, 'agreements', () => agreements.list(c.ctx))) {
    for (const s of a.signatories) {
      const atDate = s.personId === person.id ? when(a.signedOn) : null;
      if (atDate === null) continue;
      titles.push({
        title: s.title,
        atDate,
        where: await evidenceOf(
          c,
          'agreement',
          a.id,
          namesNote(a.titles),
          noteIn((l) => (l === 'zh' ? `签署时职务：${titleIn(s.title, n.titleLang, l)}` : `signed as ${titleIn(s.title, n.titleLang, l)}`)),
        ),
      });
    }
  }
  for (const e of await remember(c, 'events', () => events.list(c.ctx))) {
    for (const p of e.participants) {
      const atDate = p.personId === person.id && Object.keys(p.title).length ? when(e.start) : null;
      if (atDate === null) continue;
      titles.push({
        title: p.title,
        atDate,
        where: await evidenceOf(
          c,
          'event',
          e.id,
          namesNote(e.titles),
          noteIn((l) => (l === 'zh' ? `时任${titleIn(p.title, n.titleLang, l)}` : `as ${titleIn(p.title, n.titleLang, l)}`)),
        ),
      });
    }
  }
  const evidence: Evidence[] = [await evidenceOf(c, 'person', person.id, namesNote(person.names), null)];
  const names = person.names;
  const spelling: Note | null = n.viaAlias
    ? {
        zh: `此处写作“${n.written}”${foundBy ? `（${foundBy.zh}）` : ''}；登记册的标准名称为${names.zh ?? pickName(names)}${names.zh && names.en ? `（${names.en}）` : ''}${names.ru ? `，俄文为${names.ru}` : ''}`,
        en: `written '${n.written}' here${foundBy ? ` (${foundBy.en})` : ''}; the registry's standard name is ${pickName(names)}${names.zh ? ` (${names.zh})` : ''}${names.ru ? `, ${names.ru} in Russian` : ''}`,
      }
    : null;
  const given = n.titleLang;
  const fit = titles.find((t) => heldTitleFits(n.title, given, t));
  // Only a title held at the claim's date can tell against it, one the claim can be read against and
  // of the same office: someone recorded as the office's director may also preside over an association.
  const known = titles.filter((t) => t.atDate && comparable(n.title, given, t.title) && sameOfficeKey(n.title, given, t.title));
  let verdict: Verdict;
  let note: Note;
  if (fit) {
    verdict = 'supported';
    note = noteIn((l) =>
      l === 'zh'
        ? `${nameIn(names, l)}${former ? '曾任' : '当时的职务为'}“${titleIn(fit.title, given, l)}”`
        : `${nameIn(names, l)} held '${titleIn(fit.title, given, l)}' ${former ? 'before then' : 'then'}`,
    );
    if (fit.where) evidence.push(fit.where);
  } else if (known.length) {
    verdict = 'contradicted';
    const held = (l: NoteLang) => [...new Set(known.map((t) => titleIn(t.title, given, l)))];
    note = noteIn((l) =>
      l === 'zh'
        ? `登记册记录${nameIn(names, l)}的职务为${held(l)
            .map((t) => `“${t}”`)
            .join('、')}，而非“${n.title}”`
        : `the registry has ${nameIn(names, l)} as ${held(l)
            .map((t) => `'${t}'`)
            .join(', ')}, not '${n.title}'`,
    );
  } else {
    verdict = 'unknown';
    note = noteIn((l) =>
      l === 'zh'
        ? `登记册没有记录${nameIn(names, l)}${dateIn(day, l)}时任“${n.title}”`
        : `no position '${n.title}' is recorded for ${nameIn(names, l)} as of ${dateIn(day, l)}`,
    );
  }
  const propose =
    verdict === 'unknown'
      ? ({
          kind: 'position',
          person: nameIn(names, 'zh'),
          personId: person.id,
          title: n.title,
          titleLang: n.titleLang,
          from: n.date ?? null,
        } as const)
      : undefined;
  return { verdict, note: spelling ? joinNotes([note, spelling]) : note, evidence, ...(propose ? { propose } : {}) };
};

/** X joined organisation Y. */
export const checkMembership: Checker<'membership'> = async (c, claim) => {
  const { memberId, organisationId, ...n } = claim.normalised;
  if (memberId === null || organisationId === null) {
    const missing = [memberId === null ? n.memberName : null, organisationId === null ? n.organisationName : null]
      .filter(Boolean)
      .join(', ');
    return {
      verdict: 'unknown',
      note: noteIn((l) => (l === 'zh' ? `登记册没有“${missing}”` : `the registry holds no record named '${missing}'`)),
      evidence: [],
    };
  }
  const org = await organisations.get(c.ctx, organisationId);
  const member = org.members.find((m) => (n.memberKind === 'organisation' ? m.member.organisationId : m.member.placeId) === memberId);
  const memberRecord = n.memberKind === 'organisation' ? await organisations.get(c.ctx, memberId) : await places.get(c.ctx, memberId);
  const orgEvidence = (detail: Note | null) => evidenceOf(c, 'organisation', org.id, namesNote(org.names), detail);
  if (!member) {
    return {
      verdict: 'unknown',
      note: noteIn((l) =>
        l === 'zh'
          ? `登记册没有记录${nameIn(memberRecord.names, l)}为${nameIn(org.names, l)}的成员`
          : `the registry does not record ${nameIn(memberRecord.names, l)} in ${nameIn(org.names, l)}`,
      ),
      evidence: [await orgEvidence(null)],
    };
  }
  const from = member.from;
  return {
    verdict: 'supported',
    note: noteIn((l) =>
      l === 'zh'
        ? `已记录：${nameIn(memberRecord.names, l)}为${nameIn(org.names, l)}的成员${from ? `，自${dateIn(from, l)}起` : ''}`
        : `recorded: ${nameIn(memberRecord.names, l)} in ${nameIn(org.names, l)}${from ? ` since ${dateIn(from, l)}` : ''}`,
    ),
    evidence: [
      await orgEvidence(
        noteIn((l) => (l === 'zh' ? `成员${from ? `，自${dateIn(from, l)}起` : ''}` : `member${from ? ` since ${dateIn(from, l)}` : ''}`)),
      ),
    ],
  };
};

/** A mechanism: its members, the year it began, and how many cities in how many countries. */
export const checkMechanism: Checker<'mechanism'> = async (c, claim) => {
  const n = claim.normalised;
  const m = await mechanisms.get(c.ctx, n.mechanismId);
  const memberIds = new Set(m.members.map((x) => x.placeId));
  const verdicts: Verdict[] = [];
  const notes: Note[] = [];
  const outside = n.memberIds.filter((id) => !memberIds.has(id));
  if (outside.length) {
    const list = await places.getMany(c.ctx, outside);
    verdicts.push('contradicted');
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `不是成员：${list.map((p) => nameIn(p.names, l)).join('、')}`
          : `not members: ${list.map((p) => nameIn(p.names, l)).join(', ')}`,
      ),
    );
  } else if (n.memberIds.length) {
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `所述${n.memberIds.length}个成员均在记录的${memberIds.size}个成员之中`
          : `${n.memberIds.length} of its ${memberIds.size} members named, all recorded`,
      ),
    );
  }
  const established = m.established;
  if (n.year !== null && established) {
    const same = compareFact(established, String(n.year)) !== 'conflict';
    verdicts.push(same ? 'supported' : 'contradicted');
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `建立于${dateIn(established, l)}${same ? '' : `，而非${n.year}年`}`
          : `set up in ${dateIn(established, l)}${same ? '' : `, not ${n.year}`}`,
      ),
    );
  }
  const countries = new Set((await places.getMany(c.ctx, [...memberIds])).map((p) => p.country));
  if (n.cities !== null) {
    verdicts.push(n.cities === memberIds.size ? 'supported' : 'contradicted');
    notes.push(noteIn((l) => (l === 'zh' ? `记录的成员城市${memberIds.size}个` : `${memberIds.size} member cities recorded`)));
  }
  if (n.countries !== null) {
    verdicts.push(n.countries === countries.size ? 'supported' : 'contradicted');
    notes.push(noteIn((l) => (l === 'zh' ? `分布在${countries.size}个国家` : `in ${countries.size} countries`)));
  }
  return {
    verdict: combine(verdicts.length ? verdicts : ['supported']),
    note: joinNotes(notes),
    evidence: [await evidenceOf(c, 'mechanism', m.id, namesNote(m.names), dateNote(m.established))],
  };
};
