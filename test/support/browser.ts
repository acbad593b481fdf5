import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { buildServer } from '../../src/http/server.ts';
import { webApp } from '../../src/http/web-app.ts';
import { launchChromium } from '../../src/services/reports/browser.ts';
import type { Ctx } from '../../src/services/context.ts';
import type { Backend, Store } from '../../src/storage/connect.ts';
import { BACKENDS, ctxFor, freshStore } from './backends.ts';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results');

/**
 * How long a browser test waits for the app's own answer (an element, a text, a response) before
 * it fails. Generous, since a busy two-core machine can take many seconds; the tests never sleep,
 * so a wait that succeeds costs only the time the app takes.
 */
export const PATIENCE = 30_000;

/**
 * The bound for the few things the app is known to take long at even on an idle machine: finding
 * every likely duplicate in the whole name index, printing a report to PDF, drawing the world
 * network in software. Still an upper bound on a wait for the app's answer, never a pause.
 */
export const SLOW = { timeout: 2 * PATIENCE };

/**
 * A web-first assertion: reads the value again (every 100 ms, up to PATIENCE) until the matcher
 * holds, for whatever the page can still change (`await eventually(() => x.textContent()).toBe('…')`).
 */
export function eventually<T>(read: () => T | Promise<T>, message?: string) {
  return expect.poll(read, { timeout: PATIENCE, interval: 100, ...(message ? { message } : {}) });
}

/** The Chromium the product prints reports with, launched the same way. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** The API and the built web app on a free port, as `amity serve` runs them. */
export async function startWebServer(store: Store, now?: () => Date) {
  const app = await buildServer({ store, now, plugins: [webApp()] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/**
 * Waits until the page shows all it loads: the network quiet, and no "Loading…" status left (the
 * app's placeholder while a page, its data or the map is on its way). For checks of a whole page.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await eventually(
    () =>
      page
        .getByRole('status')
        .filter({ hasText: /^\s*(Loading|正在加载)/ })
        .count(),
    'a "Loading…" status is left',
  ).toBe(0);
}

/** A screenshot under test-results/, to look at what a person would see. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fails on any serious or critical accessibility violation axe-core finds on the page. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
  expect(bad, `${what}: axe-core violations`).toEqual([]);
}

/** Errors the page logged, collected so a test can check there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

export interface PageOptions {
  /** The browser's language ('en-GB' unless given). */
  locale?: string;
  acceptDownloads?: boolean;
}

/** What a browser suite's hooks and tests use; each getter answers once the suite has started. */
export interface InChromium {
  /** The suite's backend, known as the suite is declared (for names of screenshots). */
  readonly backend: Backend;
  readonly browser: Browser;
  /** The suite's registry, and a context acting as the system on it. */
  readonly store: Store;
  readonly ctx: Ctx;
  /** The web server over the registry: the API and the built web app. */
  readonly url: string;
  /** The suite's own page (and its context), opened before the first test and kept across the tests. */
  readonly page: Page;
  readonly context: BrowserContext;
  /** Errors the suite's page logged. */
  readonly errors: string[];
  /** A page in a context of its own (own cookies, own language), closed when the suite ends. */
  newPage(options?: PageOptions): Promise<Page>;
}

export interface ChromiumOptions extends PageOptions {
  /** Fills the fresh registry before the server starts: the demo, accounts, the suite's own records. */
  given?: (ctx: Ctx, store: Store) => Promise<void>;
  /** The server's clock. */
  now?: () => Date;
}

/**
 * A browser suite, run once per backend of the run (BACKENDS): for each, Debian's Chromium is
 * launched, a fresh registry made and filled by `given`, the web server started on it and a page
 * opened; all of it is closed after the suite's own afterAll hooks. A failed test leaves
 * screenshots of the suite's page and of the newest pages under test-results/failed-*.
 */
export function describeInChromium(name: string, suite: (chromium: InChromium) => void, options: ChromiumOptions = {}): void {
  for (const backend of BACKENDS) {
    describe(`${name} [${backend}]`, () => {
      let browser: Browser | undefined;
      let store: Store | undefined;
      let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
      let shared: { context: BrowserContext; page: Page; errors: string[] } | undefined;
      const contexts: BrowserContext[] = [];
      const ready = <T>(value: T | undefined, what: string): T => {
        if (value === undefined)
          throw new Error(`no ${what} yet: the browser suite's values are for hooks and tests, not for describe bodies`);
        return value;
      };
      const open = async (pageOptions: PageOptions = {}) => {
        const context = await ready(browser, 'browser').newContext({
          locale: pageOptions.locale ?? 'en-GB',
          viewport: { width: 1280, height: 900 },
          acceptDownloads: pageOptions.acceptDownloads ?? false,
        });
        context.setDefaultTimeout(PATIENCE);
        context.setDefaultNavigationTimeout(PATIENCE);
        contexts.push(context);
        return { context, page: await context.newPage() };
      };

      beforeAll(async () => {
        browser = await launchBrowser();
        store = await freshStore(backend);
        await options.given?.(ctxFor(store), store);
        server = await startWebServer(store, options.now);
        const { context, page } = await open(options);
        shared = { context, page, errors: collectErrors(page) };
      });
      afterEach(async ({ task }) => {
        if (task.result?.state !== 'fail') return;
        // The suite's page and the newest contexts: the failed test's pages are among them.
        const pages = [...new Set([shared?.context, ...contexts.slice(-3)])].flatMap((c) => c?.pages() ?? []);
        const stem = `failed-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}-${backend}`;
        for (const [i, page] of pages.entries()) {
          mkdirSync(SCREENSHOTS, { recursive: true });
          await page
            .screenshot({ path: join(SCREENSHOTS, `${stem}-${i + 1}.png`), fullPage: true, timeout: 10_000 })
            .catch(() => undefined);
        }
      });
      // Registered before the suite's own hooks, so it runs after its afterAll hooks.
      afterAll(async () => {
        for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
        await browser?.close();
        await server?.close();
        await store?.close();
        browser = undefined;
        server = undefined;
        store = undefined;
        shared = undefined;
      });

      suite({
        backend,
        get browser() {
          return ready(browser, 'browser');
        },
        get store() {
          return ready(store, 'registry');
        },
        get ctx() {
          return ctxFor(ready(store, 'registry'));
        },
        get url() {
          return ready(server, 'server').url;
        },
        get page() {
          return ready(shared, 'page').page;
        },
        get context() {
          return ready(shared, 'page').context;
        },
        get errors() {
          return ready(shared, 'page').errors;
        },
        newPage: async (pageOptions) => (await open(pageOptions)).page,
      });
    });
  }
}
