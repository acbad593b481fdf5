import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { partnerships } from '../src/services/records.service.ts';
import { exportNetwork } from '../src/services/network/export.service.ts';
import {
  countryMatrix,
  degreeRanking,
  networkComponents,
  networkPartners,
  networkPath,
  peers,
  sharedPartners,
} from '../src/services/network/network.service.ts';
import { reconcile } from '../src/services/network/reconcile.service.ts';
import { suggestPartners } from '../src/services/network/suggest.service.ts';
import { citationService } from '../src/services/citation.service.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';
import { importLines } from './support/network.ts';

/**
 * A small network whose answers are known. Homeville's partners are Partnera, Partnerb and
 * Partnerc; Candidatex is tied to Partnera (3 ties) and Partnerb (2), Candidatey to Partnerc (2);
 * Peerton, in Homeville's country, to Partnera; Loneton and Lonetwo only to each other.
 */
const LINES = [
  'Homeville,China,30,110,Partnera,Germany,51,10',
  'Homeville,China,30,110,Partnerb,France,46,2',
  'Homeville,China,30,110,Partnerc,United States,40,-100',
  'Partnera,Germany,51,10,Candidatex,Italy,43,12',
  'Partnerb,France,46,2,Candidatex,Italy,43,12',
  'Partnerc,United States,40,-100,Candidatey,Spain,40,-4',
  'Peerton,China,35,115,Partnera,Germany,51,10',
  'Loneton,Brazil,-10,-50,Lonetwo,Argentina,-35,-65',
];

describeEachBackend('analysing the world network', (use) => {
  async function network() {
    const { ctx } = use();
    const g = given(ctx);
    const home = await g.place('Homeville', 'CN', { coordinates: { lat: 30, lng: 110 } });
    const partnerc = await g.place('Partnerc', 'US', { coordinates: { lat: 40, lng: -100 } });
    const registryOnly = await g.place('Registryonly', 'JP', { coordinates: { lat: 35, lng: 135 } });
    await partnerships.create(ctx, {
      placeAId: home.id,
      placeBId: partnerc.id,
      history: [{ kind: 'established', date: '2001', type: 'sister_city' }],
      areas: ['economy_trade'],
    });
    const tie = await g.tie(home, registryOnly, { kind: 'established', date: '2010', type: 'friendly_exchange_city' });
    const source = await g.source('Homeville yearbook', { url: 'https://example.org/yearbook' });
    await citationService.cite(ctx, { sourceId: source.id, entity: 'partnership', entityId: tie.id });
    await importLines(ctx, LINES);
    return ctx;
  }

  it('lists partners, with the registry type where the registry knows the tie', async () => {
    const ctx = await network();
    const r = await networkPartners(ctx, 'Homeville');
    expect(r.partners.map((p) => `${p.name}:${p.tie.via}:${p.tie.type}`)).toEqual([
      'Partnera:network:unknown',
      'Partnerb:network:unknown',
      'Registryonly:registry:friendly_exchange_city',
      'Partnerc:both:sister_city',
    ]);
    expect((await sharedPartners(ctx, 'Partnera', 'Partnerb')).shared.map((p) => p.name)).toEqual(['Homeville', 'Candidatex']);
  });

  it('finds the shortest chain of ties, and none between parts that do not meet', async () => {
    const ctx = await network();
    expect((await networkPath(ctx, 'Homeville', 'Candidatey'))!.map((s) => s.place.name)).toEqual(['Homeville', 'Partnerc', 'Candidatey']);
    expect((await networkPath(ctx, 'Peerton', 'Candidatey'))!.length).toBe(5);
    expect(await networkPath(ctx, 'Homeville', 'Loneton')).toBeNull();
  });

  it('ranks by degree, overall and in a country, and counts components', async () => {
    const ctx = await network();
    expect((await degreeRanking(ctx, { limit: 2 })).map((p) => `${p.name} ${p.degree}`)).toEqual(['Homeville 4', 'Partnera 3']);
    expect((await degreeRanking(ctx, { country: 'CN' })).map((p) => p.name)).toEqual(['Homeville', 'Peerton']);
    const c = await networkComponents(ctx, { place: 'Loneton' });
    expect(c.sizes).toEqual([8, 2]);
    expect(c.ofPlace!.size).toBe(2);
  });

  it('counts ties between countries', async () => {
    const ctx = await network();
    const m = await countryMatrix(ctx);
    const cell = (a: string, b: string) => m.cells.find((x) => x.a === a && x.b === b)?.ties;
    expect(cell('CN', 'DE')).toBe(2);
    expect(cell('CN', 'US')).toBe(1);
    expect(cell('AR', 'BR')).toBe(1);
    expect(m.totals.CN).toBe(5);
  });

  it('suggests by Adamic–Adar, explains itself, and weighs the areas the office wants', async () => {
    const ctx = await network();
    const plain = await suggestPartners(ctx, 'Homeville');
    expect(plain.suggestions.map((s) => s.name)).toEqual(['Candidatex', 'Candidatey']);
    expect(plain.suggestions[0]!.score).toBeCloseTo(1 / Math.log(3) + 1 / Math.log(2), 6);
    expect(plain.suggestions[0]!.explanation).toBe('tied to 2 of your partners: Partnerb and Partnera');
    const wanted = await suggestPartners(ctx, 'Homeville', { areas: ['economy_trade'] });
    expect(wanted.suggestions[0]!.name).toBe('Candidatey');
    expect(wanted.suggestions[0]!.explanation).toBe('tied to 1 of your partners: Partnerc; your ties with Partnerc cover economy_trade');
    expect((await suggestPartners(ctx, 'Homeville', { includeHomeCountry: true })).suggestions.map((s) => s.name)).toContain('Peerton');
    expect((await suggestPartners(ctx, 'Homeville', { countries: ['ES'] })).suggestions.map((s) => s.name)).toEqual(['Candidatey']);
  });

  it('finds peers at home and reconciles the network with the registry', async () => {
    const ctx = await network();
    expect((await peers(ctx, 'Homeville', 'Partnera')).peers.map((p) => p.name)).toEqual(['Peerton']);
    const r = await reconcile(ctx, 'Homeville');
    expect(r.both).toBe(1);
    expect(r.networkOnly.map((x) => [x.partner.name, x.sources[0]!.rows])).toEqual([
      ['Partnera', [2]],
      ['Partnerb', [3]],
    ]);
    expect(r.registryOnly.map((x) => [x.partner.name, x.type, x.sources[0]!.url])).toEqual([
      ['Registryonly', 'friendly_exchange_city', 'https://example.org/yearbook'],
    ]);
  });

  it('exports GraphML, GEXF, GeoJSON and CSV that parse back with every place and tie', async () => {
    const ctx = await network();
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name) });
    const graphml = xml.parse(await exportNetwork(ctx, 'graphml'));
    expect(graphml.graphml.graph.node).toHaveLength(10);
    expect(graphml.graphml.graph.edge).toHaveLength(9);
    const gexf = xml.parse(await exportNetwork(ctx, 'gexf'));
    expect(gexf.gexf.graph.nodes.node).toHaveLength(10);
    expect(gexf.gexf.graph.edges.edge).toHaveLength(9);
    const geo = JSON.parse(await exportNetwork(ctx, 'geojson'));
    expect(geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point')).toHaveLength(10);
    expect(geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'LineString')).toHaveLength(9);
    const csv = (await exportNetwork(ctx, 'csv')).trim().split('\n');
    expect(csv).toHaveLength(10);
    await expect(exportNetwork(ctx, 'dot')).rejects.toThrow(/not one of/);
  });
});
