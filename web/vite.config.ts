import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

/** The web app, built into dist/web for `amity serve` to serve from the API's own origin. */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), precompress()],
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
      output: {
        // Few requests on the way to a page's first frame: a browser opens six connections to a
        // server, and on a busy machine each round of requests costs tens of milliseconds. What the
        // app's entry loads statically is one file; the small modules that the pages share are one
        // chunk; deck.gl and luma.gl (the world map's drawing) are one chunk instead of four.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            {
              name: 'shared',
              test: /web[\\/]src[\\/](components[\\/](fields|page-title|use-debounced|section|data-table)\.tsx?|api[\\/]queries\.ts|lib[\\/]labels\.ts)$/,
              priority: 1,
            },
            { name: 'map-gl', test: /node_modules[\\/](@luma\.gl|@deck\.gl|@probe\.gl|@math\.gl|@loaders\.gl)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
