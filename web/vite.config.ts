import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { defineConfig, type Plugin } from 'vite';
import { projection } from './src/map/network-data.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Writes .gz and .br beside each asset, which the server sends to browsers that accept them. */
function precompress(): Plugin {
  return {
    name: 'amity-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(file)) continue;
        const path = join(options.dir!, file);
        const data = readFileSync(path);
        if (data.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(data));
      }
    },
  };
}

/**
 * The world map's land and borders (Natural Earth 1:110m, from world-atlas) as SVG path strings
 * in the map's own projected coordinates, made once at build time: the browser turns them into
 * a Path2D natively, instead of downloading the topology and projecting its 10,000 points on the
 * way to the map's first frame. Two decimals are finer than the shapes' own precision.
 */
function worldOutline(): Plugin {
  const id = 'virtual:amity/world-outline';
  return {
    name: 'amity-world-outline',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      const world = JSON.parse(
        readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
      ) as Topology<{
        countries: GeometryCollection;
        land: GeometryCollection;
      }>;
      const flat = geoEqualEarth().scale(projection.scale()).translate(projection.translate()).precision(0);
      const path = geoPath(flat).digits(2);
      const land = path(feature(world, world.objects.land));
      const borders = path(mesh(world, world.objects.countries, (a, b) => a !== b));
      return `export const LAND = ${JSON.stringify(land)};\nexport const BORDERS = ${JSON.stringify(borders)};\n`;
    },
  };
}

/** deck.gl and luma.gl: the world map's drawing, one chunk instead of four. */
const MAP_GL = /node_modules[\\/](@luma\.gl|@deck\.gl|@probe\.gl|@math\.gl|@loaders\.gl|mjolnir\.js)[\\/]/;
/** What /network's own entry loads besides deck.gl: none of it is the app's, though the entry loads it first. */
const MAP_OWN =
  /web[\\/](network\.html|src[\\/](network-main\.ts|map[\\/]network-(deck|layers|data|early|sketch|view)\.ts)$)|node_modules[\\/]d3-|world-outline/;

/** The web app, built into dist/web for `amity serve` to serve from the API's own origin. */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), worldOutline(), precompress()],
  resolve: { alias: { '@domain': here('../src/domain'), '@records': here('../src/records'), '@contract': here('../src/http/contract') } },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
    // The server reads which chunks a page needs, to tell the browser to fetch them with the page.
    manifest: true,
    rolldownOptions: {
      // A visit that starts on the world map has its own entry, which starts the map's WebGL and
      // data while the rest of the app loads; every other page starts from index.html.
      input: { index: here('index.html'), 'network-entry': here('network.html') },
      output: {
        // Few requests on the way to a page's first frame: a browser opens six connections to a
        // server, and on a busy machine each round of requests costs tens of milliseconds. What the
        // app's entry loads statically is one file; the small modules that the pages share are one
        // chunk; deck.gl and luma.gl (the world map's drawing) are one chunk instead of four, and
        // neither they nor the map's own modules join the app's chunk, though /network's entry loads them first.
        codeSplitting: {
          groups: [
            // The bundler's and Vite's small helpers, which both entries use.
            { name: 'runtime', test: /rolldown[\\/]runtime|vite[\\/](preload-helper|modulepreload-polyfill)/, priority: 5 },
            { name: 'app', tags: ['$initial'], test: (id) => !MAP_GL.test(id) && !MAP_OWN.test(id), priority: 3 },
            {
              name: 'shared',
              test: /web[\\/]src[\\/](components[\\/](fields|page-title|use-debounced|section|data-table)\.tsx?|api[\\/]queries\.ts|lib[\\/]labels\.ts)$/,
              priority: 1,
            },
            { name: 'map-gl', test: MAP_GL, priority: 2 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
