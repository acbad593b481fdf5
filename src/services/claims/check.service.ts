import type { ExtractedClaim, Verdict } from '../../domain/claims/types.ts';
import { extractClaims } from '../../domain/claims/extract.ts';
import { pickName } from '../../domain/common.ts';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import { PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { latestDay } from '../../domain/precise-date.ts';
import { detectLang, ingestText, type IngestedText } from '../../domain/text/ingest.ts';
import type { CheckResult } from '../../http/contract/claims.ts';
import { today, type Ctx } from '../context.ts';
import { findSourceByText } from '../sources/source-ingest.service.ts';
import { resolvePlace } from '../home-place.service.ts';
import { defaultHomeId, figureHomeNamedIn } from '../stats.service.ts';
import { checkFigure } from './check-figures.ts';
import { checkAgreement, checkRelationship } from './check-ties.ts';
import { checkEvent } from './check-events.ts';
import { checkAnniversary, checkUpgrade } from './check-history.ts';
import { oneClaimPerRecordedEvent, onePerFact } from './one-per-fact.ts';
import { checkMechanism, checkMembership, checkPerson } from './check-people.ts';
import { remember, type CheckContext, type CheckedClaim, type Outcome } from './evidence.ts';
import { hubNamedIn, registryGazetteer, registryNames } from './gazetteer.service.ts';
import { offThread } from '../threads/pool.ts';
import { CHECK_TEXT_LIMIT, CheckRequestSchema, type CheckInput, type CheckRequest } from './check.schema.ts';

/** The answer's shape is the API's contract (src/http/contract/claims.ts). */
export type { CheckResult };

async function check(c: CheckContext, claim: ExtractedClaim): Promise<Outcome> {
  const n = claim.normalised;
  switch (n.kind) {
    case 'figure':
      return checkFigure(c, { ...claim, normalised: n });
    case 'relationship':
      return checkRelationship(c, { ...claim, normalised: n });
    case 'upgrade':
      return checkUpgrade(c, { ...claim, normalised: n });
    case 'anniversary':
      return checkAnniversary(c, { ...claim, normalised: n });
    case 'agreement':
      return checkAgreement(c, { ...claim, normalised: n });
    case 'event':
      return checkEvent(c, { ...claim, normalised: n });
    case 'person':
      return checkPerson(c, { ...claim, normalised: n });
    case 'membership':
      return checkMembership(c, { ...claim, normalised: n });
    case 'mechanism':
      return checkMechanism(c, { ...claim, normalised: n });
  }
}

const SISTER = PARTNERSHIP_TYPE_WORDS.sister_city;

/** A rank stated loosely in one language is checked against the precise words of the paired paragraph. */
function crossLanguage(claims: CheckedClaim[], paragraphs: readonly { text: string; pairedWith: number | null }[]): void {
  const pairs = paragraphs.map((p) => p.pairedWith);
  // Where each paragraph starts in the text, to find every paragraph a tie is stated in (a headline's
  // tie is the body's too).
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.text.length + 2;
  }
  const paragraphAt = (offset: number) => starts.findLastIndex((s) => s <= offset);
  // The ties stated in each paragraph, in the text's order, so each claim looks only at its pair's.
  const ties = new Map<number, CheckedClaim[]>();
  for (const o of claims) {
    if (o.normalised.kind !== 'relationship') continue;
    const where = new Set([o.paragraph, ...(o.spans ?? []).map((s) => paragraphAt(s.start))]);
    for (const at of where) {
      const list = ties.get(at) ?? [];
      list.push(o);
      ties.set(at, list);
    }
  }
  for (const claim of claims) {
    const n = claim.normalised;
    if (n.kind !== 'relationship' || n.type !== 'ambiguous') continue;
    const paired = pairs[claim.paragraph];
    const twin = (paired === null || paired === undefined ? [] : (ties.get(paired) ?? [])).find(
      (o) =>
        o.normalised.kind === 'relationship' &&
        o.normalised.type !== null &&
        o.normalised.type !== 'ambiguous' &&
        [...o.normalised.placeIds].sort().join() === [...n.placeIds].sort().join(),
    );
    if (twin && twin.normalised.kind === 'relationship') {
      claim.verdict = 'ambiguous';
      const words = twin.normalised.typeWords;
      claim.notes = {
        zh: `“${n.typeWords}”读作较高一级的${SISTER.zh}，而同一段落的中文为“${words}”；${claim.notes.zh}`,
        en: `'${n.typeWords}' reads as the higher rank, ${SISTER.zh} (${SISTER.en}), where the Chinese of the same paragraph says '${words}'; ${claim.notes.en}`,
      };
      claim.note = claim.notes.en;
    }
  }
}

