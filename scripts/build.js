#!/usr/bin/env node
// Compiles the server and the command line (src/) to JavaScript in dist/node, one file per
// source file with its source map, so the folders keep their shape: a module that finds a file
// beside itself (`new URL('./data/…', import.meta.url)`, a `*.worker.js` entry) finds it in dist
// as it does in src. The data files under src are copied beside the code.
// `node scripts/build.js --when-stale` builds only when dist/node is missing or older than src.
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILD_DIR, BUILD_STAMP, buildIsStale, ROOT, SRC_DIR, sourceFiles } from './build-state.js';

const isCode = (path) => path.endsWith('.ts') && !path.endsWith('.d.ts');
const isTest = (path) => /\.test\.ts$/.test(path) || path.split('/').includes('__snapshots__');

/**
 * Packages of many small ES modules, bundled into dist/node/vendor: Node spent longer finding and
 * opening kysely's 260 modules and zod's 95 than running them. fastify-type-provider-zod goes with
 * zod, so that both use the one copy of zod.
 */
const VENDORED = ['kysely', 'zod', 'fastify-type-provider-zod'];
/**
 * Fastify and the plugins the server registers as it starts: CommonJS packages that require many
 * small ones (fastify's semver alone is 47 files), bundled into dist/node/vendor with what they
 * require, since Node's CommonJS loader spent longer finding, reading and wrapping some 200 files
 * than running them. What they require only when it is used stays a package, required from
 * node_modules then: pino (request logs), Ajv and fast-json-stringify (compilers Amity replaces
 * with zod's, src/http/serializer.ts), light-my-request (`inject`).
 */
const VENDORED_COMMONJS = ['fastify', '@fastify/compress', '@fastify/static', '@fastify/cookie', '@fastify/cors'];
const REQUIRED_WHEN_USED = [
  'pino',
  'ajv',
  'ajv-formats',
  '@fastify/ajv-compiler',
  '@fastify/fast-json-stringify-compiler',
  'fast-json-stringify',
  'light-my-request',
];
const VENDOR_DIR = 'vendor';

/**
 * Relative imports stay imports of their own compiled file (`./x.ts` becomes `./x.js`), and
 * packages stay imports of the package (a vendored one, of its file in dist/node/vendor); a
 * package's JSON file is inlined, since the import attribute that Node needs to load it
 * (`with { type: 'json' }`) would not survive.
 */
const eachFileOnItsOwn = {
  name: 'amity-each-file-on-its-own',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (VENDORED.includes(args.path) || VENDORED_COMMONJS.includes(args.path)) {
        const path = relative(dirname(args.importer), join(SRC_DIR, VENDOR_DIR, `${args.path}.js`));
        return { path: path.startsWith('.') ? path : `./${path}`, external: true };
      }
      return args.path.endsWith('.json') ? undefined : { external: true };
    });
  },
};

/** Inside the vendored bundle, packages other than the vendored ones stay imports of the package. */
const vendorOnly = {
  name: 'amity-vendor-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.kind === 'entry-point' || VENDORED.some((v) => args.path === v || args.path.startsWith(`${v}/`))
        ? undefined
        : { external: true },
    );
  },
};

/** What every bundle the server runs is built for: Node's ES modules, with source maps to the files. */
const FOR_NODE = {
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
};

export async function buildAll() {
  const started = performance.now();
  const files = sourceFiles().filter((f) => !isTest(relative(SRC_DIR, f)));
  const staging = `${BUILD_DIR}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    entryPoints: files.filter(isCode),
    outbase: SRC_DIR,
    outdir: staging,
    bundle: true,
    ...FOR_NODE,
    plugins: [eachFileOnItsOwn],
  });
  await build({
    entryPoints: Object.fromEntries(VENDORED.map((name) => [name, fileURLToPath(import.meta.resolve(name))])),
    outdir: join(staging, VENDOR_DIR),
    bundle: true,
    splitting: true,
    plugins: [vendorOnly],
    ...FOR_NODE,
  });
  await build({
    entryPoints: Object.fromEntries(VENDORED_COMMONJS.map((name) => [name, fileURLToPath(import.meta.resolve(name))])),
    outdir: join(staging, VENDOR_DIR),
    bundle: true,
    splitting: true,
    external: REQUIRED_WHEN_USED,
    // The bundle's own `require` of Node's modules and of the packages left outside.
    banner: {
      js: "import { createRequire as amityCreateRequire } from 'node:module'; const require = amityCreateRequire(import.meta.url);",
    },
    ...FOR_NODE,
  });
  for (const file of files.filter((f) => !isCode(f))) {
    const to = join(staging, relative(SRC_DIR, file));
    mkdirSync(join(to, '..'), { recursive: true });
    cpSync(file, to);
  }
  writeFileSync(join(staging, BUILD_STAMP), `${new Date().toISOString()}\n`);
  rmSync(BUILD_DIR, { recursive: true, force: true });
  renameSync(staging, BUILD_DIR);
  const ms = Math.round(performance.now() - started);
  return `Compiled ${files.filter(isCode).length} files to ${relative(ROOT, BUILD_DIR)} in ${ms} ms.`;
}

if (import.meta.filename === process.argv[1]) {
  // Built on the way to running something else, it says so on stderr, out of that command's output.
  const onTheWay = process.argv.includes('--when-stale');
  if (onTheWay && !buildIsStale()) process.exit(0);
  (onTheWay ? console.error : console.log)(await buildAll());
}
