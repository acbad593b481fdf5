import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CONTINENTS } from '../../domain/continents.ts';
import type { PlaceSummary } from '../../services/network/place-lookup.service.ts';
import type { Ctx } from '../../services/context.ts';
import { parseOptions } from '../options.ts';
import { withRegistry } from '../run.ts';
import { registerImportNetwork } from './import-network.ts';

const label = (p: PlaceSummary) => `${p.name} (${p.country})`;

/** Runs a network query and prints its result: JSON with --json, else the lines `text` makes. */
function query<T>(command: Command, json: boolean, run: (ctx: Ctx) => Promise<T>, text: (r: T) => string[]): Promise<void> {
  return withRegistry(command.optsWithGlobals(), async (ctx) => {
    const result = await run(ctx);
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${text(result).join('\n')}\n`);
  });
}

export function registerNetwork(program: Command): void {
  registerImportNetwork(program);
  const network = program
    .command('network')
    .description('the world network of twin towns: partners, paths, rankings, suggestions, exports');
  const withJson = (c: Command) => c.option('--json', 'print the result as JSON', false);

  withJson(network.command('partners <place>').description("a place's partners, in the network and the registry")).action(
    async (place: string, o: { json: boolean }, c: Command) => {
      const { networkPartners } = await import('../../services/network/network.service.ts');
      await query(
        c,
        o.json,
        (ctx) => networkPartners(ctx, place),
        (r) => [`${label(r.place)}: ${r.partners.length} partners`, ...r.partners.map((p) => `  ${label(p)}  ${p.tie.via}, ${p.tie.type}`)],
      );
    },
  );

  withJson(network.command('shared <a> <b>').description('the partners two places share')).action(
    async (a: string, b: string, o: { json: boolean }, c: Command) => {
      const { sharedPartners } = await import('../../services/network/network.service.ts');
      await query(
        c,
        o.json,
        (ctx) => sharedPartners(ctx, a, b),
        (r) => [`${label(r.places[0])} and ${label(r.places[1])} share ${r.shared.length}`, ...r.shared.map((p) => `  ${label(p)}`)],
      );
    },
  );

  withJson(network.command('path <from> <to>').description('the shortest chain of ties between two places')).action(
    async (from: string, to: string, o: { json: boolean }, c: Command) => {
      const { networkPath } = await import('../../services/network/network.service.ts');
      await query(
        c,
        o.json,
        (ctx) => networkPath(ctx, from, to),
        (r) => (r ? [`${r.length - 1} ties: ${r.map((s) => label(s.place)).join(' → ')}`] : ['no chain of ties joins them']),
      );
    },
  );

  withJson(
    network
      .command('rank')
      .description('places by number of partners')
      .option('--country <code>', 'only this country')
      .option('--limit <n>', 'how many', '20'),
  ).action(async (o: { json: boolean; country?: string; limit: string }, c: Command) => {
    const { degreeRanking, RankRequestSchema } = await import('../../services/network/network.service.ts');
    const request = await parseOptions(RankRequestSchema, { country: o.country?.toUpperCase(), limit: o.limit });
    return query(
      c,
      o.json,
      (ctx) => degreeRanking(ctx, request),
      (r) => r.map((p, i) => `${String(i + 1).padStart(4)}. ${label(p)}  ${p.degree}`),
    );
  });

  withJson(
    network
      .command('components')
      .description('the connected parts of the network')
      .option('--place <place>', 'also the part this place is in')
      .option('--limit <n>', 'how many to describe', '10'),
  ).action(async (o: { json: boolean; place?: string; limit: string }, c: Command) => {
    const { networkComponents, ComponentsRequestSchema } = await import('../../services/network/network.service.ts');
    const request = await parseOptions(ComponentsRequestSchema, { place: o.place, limit: o.limit });
    return query(
      c,
      o.json,
      (ctx) => networkComponents(ctx, request),
      (r) => [
        `${r.count} components; sizes ${r.sizes.slice(0, 10).join(', ')}${r.count > 10 ? ', …' : ''}`,
        ...r.components.map((x) => `  ${x.size} places, hubs: ${x.hubs.map(label).join(', ')}`),
        ...(r.ofPlace ? [`${o.place}: in a component of ${r.ofPlace.size} places`] : []),
      ],
    );
  });

  withJson(
    network
      .command('matrix')
      .description('ties between countries')
      .option('--countries <codes>', 'only pairs involving these (comma-separated)')
      .option('--limit <n>', 'how many pairs', '30'),
  ).action(async (o: { json: boolean; countries?: string; limit: string }, c: Command) => {
    const { countryMatrix, MatrixRequestSchema } = await import('../../services/network/network.service.ts');
    const request = await parseOptions(MatrixRequestSchema, { countries: o.countries?.toUpperCase(), limit: o.limit });
    return query(
      c,
      o.json,
      (ctx) => countryMatrix(ctx, request),
      (r) => r.cells.map((x) => `${x.a}–${x.b}  ${x.ties}`),
    );
  });

  withJson(
    network
      .command('suggest <home>')
      .description("partner suggestions, ranked by network evidence and the office's wishes")
      .option('--countries <codes>', 'only these countries (comma-separated)', process.env.AMITY_SUGGEST_COUNTRIES)
      .option('--continents <codes>', `only these continents (${CONTINENTS.join(', ')})`, process.env.AMITY_SUGGEST_CONTINENTS)
      .option('--min-population <n>', 'at least this many inhabitants')
      .option('--max-population <n>', 'at most this many inhabitants')
      .option('--areas <keys>', 'cooperation areas wanted (see amity areas)')
      .option('--include-home-country', 'also places of the home country', false)
      .option('--limit <n>', 'how many', '10'),
  ).action(async (home: string, o: Record<string, string | boolean | undefined>, c: Command) => {
    const { suggestPartners, SuggestRequestSchema } = await import('../../services/network/suggest.service.ts');
    const { home: place, ...wishes } = await parseOptions(
      SuggestRequestSchema,
      {
        home,
        countries: (o.countries as string | undefined)?.toUpperCase(),
        continents: (o.continents as string | undefined)?.toUpperCase(),
        minPopulation: o.minPopulation,
        maxPopulation: o.maxPopulation,
        areas: o.areas,
        limit: o.limit,
      },
      { home: '<home>' },
    );
    return query(
      c,
      Boolean(o.json),
      (ctx) => suggestPartners(ctx, place, { ...wishes, includeHomeCountry: Boolean(o.includeHomeCountry) }),
      (r) => [
        `Suggestions for ${label(r.home)}:`,
        ...r.suggestions.map((s, i) => `${String(i + 1).padStart(3)}. ${label(s)}  ${s.score.toFixed(2)}  ${s.explanation}`),
      ],
    );
  });

  withJson(network.command('peers <home> <foreign>').description('other places of the home country tied to a foreign place')).action(
    async (home: string, foreign: string, o: { json: boolean }, c: Command) => {
      const { peers } = await import('../../services/network/network.service.ts');
      await query(
        c,
        o.json,
        (ctx) => peers(ctx, home, foreign),
        (r) => [
          `${r.peers.length} places of ${r.home.country} are tied to ${label(r.foreign)}`,
          ...r.peers.map((p) => `  ${label(p)}  ${p.tie.via}`),
        ],
      );
    },
  );

  withJson(
    network
      .command('reconcile <home>')
      .description('ties the network lists and the registry lacks, and the other way round')
      .option('--include-districts', "also the home place's districts", false),
  ).action(async (home: string, o: { json: boolean; includeDistricts: boolean }, c: Command) => {
    const { reconcile } = await import('../../services/network/reconcile.service.ts');
    await query(
      c,
      o.json,
      (ctx) => reconcile(ctx, home, { includeDistricts: o.includeDistricts }),
      (r) => [
        `${label(r.home)}: ${r.both} ties in both, ${r.networkOnly.length} only in the network, ${r.registryOnly.length} only in the registry`,
        'Only in the network:',
        ...r.networkOnly.map((x) => `  ${label(x.partner)}  ${x.sources.map((s) => `${s.title}, rows ${s.rows.join(', ')}`).join('; ')}`),
        'Only in the registry:',
        ...r.registryOnly.map(
          (x) =>
            `  ${label(x.partner)}  ${x.type}, ${x.status}${x.sources.length ? `; ${x.sources.map((s) => s.url ?? s.title).join('; ')}` : ''}`,
        ),
      ],
    );
  });

  network
    .command('export')
    .description('the network as GraphML, GEXF, GeoJSON or CSV edges')
    .option('--format <format>', 'graphml, gexf, geojson or csv', process.env.AMITY_NETWORK_FORMAT ?? 'graphml')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { format: string; out?: string }, c: Command) => {
      const [{ exportNetwork }, { NetworkExportRequestSchema }] = await Promise.all([
        import('../../services/network/export.service.ts'),
        import('../../services/network/export.schema.ts'),
      ]);
      const { format } = await parseOptions(NetworkExportRequestSchema, { format: o.format });
      const text = await withRegistry(c.optsWithGlobals(), (ctx) => exportNetwork(ctx, format));
      if (o.out) writeFileSync(o.out, text);
      else process.stdout.write(text);
    });
}