/**
 * Finds the checkable claims of a Chinese, English or bilingual text and checks each against the
 * registry as of the text's date: figures, ties, signings, visits, people and their titles,
 * memberships and mechanisms, each with a verdict, the evidence and a note on any difference.
 */
export async function checkText(ctx: Ctx, request: CheckRequest): Promise<CheckResult> {
  return JSON.parse(await checkTextAsJson(ctx, request)) as CheckResult;
}

/**
 * The same check, answered as the JSON text of its result: written on the worker thread that
 * made it, so the thread serving requests only passes it on.
 */
export async function checkTextAsJson(ctx: Ctx, request: CheckRequest): Promise<string> {
  const input = parseOrThrow(CheckRequestSchema, request, 'check request');
  if (input.text.length > CHECK_TEXT_LIMIT) {
    const message = `text: at most ${CHECK_TEXT_LIMIT.toLocaleString('en')} characters are checked at once; this one has ${input.text.length.toLocaleString('en')}`;
    throw new AmityError('too_large', message, [{ path: ['text'], code: 'size_limit', message }], { limit: CHECK_TEXT_LIMIT });
  }
  return offThread(ctx, 'check', input, async () => JSON.stringify(await checkTextHere(ctx, input)));
}

/**
 * The text as the check reads it: with its headline as the first paragraph, since a headline states
 * the news the body goes on to tell (one fact, stated in both, is one claim with both spans).
 */
function withHeadline(read: IngestedText): IngestedText {
  if (!read.headline) return read;
  const paragraphs = [
    { lang: detectLang(read.headline), text: read.headline, pairedWith: null },
    ...read.paragraphs.map((p) => ({ ...p, pairedWith: p.pairedWith === null ? null : p.pairedWith + 1 })),
  ];
  return { ...read, paragraphs, text: [read.headline, read.text].join('\n\n') };
}

/** The check made on this thread (a worker's, when the server has a pool). */
export async function checkTextHere(ctx: Ctx, input: CheckInput): Promise<CheckResult> {
  const read = withHeadline(ingestText(input.text));
  const asOf = input.asOf ?? (read.published ? latestDay(read.published) : today(ctx));
  const names = await registryNames(ctx);
  // The text's own city: the one the request names, else the network it names that the registry
  // keeps figures for, else the city with ties of its own it names most, else the registry's home.
  const namedHome = input.home ? null : ((await figureHomeNamedIn(ctx, read.text)) ?? (await hubNamedIn(ctx, names, read.text)));
  const homeId = input.home ? (await resolvePlace(ctx, input.home)).id : (namedHome ?? (await defaultHomeId(ctx)));
  const home = homeId ? await resolvePlace(ctx, homeId) : null;
  const source = await findSourceByText(ctx, input.text);
  const undated = !input.asOf && !read.published;
  const c: CheckContext = { ctx, asOf, undated, text: read.text, homeId, sourceId: source?.id ?? null, memo: new Map() };
  const extracted = onePerFact(
    extractClaims(
      read.paragraphs,
      registryGazetteer(names, homeId),
      Number(asOf.slice(0, 4)),
      // Relative dates ('last May', '去年5月') are read from the text's dateline, else from the date the check is made as of.
      read.published ?? input.asOf ?? null,
      home ? { id: home.id, name: pickName(home.names), namedInText: namedHome !== null } : null,
    ),
    read.paragraphs,
  );
  const claims: CheckedClaim[] = [];
  for (const claim of extracted) {
    // A checker's answer follows from the claim's reading alone, so a claim repeated is checked once.
    const outcome = await remember(c, `claim:${JSON.stringify(claim.normalised)}`, () => check(c, claim));
    claims.push({
      ...claim,
      kind: claim.normalised.kind,
      verdict: outcome.verdict,
      evidence: outcome.evidence,
      note: outcome.note.en,
      notes: outcome.note,
      ...(outcome.propose ? { propose: outcome.propose } : {}),
    });
  }
  crossLanguage(claims, read.paragraphs);
  const told = oneClaimPerRecordedEvent(claims);
  const counts: Record<Verdict, number> = { supported: 0, contradicted: 0, unknown: 0, ambiguous: 0 };
  for (const claim of told) counts[claim.verdict]++;
  return {
    asOf,
    home: home ? { id: home.id, name: pickName(home.names), names: home.names } : null,
    source: source ? { id: source.id, title: source.title } : null,
    text: read.text,
    claims: told,
    counts,
  };
}
