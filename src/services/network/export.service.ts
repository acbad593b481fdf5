import { scopeOf } from '../../domain/scope.ts';
import { stringify } from 'csv-stringify/sync';
import { safeCsvCell } from '../../domain/csv-cell.ts';
import { AmityError } from '../../domain/errors.ts';
import { degreeOf } from '../../domain/network/graph-algorithms.ts';
import type { Ctx } from '../context.ts';
import { networkGraph, type GraphEdge, type GraphNode, type NetworkGraph } from './graph.ts';
import { tieSummary } from './network.service.ts';
import { EXPORT_FORMATS } from './export.schema.ts';

const xml = (v: unknown) =>
  String(v ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const NODE_ATTRS = [
  ['name', 'string'],
  ['country', 'string'],
  ['kind', 'string'],
  ['layer', 'string'],
  ['population', 'long'],
  ['lat', 'double'],
  ['lng', 'double'],
  ['geonames', 'string'],
] as const;
const EDGE_ATTRS = [
  ['via', 'string'],
  ['type', 'string'],
  ['rows', 'string'],
] as const;

function nodeValues(n: GraphNode): Record<string, unknown> {
  return {
    name: n.name,
    country: n.country,
    kind: n.kind,
    layer: n.layer,
    population: n.population,
    lat: n.lat,
    lng: n.lng,
    geonames: n.geonames,
  };
}

function edgeValues(e: GraphEdge): Record<string, unknown> {
  const t = tieSummary(e);
  return { via: t.via, type: t.type, rows: e.network.flatMap((n) => n.rows).join(' ') };
}

/** Places with at least one tie: an export of the network, not of every place Amity knows. */
const tied = (g: NetworkGraph) => g.nodes.map((n, i) => [n, i] as const).filter(([, i]) => degreeOf(g.adjacency, i) > 0);

function graphml(g: NetworkGraph): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [k, t] of NODE_ATTRS) out.push(`  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of EDGE_ATTRS) out.push(`  <key id="${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push('  <graph id="amity-network" edgedefault="undirected">');
  const data = (values: Record<string, unknown>) =>
    Object.entries(values)
      .filter(([, v]) => v !== null && v !== '')
      .map(([k, v]) => `<data key="${k}">${xml(v)}</data>`)
      .join('');
  for (const [n] of tied(g)) out.push(`    <node id="${xml(n.id)}">${data(nodeValues(n))}</node>`);
  for (const [i, e] of g.edges.entries()) {
    out.push(`    <edge id="e${i}" source="${xml(g.nodes[e.a]!.id)}" target="${xml(g.nodes[e.b]!.id)}">${data(edgeValues(e))}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function gexf(g: NetworkGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="undirected" mode="static">',
  ];
  const attrs = (cls: string, list: readonly (readonly [string, string])[]) => [
    `    <attributes class="${cls}">`,
    ...list.map(([k, t]) => `      <attribute id="${k}" title="${k}" type="${t}"/>`),
    '    </attributes>',
  ];
  out.push(...attrs('node', NODE_ATTRS.slice(1)), ...attrs('edge', EDGE_ATTRS));
  const values = (v: Record<string, unknown>) =>
    `<attvalues>${Object.entries(v)
      .filter(([, x]) => x !== null && x !== '')
      .map(([k, x]) => `<attvalue for="${k}" value="${xml(x)}"/>`)
      .join('')}</attvalues>`;
  out.push('    <nodes>');
  for (const [n] of tied(g)) {
    const { name: _name, ...rest } = nodeValues(n);
    out.push(`      <node id="${xml(n.id)}" label="${xml(n.name)}">${values(rest)}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const [i, e] of g.edges.entries()) {
    out.push(`      <edge id="e${i}" source="${xml(g.nodes[e.a]!.id)}" target="${xml(g.nodes[e.b]!.id)}">${values(edgeValues(e))}</edge>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** Places as points and ties as lines between them; places without coordinates, and their ties, are left out. */
function geojson(g: NetworkGraph): string {
  const located = (n: GraphNode) => n.lat !== null && n.lng !== null;
  const features: object[] = [];
  for (const [n] of tied(g)) {
    if (located(n))
      features.push({
        type: 'Feature',
        id: n.id,
        geometry: { type: 'Point', coordinates: [n.lng, n.lat] },
        properties: { id: n.id, ...nodeValues(n) },
      });
  }
  for (const e of g.edges) {
    const [a, b] = [g.nodes[e.a]!, g.nodes[e.b]!];
    if (!located(a) || !located(b)) continue;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [a.lng, a.lat],
          [b.lng, b.lat],
        ],
      },
      properties: { source: a.id, target: b.id, ...edgeValues(e) },
    });
  }
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

function csvEdges(g: NetworkGraph): string {
  const rows = g.edges.map((e) => {
    const [a, b] = [g.nodes[e.a]!, g.nodes[e.b]!];
    const v = edgeValues(e);
    return [a.id, a.name, a.country, b.id, b.name, b.country, v.via, v.type, v.rows].map((cell) =>
      safeCsvCell(cell == null ? null : String(cell)),
    );
  });
  return stringify([
    ['source', 'source_name', 'source_country', 'target', 'target_name', 'target_country', 'via', 'type', 'rows'],
    ...rows,
  ]);
}

/** The network for researchers: GraphML or GEXF for Gephi and the like, GeoJSON for maps, CSV edges for anything. */
export async function exportNetwork(ctx: Ctx, format: string): Promise<string> {
  const g = await networkGraph(ctx.db, scopeOf(ctx.actor));
  switch (format) {
    case 'graphml':
      return graphml(g);
    case 'gexf':
      return gexf(g);
    case 'geojson':
      return geojson(g);
    case 'csv':
      return csvEdges(g);
    default:
      throw new AmityError('validation', `--format: '${format}' is not one of ${EXPORT_FORMATS.join(', ')}`);
  }
}
