import { Gazetteer, type GazetteerEntry } from '../../domain/claims/gazetteer.ts';
import type { Alias, Names } from '../../domain/common.ts';
import type { Ctx } from '../context.ts';
import { mechanisms, organisations, partnerships, people, places } from '../records.service.ts';

/** Words a city's own press uses for itself: 我市, 本市. */
const SELF_WORDS = ['我市', '本市'];

function entries(kind: GazetteerEntry['kind'], records: { id: string; names: Names; aliases: Alias[] }[]): GazetteerEntry[] {
  return records.flatMap((r) => [
    ...Object.values(r.names).flatMap((name) => [{ kind, id: r.id, name, alias: false }, ...withinBrackets(kind, r.id, name)]),
    ...r.aliases.map((a) => ({ kind, id: r.id, name: a.name, alias: true })),
  ]);
}

/**
 * A name written with another in brackets ('United Cities and Local Governments (UCLG)', 'Metropolis
 * (World Association of Major Metropolises)', '世界城市和地方政府联合组织 (世界城地组织)') is found by either.
 */
function withinBrackets(kind: GazetteerEntry['kind'], id: string, name: string): GazetteerEntry[] {
  const m = /^(.+?)\s*[（(]([^（）()]+)[）)]\s*$/u.exec(name);
  if (!m) return [];
  return [m[1]!, m[2]!]
    .map((part) => part.trim())
    .filter((part) => part.length >= 3)
    .map((part) => ({ kind, id, name: part, alias: true }));
}

/** A person is often named by surname alone: the last word of a Latin-script name, when it is long enough to be telling. */
function surnames(records: { id: string; names: Names; aliases: Alias[] }[]): GazetteerEntry[] {
  return records.flatMap((r) =>
    [...Object.values(r.names), ...r.aliases.map((a) => a.name)]
      .filter((n) => /^[\p{Script=Latin}\s'-]+$/u.test(n) && n.trim().split(/\s+/).length >= 2)
      .map((n) => n.trim().split(/\s+/).at(-1)!)
      .filter((last) => last.length >= 5)
      .map((name) => ({ kind: 'person' as const, id: r.id, name, alias: true })),
  );
}

/** The registry's names for reading texts; network-only places are left out. */
export async function registryNames(ctx: Ctx): Promise<GazetteerEntry[]> {
  const placeList = await places.list(ctx, { filters: [{ column: 'layer', op: '=', value: 'registry' }] });
  const personList = await people.list(ctx);
  return [
    ...entries('place', placeList),
    ...entries('person', personList),
    ...surnames(personList),
    ...entries('organisation', await organisations.list(ctx)),
    ...entries('mechanism', await mechanisms.list(ctx)),
  ];
}

/** The registry's names as a gazetteer, with the words a city's press uses for itself standing for the home place. */
export function registryGazetteer(names: readonly GazetteerEntry[], homeId: string | null): Gazetteer {
  return new Gazetteer([
    ...names,
    ...(homeId ? SELF_WORDS.map((name) => ({ kind: 'place' as const, id: homeId, name, alias: true })) : []),
  ]);
}

/**
 * The registry's city, district or county a text names most often, when it has ties of its own
 * (two or more): the city a text about another network than the registry's home is written from.
 */
export async function hubNamedIn(ctx: Ctx, names: readonly GazetteerEntry[], text: string): Promise<string | null> {
  const counts = new Map<string, number>();
  for (const m of new Gazetteer(names).find(text)) if (m.kind === 'place') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  for (const [id] of ranked) {
    const place = await places.get(ctx, id);
    if (place.kind !== 'city' && place.kind !== 'district' && place.kind !== 'county') continue;
    const ties = await partnerships.list(ctx, { filters: [{ op: 'either', columns: ['place_a_id', 'place_b_id'], value: id }], limit: 2 });
    if (ties.length >= 2) return id;
  }
  return null;
}
