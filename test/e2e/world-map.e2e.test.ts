import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { continentOf } from '../../src/domain/countries.ts';
import type { NetworkMap } from '../../src/services/network/network.service.ts';
import { describeInChromium, eventually, expectAccessible, screenshot, SLOW } from '../support/browser.ts';
import { importLines } from '../support/network.ts';
import { call } from '../support/server.ts';

/**
 * A small network beside the demo registry: Steppenburg, alone in Mongolia, tied to three
 * made-up places far apart and to the demo's Moscow (which has a Chinese name); Nordhafen also
 * tied to Eisberg.
 */
const LINES = [
  'Steppenburg,Mongolia,46.0,103.0,Nordhafen,Norway,69.0,18.0',
  'Steppenburg,Mongolia,46.0,103.0,Kapstadtdorf,South Africa,-30.0,22.0',
  'Steppenburg,Mongolia,46.0,103.0,Pampaville,Argentina,-38.0,-63.0',
  'Steppenburg,Mongolia,46.0,103.0,Moscow,Russia,55.7558,37.6173',
  'Nordhafen,Norway,69.0,18.0,Eisberg,Iceland,65.0,-18.0',
];

/** The map page, found as a person finds it, plus the markers the page sets for tests. */
class WorldMap {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open() {
    await this.page.goto(`${this.base}/network`);
    await this.ready();
  }

  /** Waits until every tie is drawn (the page reads a pixel back from the GPU first). */
  async ready() {
    await this.page.locator('.network-map[data-ready="true"]').waitFor(SLOW);
  }

  map(): Locator {
    return this.page.locator('.network-map');
  }

  async tiesDrawn(): Promise<number> {
    return Number(await this.map().getAttribute('data-ties'));
  }

  /** Where a place is drawn, in the page's pixels, as the page reports it. */
  async pointOf(placeId: string): Promise<{ x: number; y: number }> {
    const at = await this.page.evaluate((id) => (globalThis as unknown as MapHook).amityNetworkMap.pointOf(id), placeId);
    if (!at) throw new Error(`${placeId} is not drawn`);
    return at;
  }

  labels(): Locator {
    return this.page.locator('.network-label:not([hidden])');
  }

  panel(): Locator {
    return this.page.locator('.network-panel');
  }

  search(): Locator {
    return this.page.getByRole('combobox', { name: /Find a place|查找地方/ });
  }
}

interface MapHook {
  amityNetworkMap: { pointOf: (placeId: string) => { x: number; y: number } | null };
}

