import { pickName, type Names } from '../domain/common.ts';
import { duplicateReason, type RecordFacts } from '../domain/duplicates.ts';
import { allowedEdits, editDistance } from '../domain/edit-distance.ts';
import { fuzzyKeysOf, keyTier, tierRank, worseTier, type Tier } from '../domain/name-match.ts';
import type { IndexedFuzzyKey } from '../domain/name-rank.ts';
import { nameKeysOf, WORD_FORMS, type KeyForm } from '../domain/names.ts';
import { nameKeysRepository } from '../storage/name-keys.repository.ts';
import type { DuplicateCandidate, DuplicatePair } from '../http/contract/names.ts';
import type { Ctx } from './context.ts';
import { SERVICES } from './records.service.ts';
import { SEARCHABLE_KINDS, type SearchableKind } from './search.service.ts';

/** Whole names only: Shenzhen and Shenzhen Bus Group share a word, not a name. */
const whole = (k: { form: KeyForm }) => !WORD_FORMS.includes(k.form);

/** A candidate as the API lists it: the API's contract (src/http/contract/names.ts). */
export type { DuplicateCandidate };

/** A pair as the API lists it: the API's contract (src/http/contract/names.ts). */
export type { DuplicatePair };

type Named = { id?: string; names: Names } & RecordFacts;

const factsOf = (kind: SearchableKind, r: Named): RecordFacts =>
  kind === 'place'
    ? { country: r.country ?? null, parentId: r.parentId ?? null }
    : kind === 'organisation'
      ? { placeId: r.placeId ?? null }
      : {};

type Found = { tier: Tier; distance: number; names: [string, string] };

const isBetter = (a: Found, b: Found | undefined) => !b || (tierRank(a.tier) - tierRank(b.tier) || a.distance - b.distance) < 0;

function keep<F extends Found>(best: Map<string, F>, id: string, found: F) {
  if (isBetter(found, best.get(id))) best.set(id, found);
}

/** The items with a distinct `key`, each the first of its key, in their order. */
function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function fuzzyFound(a: IndexedFuzzyKey | { base: string; name: string }, b: IndexedFuzzyKey): Found | null {
  const max = allowedEdits(a.base.length < b.base.length ? a.base : b.base);
  const distance = editDistance(a.base, b.base, max);
  return distance > max ? null : { tier: 'fuzzy', distance, names: [a.name, b.name] };
}

/**
 * Records of `kind` that are likely the same as the one `input` describes (a new record,
 * or a stored one named by `excludeId`), with the reason; best first. For the API and
 * the command line to call before or after a create, and for imports.
 */
export async function likelyDuplicates(
  ctx: Ctx,
  kind: SearchableKind,
  input: unknown,
  options: { excludeId?: string; lang?: string } = {},
): Promise<DuplicateCandidate[]> {
  return (await likelyDuplicatesMany(ctx, kind, [{ input, excludeId: options.excludeId }], { lang: options.lang }))[0]!;
}

const CHUNK = 500;

/** The rows of the index for these keys, by key, each row with its place in the order the database gave them. */
async function rowsByKey<R extends { key: string }>(
  keys: readonly string[],
  find: (chunk: string[]) => Promise<R[]>,
): Promise<Map<string, { row: R; at: number }[]>> {
  const out = new Map<string, { row: R; at: number }[]>();
  let at = 0;
  for (let i = 0; i < keys.length; i += CHUNK) {
    for (const row of await find(keys.slice(i, i + CHUNK))) {
      const list = out.get(row.key);
      if (list) list.push({ row, at: at++ });
      else out.set(row.key, [{ row, at: at++ }]);
    }
  }
  return out;
}

/** Adds rows after those the database gave, in the order given. */
function addRows<R extends { key: string }>(index: Map<string, { row: R; at: number }[]>, rows: readonly R[]): void {
  let at = [...index.values()].reduce((n, list) => n + list.length, 0);
  for (const row of rows) {
    const list = index.get(row.key);
    if (list) list.push({ row, at: at++ });
    else index.set(row.key, [{ row, at: at++ }]);
  }
}

