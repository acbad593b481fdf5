import { Gazetteer, type GazetteerEntry } from '../../domain/claims/gazetteer.ts';
import type { Alias, Names } from '../../domain/common.ts';
import type { Ctx } from '../context.ts';
import { mechanisms, organisations, people, places } from '../records.service.ts';

/** Words a city's own press uses for itself: 我市, 本市. */
const SELF_WORDS = ['我市', '本市'];

function entries(kind: GazetteerEntry['kind'], records: { id: string; names: Names; aliases: Alias[] }[]): GazetteerEntry[] {
  return records.flatMap((r) => [
    ...Object.values(r.names).map((name) => ({ kind, id: r.id, name, alias: false })),
    ...r.aliases.map((a) => ({ kind, id: r.id, name: a.name, alias: true })),
  ]);
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

/** The registry's names as a gazetteer for reading texts; network-only places are left out. */
export async function registryGazetteer(ctx: Ctx, homeId: string | null): Promise<Gazetteer> {
  const placeList = await places.list(ctx, { filters: [{ column: 'layer', op: '=', value: 'registry' }] });
  const personList = await people.list(ctx);
  return new Gazetteer([
    ...entries('place', placeList),
    ...entries('person', personList),
    ...surnames(personList),
    ...entries('organisation', await organisations.list(ctx)),
    ...entries('mechanism', await mechanisms.list(ctx)),
    ...(homeId ? SELF_WORDS.map((name) => ({ kind: 'place' as const, id: homeId, name, alias: true })) : []),
  ]);
}
