import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PACKAGE_ROOT } from '../package-root.ts';

/** Where `vite build` puts the web app. */
export const WEB_BUILD_DIR = join(PACKAGE_ROOT, 'dist', 'web');

/** The page every path outside the API gets, whose script starts the app. */
const APP_ENTRY = 'index.html';

/**
 * Pages with an entry of their own, and whose code and data the browser is told to fetch together
 * with the page (HTTP `Link` headers), instead of waiting for a script to run and ask for them.
 * The world map's page (network.html) draws its first frame from 1.5 MB of data first; its WebGL
 * code, the app's code, which it loads next, and the page's own chunk come in parallel.
 */
const PAGE_PRELOADS: Record<string, { html: string; module: string; data: string[] }> = {
  '/network': { html: 'network.html', module: 'src/pages/public/network.tsx', data: ['/api/network/map'] },
};

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** Vite's manifest of the build in `root`: every chunk by its source, with what it imports. */
export type BuildManifest = Record<string, ManifestChunk>;

export function readManifest(root = WEB_BUILD_DIR): BuildManifest {
  return JSON.parse(readFileSync(join(root, '.vite', 'manifest.json'), 'utf8')) as BuildManifest;
}

/**
 * The chunks that `modules` (keys of the manifest: sources, or an entry's page) need beyond what
 * the page `entry` loads first (its script and everything that imports statically).
 */
export function chunksBeyondFirstLoad(manifest: BuildManifest, modules: string[], entry = APP_ENTRY): ManifestChunk[] {
  const closure = (keys: string[], into = new Set<string>()) => {
    for (const key of keys) {
      if (into.has(key) || !manifest[key]) continue;
      into.add(key);
      closure(manifest[key].imports ?? [], into);
    }
    return into;
  };
  const first = closure([entry]);
  return [...closure(modules)].filter((k) => !first.has(k)).map((k) => manifest[k]!);
}

/** The `Link` header for each page of PAGE_PRELOADS, from Vite's manifest of the build; re-read when the build changes. */
function preloadLinks(root: string): (path: string) => string | null {
  const manifestPath = join(root, '.vite', 'manifest.json');
  let read: { at: number; links: Map<string, string> } | null = null;
  return (path) => {
    if (!PAGE_PRELOADS[path]) return null;
    let at = 0;
    try {
      at = statSync(manifestPath).mtimeMs;
    } catch {
      return null;
    }
    if (!read || read.at !== at) {
      const manifest = readManifest(root);
      const links = new Map<string, string>();
      for (const [page, { html, module, data }] of Object.entries(PAGE_PRELOADS)) {
        const chunks = chunksBeyondFirstLoad(manifest, [APP_ENTRY, module], html);
        links.set(
          page,
          [
            ...data.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`),
            ...chunks.map((c) => `</${c.file}>; rel=modulepreload`),
            ...chunks.flatMap((c) => c.css ?? []).map((css) => `</${css}>; rel=preload; as=style; crossorigin`),
          ].join(', '),
        );
      }
      read = { at, links };
    }
    return read.links.get(path) ?? null;
  };
}

/**
 * The file of the build that `path` names, read as it is now (a build made after the server
 * started is served too): one at the top of the build or in its assets, never a dotfile such as
 * Vite's manifest; null when there is none.
 */
function fileOf(root: string, path: string): string | null {
  const named = /^\/((?:assets\/)?[\w-][\w.-]*)$/.exec(path)?.[1];
  return named && statSync(join(root, named), { throwIfNoEntry: false })?.isFile() ? named : null;
}

/**
 * Serves the built web app from the API's origin: hashed assets for a year, the page itself
 * never cached, and the page for any other path that is not the API's (the app routes itself).
 */
export function webApp(root = WEB_BUILD_DIR) {
  return async (app: FastifyInstance): Promise<void> => {
    if (!existsSync(join(root, 'index.html'))) return;
    const linksOf = preloadLinks(root);
    // The plugin only sends files (`reply.sendFile`): the one route below finds them, where a
    // route of the plugin's own for each file of the build would cost the start a walk of the
    // folder and a route per file.
    await app.register(fastifyStatic, {
      root,
      serve: false,
      preCompressed: true,
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0]!;
      const file = fileOf(root, path);
      if (file) return reply.sendFile(file);
      if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) {
        return reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${path}` });
      }
      reply.header('cache-control', 'no-cache');
      const links = linksOf(path);
      if (links) reply.header('link', links);
      const own = PAGE_PRELOADS[path]?.html;
      return reply.sendFile(own && existsSync(join(root, own)) ? own : APP_ENTRY);
    });
  };
}