/** The rows found for any of these keys, in the database's order. */
function rowsFor<R>(index: Map<string, { row: R; at: number }[]>, keys: Iterable<string>): R[] {
  return [...new Set(keys)]
    .flatMap((k) => index.get(k) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((r) => r.row);
}

/**
 * `likelyDuplicates` for many records at once (imports): the index is read once for all of
 * their keys and each candidate record once, so the work grows with the records and no faster.
 * With `unwritten`, the inputs are records about to be written, each named by its `excludeId`:
 * they are compared with the registry's records and, in memory, with each other, so the index
 * is asked only for what it held before them.
 */
export async function likelyDuplicatesMany(
  ctx: Ctx,
  kind: SearchableKind,
  inputs: readonly { input: unknown; excludeId?: string }[],
  { lang, unwritten = false }: { lang?: string; unwritten?: boolean } = {},
): Promise<DuplicateCandidate[][]> {
  const service = SERVICES[kind];
  const all = { entities: [kind], limit: 1_000_000_000 };
  const records = inputs.map(({ input, excludeId }) => {
    const data = service.parse(input) as Named & { aliases: [] };
    const { names, aliases } = service.spec.names!(data);
    const own = nameKeysOf(names, aliases).filter(whole);
    return { data, excludeId, own, ownFuzzy: fuzzyKeysOf(own).filter((f) => f.whole) };
  });
  const exact = await rowsByKey([...new Set(records.flatMap((r) => r.own.map((k) => k.key)))], (chunk) =>
    nameKeysRepository.findByKeys(ctx.db, chunk, all),
  );
  const near = await rowsByKey([...new Set(records.flatMap((r) => r.ownFuzzy.map((f) => f.key)))], (chunk) =>
    nameKeysRepository.findFuzzyByKey(ctx.db, chunk, all),
  );
  const candidates = new Map<string, Named & { id: string }>();
  if (unwritten) {
    const mine = records.filter((r): r is typeof r & { excludeId: string } => r.excludeId !== undefined);
    addRows(
      exact,
      mine.flatMap((r) => r.own.map((k) => ({ ...k, entity: kind, entityId: r.excludeId }))),
    );
    addRows(
      near,
      mine.flatMap((r) => r.ownFuzzy.map((f) => ({ ...f, entity: kind, entityId: r.excludeId }))),
    );
    for (const r of mine) candidates.set(r.excludeId, { ...r.data, id: r.excludeId });
  }
  const bests = records.map(({ own, ownFuzzy, excludeId }) => {
    const byKey = new Map(own.map((k) => [k.key, k]));
    const best = new Map<string, Found>();
    for (const row of rowsFor(exact, byKey.keys()).filter(whole)) {
      const mine = byKey.get(row.key)!;
      keep(best, row.entityId, {
        tier: worseTier(keyTier(mine.form, mine.kind), keyTier(row.form, row.kind)),
        distance: 0,
        names: [mine.name, row.name],
      });
    }
    // A name has one key per deletion, and each finds the same names again: each pair of spellings is compared once.
    const mineOnce = distinct(ownFuzzy, (f) => `${f.base}\u0000${f.name}`);
    for (const row of distinct(
      rowsFor(
        near,
        ownFuzzy.map((f) => f.key),
      ).filter((r) => r.whole),
      (r) => `${r.entityId}\u0000${r.base}\u0000${r.name}`,
    )) {
      for (const mine of mineOnce) {
        const found = fuzzyFound(mine, row);
        if (found) keep(best, row.entityId, found);
      }
    }
    best.delete(excludeId ?? '');
    return best;
  });
  const ids = [...new Set(bests.flatMap((b) => [...b.keys()]))].filter((id) => !candidates.has(id));
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const record of (await service.getMany(ctx, ids.slice(i, i + CHUNK))) as unknown as (Named & { id: string })[])
      candidates.set(record.id, record);
  }
  return records.map(({ data }, i) => {
    const best = bests[i]!;
    const facts = factsOf(kind, data);
    const out: DuplicateCandidate[] = [];
    for (const id of best.keys()) {
      const record = candidates.get(id);
      if (!record) continue;
      const found = best.get(id)!;
      const reason = duplicateReason(facts, factsOf(kind, record), found.tier, found.distance, lang);
      if (reason) out.push({ kind, id: record.id, name: pickName(record.names, lang), allNames: record.names, ...found, reason });
    }
    return out.sort((a, b) => tierRank(a.tier) - tierRank(b.tier) || a.distance - b.distance || a.name.localeCompare(b.name));
  });
}

/** Every pair of live records of these kinds that are likely the same: `amity duplicates`. */
export async function duplicatePairs(ctx: Ctx, types: readonly SearchableKind[] = SEARCHABLE_KINDS, lang = 'en'): Promise<DuplicatePair[]> {
  const out: DuplicatePair[] = [];
  for (const kind of types) {
    const best = new Map<string, Found & { a: string; b: string }>();
    const offer = (a: string, b: string, found: Found | null) => {
      if (found) keep(best, `${a}~${b}`, { ...found, a, b });
    };
    for (const [a, b] of await nameKeysRepository.sharedKeys(ctx.db, kind)) {
      offer(a.entityId, b.entityId, {
        tier: worseTier(keyTier(a.form, a.kind), keyTier(b.form, b.kind)),
        distance: 0,
        names: [a.name, b.name],
      });
    }
    for (const [a, b] of await nameKeysRepository.sharedFuzzy(ctx.db, kind)) offer(a.entityId, b.entityId, fuzzyFound(a, b));
    const ids = [...new Set([...best.values()].flatMap((p) => [p.a, p.b]))];
    const records = new Map(
      ((await SERVICES[kind].getMany(ctx, ids)) as unknown as (Named & { id: string; createdAt: string })[]).map((r) => [r.id, r]),
    );
    for (const p of best.values()) {
      const [a, b] = [records.get(p.a), records.get(p.b)];
      const reason = a && b ? duplicateReason(factsOf(kind, a), factsOf(kind, b), p.tier, p.distance, lang) : null;
      if (!a || !b || !reason) continue;
      // The older record first: it is the one other records are likelier to point at, so the one to keep.
      const swap = b.createdAt < a.createdAt;
      const [first, second] = swap ? [b, a] : [a, b];
      const names: [string, string] = swap ? [p.names[1], p.names[0]] : p.names;
      out.push({
        kind,
        a: { id: first.id, name: pickName(first.names, lang) },
        b: { id: second.id, name: pickName(second.names, lang) },
        tier: p.tier,
        distance: p.distance,
        names,
        reason,
      });
    }
  }
  return out.sort((x, y) => tierRank(x.tier) - tierRank(y.tier) || x.distance - y.distance || x.a.name.localeCompare(y.a.name));
}
