import { AmityError } from '../../domain/errors.ts';
import { readCountry } from '../../domain/network/country-text.ts';
import { matchKey } from '../../domain/network/gazetteer.ts';
import { degreeOf } from '../../domain/network/graph-algorithms.ts';
import type { GraphNode, NetworkGraph } from './graph.ts';

export interface PlaceSummary {
  id: string;
  name: string;
  country: string;
  kind: string;
  layer: string;
  population: number | null;
  degree: number;
}

export function summaryOf(g: NetworkGraph, i: number): PlaceSummary {
  const n = g.nodes[i]!;
  return { id: n.id, name: n.name, country: n.country, kind: n.kind, layer: n.layer, population: n.population, degree: degreeOf(g.adjacency, i) };
}

const nameIndexes = new WeakMap<NetworkGraph, Map<string, number[]>>();

function nameIndex(g: NetworkGraph): Map<string, number[]> {
  let index = nameIndexes.get(g);
  if (!index) {
    index = new Map();
    g.nodes.forEach((n: GraphNode, i) => {
      for (const key of new Set([...Object.values(n.names), ...n.aliases].map(matchKey))) {
        const list = index!.get(key);
        if (list) list.push(i);
        else index!.set(key, [i]);
      }
    });
    nameIndexes.set(g, index);
  }
  return index;
}

/**
 * A place named by id, by name, or by name and country (`Springfield, US`). Registry places
 * come before network places and cities before their districts; when that still leaves
 * several, the error lists them so the caller can give the country or the id.
 */
export function findPlace(g: NetworkGraph, ref: string): number {
  const byId = g.index.get(ref.trim());
  if (byId !== undefined) return byId;
  const m = /^(.*?)(?:,\s*|\s+\()([^,()]+)\)?$/.exec(ref.trim());
  const country = m ? readCountry(m[2]!)?.code : undefined;
  const name = country ? m![1]! : ref;
  const found = (nameIndex(g).get(matchKey(name)) ?? []).filter((i) => !country || g.nodes[i]!.country === country);
  if (found.length === 0) throw new AmityError('not_found', `no place named '${ref}'`);
  const tier = (i: number) => (g.nodes[i]!.layer === 'registry' ? 0 : 2) + (g.nodes[i]!.kind === 'city' ? 0 : 1);
  const best = Math.min(...found.map(tier));
  const top = found.filter((i) => tier(i) === best);
  if (top.length > 1) {
    const list = top.slice(0, 8).map((i) => `${g.nodes[i]!.name} (${g.nodes[i]!.country}, ${g.nodes[i]!.id})`).join('; ');
    throw new AmityError('validation', `'${ref}' names ${top.length} places: ${list}${top.length > 8 ? '; …' : ''}; add the country ('${name}, XX') or give the id`);
  }
  return top[0]!;
}
