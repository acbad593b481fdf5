import { matchKey } from '../../domain/network/gazetteer.ts';
import { degreeOf } from '../../domain/network/graph-algorithms.ts';
import { choosePlace, readPlaceRef } from '../home-place.service.ts';
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
  return {
    id: n.id,
    name: n.name,
    country: n.country,
    kind: n.kind,
    layer: n.layer,
    population: n.population,
    degree: degreeOf(g.adjacency, i),
  };
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
 * A place of the network named by id, by name, or by name and country (`Springfield, US`),
 * chosen among homonyms by the same rule as every other place reference ({@link choosePlace}):
 * registry places before network places, cities before their districts.
 */
export function findPlace(g: NetworkGraph, ref: string): number {
  const byId = g.index.get(ref.trim());
  if (byId !== undefined) return byId;
  const { name, country } = readPlaceRef(ref);
  const found = (nameIndex(g).get(matchKey(name)) ?? []).filter((i) => !country || g.nodes[i]!.country === country);
  return choosePlace(ref, found, (i) => {
    const n = g.nodes[i]!;
    return { id: n.id, name: n.name, country: n.country, kind: n.kind, registry: n.layer === 'registry' };
  });
}
