import type { Locator, Page, Request } from 'playwright-core';
import { it } from 'vitest';
import { expectAccessible, type InChromium, type PageOptions, screenshot, settled } from '../support/browser.ts';
import { PASSWORD } from '../support/server.ts';

/** A record as the API returns it, for tests that read one back. */
export interface Stored {
  id: string;
  version: number;
  [field: string]: unknown;
}

/** What a list request may carry that pages, sorts or counts the list but picks nothing out of it. */
const NOT_FILTERS = new Set(['limit', 'cursor', 'sort', 'order', 'count', 'includeDeleted']);

/**
 * The lists the page asks the API for from now on, as `/api/<collection>?<query>`, until `stop()`;
 * `whole(collection)` those that ask for every record of the collection, with no filter.
 */
export function listRequests(page: Page) {
  const asked: URL[] = [];
  const listen = (request: Request) => {
    const url = new URL(request.url());
    if (/^\/api\/[a-z]+$/.test(url.pathname)) asked.push(url);
  };
  page.on('request', listen);
  return {
    of: (collection: string) => asked.filter((u) => u.pathname === `/api/${collection}`).map((u) => `${u.pathname}${u.search}`),
    whole: (collection: string) =>
      asked
        .filter((u) => u.pathname === `/api/${collection}` && [...u.searchParams.keys()].every((key) => NOT_FILTERS.has(key)))
        .map((u) => `${u.pathname}${u.search}`),
    stop: () => page.off('request', listen),
  };
}

/** Page objects: each finds things as a person does, by role and label. */
export class Portal {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(path = '/') {
    await this.page.goto(`${this.base}${path}`);
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /**
   * Switches the interface's language and waits until the page speaks it: the language's button
   * pressed and the document's lang set, which the app does as it stores the choice for the next page.
   */
  async switchLanguage(label: '中文' | 'English') {
    const languages = this.page.getByRole('group', { name: /Language|语言/ });
    await languages.getByRole('button', { name: label }).click();
    await languages.getByRole('button', { name: label, pressed: true }).waitFor();
    await this.page.locator(`html[lang="${label === '中文' ? 'zh-CN' : 'en'}"]`).waitFor({ state: 'attached' });
  }

  map(): Locator {
    return this.page.locator('figure.world-map[data-drawn="true"]');
  }

  mapMarker(name: RegExp): Locator {
    return this.page.locator('.map-box').getByRole('link', { name });
  }

  partnersTable(): Locator {
    return this.page.getByRole('table');
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: /Search|搜索/ }).fill(text);
  }
}

export class LoginForm {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async signIn(email: string, password: string, next = '/staff') {
    await this.page.goto(`${this.base}/login?next=${encodeURIComponent(next)}`);
    await this.page.getByLabel(/E-mail|电子邮箱/).fill(email);
    await this.page.getByLabel(/^(Password|密码)$/).fill(password);
    await this.page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
    await this.page.getByRole('navigation', { name: /Workspace|工作台导航/ }).waitFor();
  }
}

/** A page in a context of its own, signed in to the workspace as `email` with the test accounts' password. */
export async function signedInPage(chromium: InChromium, email: string, options: PageOptions = {}): Promise<Page> {
  const page = await chromium.newPage({ locale: 'en-GB', ...options });
  await new LoginForm(page, chromium.url).signIn(email, PASSWORD);
  return page;
}

export class RecordEditor {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(collection: string, id?: string) {
    await this.page.goto(`${this.base}/staff/records/${collection}/${id ?? 'new'}`);
    await this.form().waitFor();
  }

  form(): Locator {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: /^(Save|保存)$/ }) });
  }

  async save() {
    await this.page.getByRole('button', { name: /^(Save|保存)$/ }).click();
  }

  saved(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Saved|已保存/ });
  }
}

export class VisitPlanner {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async openNew() {
    await this.page.goto(`${this.base}/staff/visits/new`);
    await this.page.getByRole('form', { name: /Visit|访问/ }).waitFor();
  }

  stop(n: number): Locator {
    return this.page.getByRole('listitem', { name: new RegExp(`^(Stop|日程) ?${n}$`) });
  }

  async addStop(zh: string, en: string, date: string) {
    // Counted before the click, so the new stop is waited for rather than taken from a list not yet redrawn.
    const n = (await this.page.locator('li[aria-label]').count()) + 1;
    await this.page.getByRole('button', { name: /^(Add a stop|添加日程)$/ }).click();
    const stop = this.stop(n);
    await stop.waitFor();
    await stop.getByLabel(/^(Date|日期)$/).fill(date);
    const what = stop.getByRole('group', { name: /^(What|活动内容)$/ });
    await what.getByLabel('中文').fill(zh);
    await what.getByLabel('English').fill(en);
  }
}

