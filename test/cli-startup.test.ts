import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, SRC_DIR, sourceFiles } from '../scripts/build-state.js';

// The command line and the server run the compiled code in dist/node and load a module only when
// what they are doing needs it: `amity --help` loads commander and the command declarations, and
// the server loads no report renderer until a report is asked for.

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const AMITY = join(ROOT, 'bin', 'amity.js');
const RECORD = join(import.meta.dirname, 'support', 'record-imports.mjs');
const dir = mkdtempSync(join(tmpdir(), 'amity-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The modules a run loaded: packages by name, Amity's own files by their path in the package. */
function loaded(log: string): string[] {
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return [
    ...new Set(
      urls.map((url) => {
        const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
        return pkg ? pkg[1]! : url.replace(`file://${ROOT}/`, '');
      }),
    ),
  ];
}

/** The address a server spawned with `--port 0` says it listens at. */
function listening(server: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/[^/]+)\//.exec(out);
      if (found) resolve(found[1]!);
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
}

const RENDERERS = ['playwright-core', 'exceljs', 'docx', 'echarts', 'vega', 'vega-lite'];
const FIRST_USE = ['pinyin-pro', 'opencc-js', 'ical-generator', 'dist/node/services/network/import-network.service.js'];

describe('the build in dist/node', () => {
  const files = sourceFiles()
    .map((f) => relative(SRC_DIR, f))
    .filter((f) => !/\.test\.ts$/.test(f) && !f.split('/').includes('__snapshots__'));

  it('holds every module of src, worker entries included, as JavaScript with its source map, where src has it', () => {
    const missing = files
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, '.js'))
      .filter((f) => !existsSync(join(BUILD_DIR, f)) || !existsSync(join(BUILD_DIR, `${f}.map`)));
    expect(files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('holds every data file of src beside the code that reads it', () => {
    const data = files.filter((f) => !f.endsWith('.ts'));
    expect(data).toContain('network/data/twin_cities.csv');
    expect(data.filter((f) => !existsSync(join(BUILD_DIR, f)))).toEqual([]);
  });
});

describe('what starting loads', () => {
  it('amity --help runs the compiled code and loads neither zod, the services, the storage nor a renderer', async () => {
    const log = join(dir, 'help.log');
    const { stdout } = await run('node', ['--import', RECORD, AMITY, '--help'], { env: { ...process.env, AMITY_IMPORT_LOG: log } });
    expect(stdout).toContain('Usage: amity');
    expect(stdout).toMatch(/^ {2}report /m);
    const modules = loaded(log);
    expect(modules).toContain('dist/node/cli/main.js');
    expect(modules).toContain('commander');
    expect(modules.filter((m) => m.startsWith('src/') || /\.ts$/.test(m))).toEqual([]);
    expect(modules.filter((m) => ['zod', 'kysely', 'better-sqlite3', 'pg', 'fastify', 'tsx', ...RENDERERS].includes(m))).toEqual([]);
    expect(modules.filter((m) => /dist\/node\/(storage|http|vendor)\/|\.service\.js$/.test(m))).toEqual([]);
  });

  it('a command loads its own service and not the others', async () => {
    const log = join(dir, 'stats.log');
    const db = join(dir, 'stats.db');
    const env = { ...process.env, AMITY_IMPORT_LOG: log, AMITY_DATABASE_URL: '' };
    await run('node', [AMITY, '--db', db, 'init'], { env });
    await run('node', ['--import', RECORD, AMITY, '--db', db, 'areas'], { env });
    const modules = loaded(log);
    expect(modules).toContain('dist/node/services/area.service.js');
    expect(modules).not.toContain('dist/node/services/reports/render.service.js');
    expect(modules).not.toContain('dist/node/services/network/suggest.service.js');
    expect(modules.filter((m) => RENDERERS.includes(m))).toEqual([]);
  });

  it('the server answers without loading a report renderer', async () => {
    const log = join(dir, 'serve.log');
    const db = join(dir, 'serve.db');
    const env = { ...process.env, AMITY_IMPORT_LOG: log, AMITY_DATABASE_URL: '' };
    await run('node', [AMITY, '--db', db, 'init'], { env });
    const server = spawn('node', ['--import', RECORD, AMITY, '--db', db, 'serve', '--port', '0', '--quiet'], { env });
    let atReady: string[];
    try {
      const url = await listening(server);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      atReady = loaded(log);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/api/reports/visits`)).status).toBeLessThan(500);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // Fastify and its plugins run from their bundles in dist/node/vendor; what the answers so far
    // did not use (metrics, the claim recognition, the HTML reader, password hashing) is not loaded yet.
    expect(atReady).toContain('dist/node/vendor/fastify.js');
    const notYet = ['fastify', 'avvio', 'semver', 'prom-client', '@opentelemetry/api', 'htmlparser2', '@node-rs/argon2'];
    expect(atReady.filter((m) => notYet.includes(m))).toEqual([]);
    for (const service of ['claims/check', 'network/export', 'reports/render'])
      expect(atReady).not.toContain(`dist/node/services/${service}.service.js`);
    const modules = loaded(log);
    expect(modules).toContain('dist/node/http/server.js');
    expect(modules).toContain('bindings'); // required by better-sqlite3: packages loaded with require() are seen too
    expect(modules).toContain('prom-client'); // loaded to count the first request of the API
    expect(modules.filter((m) => RENDERERS.includes(m))).toEqual([]);
    // Chinese readings, calendar feeds and a new registry's loaders wait for their first use.
    expect(modules.filter((m) => [...FIRST_USE, 'dist/node/demo/load-demo.js'].includes(m))).toEqual([]);
  });

  it('the server from the build serves the web app, compresses a large answer and writes its API reference', async () => {
    const db = join(dir, 'web.db');
    const env = { ...process.env, AMITY_DATABASE_URL: '' };
    await run('node', [AMITY, '--db', db, 'init'], { env });
    const server = spawn('node', [AMITY, '--db', db, 'serve', '--port', '0', '--quiet'], { env });
    try {
      const url = await listening(server);
      const page = await fetch(`${url}/network`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'web', '.vite', 'manifest.json'), 'utf8')) as Record<
        string,
        { file: string }
      >;
      const asset = await fetch(`${url}/${manifest['index.html']!.file}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const reference = await fetch(`${url}/api/openapi.json`, { headers: { 'accept-encoding': 'gzip' } });
      expect(reference.status).toBe(200);
      expect(reference.headers.get('content-encoding')).toBe('gzip');
      expect(((await reference.json()) as { paths: object }).paths).toHaveProperty('/api/places');
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  });

  it('the server keeps its young generation at its first size, after a worker thread has started too', async () => {
    const db = join(dir, 'young.db');
    const env = { ...process.env, AMITY_DATABASE_URL: '' };
    await run('node', [AMITY, '--db', db, 'demo'], { env });
    const server = spawn('node', [AMITY, '--db', db, 'serve', '--port', '0', '--quiet', '--metrics-open'], { env });
    try {
      const url = await listening(server);
      // The world map is made on a worker thread: the server's young generation must stay small after it.
      expect((await fetch(`${url}/api/network/map`)).status).toBe(200);
      for (const sort of ['name', 'created', 'updated', 'date'])
        for (const order of ['asc', 'desc'])
          expect((await fetch(`${url}/api/partnerships?limit=200&sort=${sort}&order=${order}`)).status).toBe(200);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      const young = /^amity_nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)/m.exec(metrics);
      expect(Number(young?.[1])).toBeGreaterThan(0);
      expect(Number(young?.[1])).toBeLessThanOrEqual(8 * 2 ** 20);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  });
});