describeInChromium(
  'the world map in Chromium',
  (chromium) => {
    const { backend } = chromium;
    let page: Page;
    let map: WorldMap;
    let data: NetworkMap;
    const id = (name: string) => {
      const i = data.places.name.indexOf(name);
      if (i < 0) throw new Error(`no ${name} on the map`);
      return data.places.id[i]!;
    };
    /** Ties with coordinates at both ends, where `keep` holds for either end (every one without). */
    const drawable = (keep: (place: number) => boolean = () => true) => {
      const p = data.places;
      let n = 0;
      for (let k = 0; k < data.ties.length; k += 2) {
        const [a, b] = [data.ties[k]!, data.ties[k + 1]!];
        if (p.lat[a] !== null && p.lat[b] !== null && (keep(a) || keep(b))) n++;
      }
      return n;
    };

    beforeAll(async () => {
      data = (await call(chromium.url, 'GET', '/api/network/map')).json as unknown as NetworkMap;
      page = chromium.page;
      map = new WorldMap(page, chromium.url);
    });

    it('draws every tie, and shows a place and its partner count under the pointer', async () => {
      await map.open();
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("The world's twin-town network");
      await eventually(() => map.tiesDrawn()).toBe(drawable());
      // The mark the benchmark times says how many ties its frame drew: all of them.
      const ready = await page.evaluate(
        () => (performance.getEntriesByName('amity:network-ready')[0] as unknown as { detail: { ties: number } }).detail.ties,
      );
      expect(ready).toBe(drawable());
      // That first frame is the 2D one, drawn before deck.gl; the WebGL map draws the same ties after it and replaces it.
      const interactive = await page.evaluate(() =>
        ['amity:network-ready', 'amity:network-interactive'].map((name) => {
          const mark = performance.getEntriesByName(name)[0] as unknown as { startTime: number; detail: { ties: number } };
          return { at: mark.startTime, ties: mark.detail.ties };
        }),
      );
      expect(interactive[1]!.ties).toBe(drawable());
      expect(interactive[1]!.at).toBeGreaterThan(interactive[0]!.at);
      expect(await page.locator('canvas.network-sketch').count()).toBe(0);
      expect(await map.tiesDrawn()).toBeGreaterThan(LINES.length);
      await page.getByText(`${drawable().toLocaleString('en')} ties drawn`).waitFor();

      const at = await map.pointOf(id('Steppenburg'));
      await page.mouse.move(at.x, at.y);
      const tooltip = page.locator('.network-tooltip');
      await eventually(() => tooltip.textContent()).toBe('SteppenburgMongolia4 partners');
      await screenshot(page, `world-map-hover-${backend}`);
      expect(chromium.errors).toEqual([]);
    });

    it('draws its first frame before the app, on a repeat visit at the very spot the page then gives the map', async () => {
      const own = await chromium.newPage();
      // Where the early box is put, seen as the map's entry adds it (before the app runs). The
      // page's scripts are the browser's, so they are given as text (the tests have no DOM types).
      await own.addInitScript(`
        new MutationObserver((changes, observer) => {
          for (const node of changes.flatMap((c) => [...c.addedNodes])) {
            if (!(node instanceof HTMLElement) || !node.classList.contains('network-early')) continue;
            const r = node.getBoundingClientRect();
            window.earlySpot = [r.left, r.top, r.width, r.height];
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
        new PerformanceObserver((list) => {
          if (!list.getEntriesByName('amity:network-ready').length) return;
          window.atFirstFrame = {
            sketches: document.querySelectorAll('canvas.network-sketch').length,
            webgl: document.querySelectorAll('canvas.network-ties').length,
          };
        }).observe({ entryTypes: ['mark'] });
      `);
      const visit = new WorldMap(own, chromium.url);
      const spot = (): Promise<{ early?: number[]; page: number[] }> =>
        own.evaluate(`(() => {
          const r = document.querySelector('.network-canvases').getBoundingClientRect();
          return { early: window.earlySpot?.map(Math.round), page: [r.left, r.top, r.width, r.height].map(Math.round) };
        })()`);
      await visit.open();
      // The page keeps where its map is once the site's name is in the header.
      await eventually(() => own.evaluate(`localStorage.getItem('amity.networkMapBox') !== null`)).toBe(true);
      await visit.open();
      // The early box is gone and its canvases are the page's: one set, in the page's box.
      expect(await own.locator('.network-early').count()).toBe(0);
      expect(await own.locator('.network-canvases > canvas').count()).toBe(3);
      const seen = await spot();
      expect(seen.early).toEqual(seen.page);
      // The first frame with every tie was the 2D one, on the land's and the ties' canvases, before the WebGL map's canvases existed.
      expect(await own.evaluate('window.atFirstFrame')).toEqual({ sketches: 2, webgl: 0 });
      expect(await visit.tiesDrawn()).toBe(drawable());
    });

    it('selects a clicked city, highlights its ties and names its partners on the map and in the panel', async () => {
      await map.open();
      const at = await map.pointOf(id('Steppenburg'));
      await page.mouse.click(at.x, at.y);
      await eventually(() => map.map().getAttribute('data-selected')).toBe(id('Steppenburg'));
      const partners = ['Kapstadtdorf', 'Moscow', 'Nordhafen', 'Pampaville'];
      await eventually(async () => (await map.labels().allTextContents()).sort()).toEqual([...partners, 'Steppenburg'].sort());
      await map.panel().getByRole('heading', { level: 2, name: 'Steppenburg' }).waitFor();
      await eventually(() => map.panel().getByRole('listitem').allTextContents()).toEqual([
        'Kapstadtdorf · South Africa',
        'Moscow · Russia',
        'Nordhafen · Norway',
        'Pampaville · Argentina',
      ]);
      // Each label sits beside its place.
      const offset = async () => {
        const moscow = await map.pointOf(id('Moscow'));
        const label = (await map.labels().filter({ hasText: 'Moscow' }).boundingBox())!;
        return Math.max(Math.abs(label.x - moscow.x), Math.abs(label.y + label.height / 2 - moscow.y));
      };
      await eventually(offset).toBeLessThan(20);
      await screenshot(page, `world-map-selected-${backend}`);

      // A partner in the panel is a button that selects it in turn.
      await map.panel().getByRole('button', { name: 'Nordhafen' }).click();
      await eventually(() => map.map().getAttribute('data-selected')).toBe(id('Nordhafen'));
      await eventually(async () => (await map.labels().allTextContents()).sort()).toEqual(['Eisberg', 'Nordhafen', 'Steppenburg']);
      await map.panel().getByRole('button', { name: 'Clear the choice' }).click();
      await eventually(() => map.map().getAttribute('data-selected')).toBe('');
      await eventually(() => map.labels().count()).toBe(0);
      expect(chromium.errors).toEqual([]);
    });

    it('jumps to a place found by name, with the keyboard', async () => {
      await map.open();
      await map.search().fill('kapstadt');
      await page.getByRole('option', { name: /Kapstadtdorf/ }).waitFor();
      await map.search().press('Enter');
      await eventually(() => map.map().getAttribute('data-selected')).toBe(id('Kapstadtdorf'));
      await map.panel().getByRole('heading', { level: 2, name: 'Kapstadtdorf' }).waitFor();
      // The view moved to it: it is drawn near the middle of the map.
      const box = (await map.map().boundingBox())!;
      await eventually(async () => {
        const at = await map.pointOf(id('Kapstadtdorf'));
        return Math.abs(at.x - (box.x + box.width / 2)) < 30 && Math.abs(at.y - (box.y + box.height / 2)) < 30;
      }).toBe(true);
      await eventually(async () => (await map.labels().allTextContents()).sort()).toEqual(['Kapstadtdorf', 'Steppenburg']);
    });

    it('draws only the ties of a country or a continent', async () => {
      await map.open();
      const all = drawable();
      await eventually(() => map.tiesDrawn()).toBe(all);
      await page.getByLabel('Country').selectOption('MN');
      await eventually(() => map.tiesDrawn()).toBe(4);
      await page.getByText('4 ties drawn').waitFor();
      await page.getByLabel('Country').selectOption('');
      await eventually(() => map.tiesDrawn()).toBe(all);

      await page.getByLabel('Continent').selectOption('AF');
      const african = drawable((p) => continentOf(data.places.country[p]!) === 'AF');
      expect(african).toBeGreaterThan(1);
      expect(african).toBeLessThan(all);
      await eventually(() => map.tiesDrawn()).toBe(african);
      await screenshot(page, `world-map-africa-${backend}`);
      await page.getByLabel('Continent').selectOption('');
      await eventually(() => map.tiesDrawn()).toBe(all);
    });

    it('names places in Chinese where the registry knows the name, and passes axe-core in both languages', async () => {
      await map.open();
      await expectAccessible(page, 'world map (English)');
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 1, name: '全球友好城市网络' }).waitFor();
      const at = await map.pointOf(id('Steppenburg'));
      await page.mouse.click(at.x, at.y);
      await eventually(async () => (await map.labels().allTextContents()).sort()).toEqual(
        ['Kapstadtdorf', 'Nordhafen', 'Pampaville', 'Steppenburg', '莫斯科'].sort(),
      );
      await eventually(() => map.panel().getByRole('listitem').allTextContents()).toContain('莫斯科 · 俄罗斯');
      await page.getByText(`已绘出${drawable().toLocaleString('zh-CN')}条友好关系`).waitFor();
      await expectAccessible(page, 'world map with a place chosen (中文)');
      await screenshot(page, `world-map-zh-${backend}`);
      await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: "The world's twin-town network" }).waitFor();
      expect(chromium.errors).toEqual([]);
    });

    it('has its data and code fetched with the page when a visit starts on it', async () => {
      const res = await fetch(`${chromium.url}/network`);
      const links = (res.headers.get('link') ?? '').split(', ');
      expect(links).toContain('</api/network/map>; rel=preload; as=fetch; crossorigin');
      expect(links.some((l) => /^<\/assets\/network-[\w-]+\.js>; rel=modulepreload$/.test(l))).toBe(true);
      // The app's own chunk comes in parallel with the map's entry, which the page starts with.
      expect(links.some((l) => /^<\/assets\/index-[\w-]+\.js>; rel=modulepreload$/.test(l))).toBe(true);
      expect(await res.text()).toMatch(/<script type="module" crossorigin src="\/assets\/network-entry-[\w-]+\.js">/);
      // Styles are preloaded as Vite's loader asks for them (crossorigin), else the browser fetches them twice.
      const styles = links.filter((l) => l.includes('as=style'));
      expect(styles.length).toBeGreaterThan(0);
      for (const l of styles) expect(l).toMatch(/; crossorigin$/);
      expect((await fetch(`${chromium.url}/events`)).headers.get('link')).toBeNull();
      // Every other page starts from the app's entry, which loads none of the map's WebGL code.
      const home = await (await fetch(`${chromium.url}/events`)).text();
      expect(home).toMatch(/src="\/assets\/index-[\w-]+\.js"/);
      expect(home).not.toMatch(/map-gl|network-deck|network-entry/);
    });

    it('is reached from the header, its data fetched while the pointer is on the link', async () => {
      await page.goto(chromium.url);
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'World network' });
      await link.hover();
      await link.click();
      await map.ready();
      await eventually(() => map.tiesDrawn()).toBe(drawable());
      const again = await call(chromium.url, 'GET', '/api/network/map');
      expect(
        (await call(chromium.url, 'GET', '/api/network/map', { headers: { 'if-none-match': again.headers.get('etag')! } })).status,
      ).toBe(304);
    });
  },
  {
    given: async (ctx) => {
      await loadDemo(ctx);
      await importLines(ctx, LINES);
    },
  },
);