/** The name search in the header: a combobox whose listbox groups the hits by kind. */
export class NameSearch {
  constructor(readonly page: Page) {}

  box(): Locator {
    return this.page.getByRole('combobox', {
      name: /^(Search places, organisations, people and mechanisms by any spelling|按任何写法搜索地方、机构、人物和机制)$/,
    });
  }

  results(): Locator {
    return this.page.getByRole('listbox', { name: /^(Search results|搜索结果)$/ });
  }

  options(): Locator {
    return this.results().getByRole('option');
  }

  /** Types a query and waits until the first hit's name is `first`. */
  async find(text: string, first: string): Promise<Locator> {
    await this.box().fill(text);
    // The listbox says which query its hits answer, so an earlier query's hits are not taken for this one's.
    await this.page.locator(`[role="listbox"][data-query="${text.trim().replace(/["\\]/g, '\\$&')}"]`).waitFor({ state: 'attached' });
    const option = this.options().first();
    await option.filter({ hasText: new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ·|$)`) }).waitFor();
    return option;
  }
}

/** The claim page: a text in, its claims out, in the text and as a list. */
export class ClaimChecker {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open() {
    await this.page.goto(`${this.base}/check`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /**
   * Checks a text and waits for its own result. A result already on the page stays there while the
   * next text is checked, so the wait is on the answer to this request, then on the page's
   * "Checking…" status going, which it drops as it shows that answer.
   */
  async check(text: string) {
    await this.page.getByLabel(/^(Text|文稿)$/).fill(text);
    const answered = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/check' && r.request().method() === 'POST');
    await this.page.getByRole('button', { name: /^(Check|核查)$/ }).click();
    await answered;
    await this.page
      .getByRole('status')
      .filter({ hasText: /^(Checking…|正在核查…)$/ })
      .waitFor({ state: 'detached' });
    await this.page.getByRole('heading', { name: /checked against the registry|按.*的登记册核查/ }).waitFor();
  }

  count(verdict: RegExp): Locator {
    return this.page.getByRole('group', { name: /^(Claims by verdict|各类结论的数量)$/ }).getByRole('button', { name: verdict });
  }

  async showList() {
    await this.page.getByRole('button', { name: /^(As a list|列表)$/ }).click();
    await this.page.getByRole('table').waitFor();
  }

  async showText() {
    await this.page.getByRole('button', { name: /^(In the text|在文中)$/ }).click();
    await this.panel().waitFor();
  }

  /** The list's row of the claim whose words are exactly `words`. */
  row(words: string): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: words, exact: true }) });
  }

  /** The side panel that shows the claim pointed at or focused. */
  panel(): Locator {
    return this.page.getByRole('complementary', { name: /^(About this claim|这条说法)$/ });
  }
}

/** The facts of a record with their sources, on a partner's page or in the editor. */
export class FactList {
  constructor(readonly page: Page) {}

  /** One fact, by its field and recorded value ('Established: March 1986'). */
  fact(name: RegExp): Locator {
    return this.page.getByRole('listitem', { name });
  }
}

/** The workspace's page of likely duplicates and latest merges. */
export class DuplicatesPage {
  constructor(readonly page: Page) {}

  pair(a: string, b: string): Locator {
    return this.page.getByRole('listitem', { name: new RegExp(`^(${a} · ${b}|${b} · ${a}) `) });
  }

  /** The latest merge that kept the record named `kept`. */
  merge(kept: string): Locator {
    return this.page
      .getByRole('region', { name: /^(Latest merges|最近的合并)$/ })
      .getByRole('row', { name: new RegExp(`^${kept} `) })
      .first();
  }
}

/**
 * One test for each page in each language, so each axe-core audit has a test's time and names its
 * page when it fails; the Chinese page is kept as a screenshot named by `shot`.
 */
export function auditEveryPage(pages: [string, () => string][], shot: (name: string) => string, portal: () => Portal): void {
  for (const lang of ['中文', 'English'] as const) {
    for (const [name, path] of pages) {
      it(`${name} (${lang})`, async () => {
        const current = portal();
        await current.open(path());
        await current.switchLanguage(lang);
        await settled(current.page);
        await expectAccessible(current.page, `${name} (${lang})`);
        if (lang === '中文') await screenshot(current.page, shot(name));
      });
    }
  }
}

/**
 * Chooses a record in a picker as a person does: types its name into the picker's search box,
 * waits for the matches the server gives for it (announced in the list's `data-query`) and picks
 * the one with this label.
 */
export async function pick(picker: Locator, label: string, search = label): Promise<void> {
  await picker.locator('xpath=..').getByRole('searchbox').fill(search);
  await picker.and(picker.page().locator(`[data-query="${search}"]`)).waitFor();
  await picker.selectOption({ label });
}
