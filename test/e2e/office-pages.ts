import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Page objects of the office's year: each finds things as a person does, by role and label. */
export class OfficeCalendar {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open() {
    await this.page.goto(`${this.base}/staff/calendar`);
    await this.page.getByRole('heading', { level: 1, name: /^(Calendar|日历提醒)$/ }).waitFor();
  }

  async goToMonth(month: string) {
    await this.page.getByLabel(/^(Go to month|跳转到月份)$/).fill(month);
  }

  /** A day of the month grid, by its date as the page writes it ('6 March 2029'). */
  day(label: string): Locator {
    return this.page.getByRole('cell', { name: label, exact: true });
  }

  /** What is dated only to a year, shown above the grid. */
  yearBand(year: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^(In ${year} |${year}年内)`) });
  }

  /** Switches to the list and waits for its reminders ('12 reminders.'). */
  async showList() {
    await this.page
      .getByRole('group', { name: /^(View|视图)$/ })
      .getByRole('button', { name: /^(List|列表)$/ })
      .click();
    await this.page
      .getByRole('status')
      .filter({ hasText: /^(\d+ reminders?\.|共\d+条提醒。)$/ })
      .waitFor();
  }

  renewalForm(title: string): Locator {
    return this.page.getByRole('form', { name: `Renewal decision for ${title}` });
  }
}

export class HealthPage {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  /** Opens the page and waits for the server's scores (slow to compute on a busy machine) and their ranking. */
  async open() {
    const scored = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/health');
    await this.page.goto(`${this.base}/staff/health`);
    await this.page.getByRole('heading', { level: 1, name: 'Health of the ties' }).waitFor();
    expect((await scored).status()).toBe(200);
    await this.page
      .getByRole('status')
      .filter({ hasText: /ties?\./ })
      .waitFor();
  }

  /** The page's count of the ties it ranks, as it announces it ('12 ties. Average score …'). */
  count(n: number): Locator {
    return this.page.getByRole('status').filter({ hasText: new RegExp(`^${n} ties?\\.`) });
  }

  breakdown(partner: string): Locator {
    return this.page.getByRole('table', { name: `The score of ${partner} by dimension` });
  }

  /** The ranking's row of a tie, by its partner's name. */
  row(partner: string): Locator {
    return this.page
      .getByRole('table', { name: 'The ties ranked by health' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: partner, exact: true }) });
  }

  /** The drawer of a tie's details, once opened from its row. */
  card(partner: string): Locator {
    return this.page.getByRole('dialog', { name: partner, exact: true });
  }

  async showDetails(partner: string) {
    await this.row(partner).getByRole('button', { name: partner, exact: true }).click();
    await this.card(partner).waitFor();
  }

  async closeDetails(partner: string) {
    await this.card(partner).getByRole('button', { name: 'Close' }).click();
    await this.card(partner).waitFor({ state: 'detached' });
  }

  async filter(label: 'Type' | 'Status' | 'Continent', option: string) {
    await this.page.getByRole('group', { name: 'Filter the ties' }).getByLabel(label, { exact: true }).selectOption(option);
  }

  /** One of the lists of stopped ties ('Suspended ties', '已终止的关系'), paged on its own. */
  stopped(list: string): Locator {
    return this.page.getByRole('region', { name: list, exact: true });
  }

  /** The ties a list of stopped ties shows, by the links of their headings ('Harbourtown — Stadt 7'). */
  stoppedTies(list: string): Locator {
    return this.stopped(list).getByRole('heading', { level: 4 }).getByRole('link');
  }

  /** The pager of a list of stopped ties, which says where its page stands ('1–20 of 24'). */
  stoppedPager(list: string): Locator {
    return this.stopped(list).getByRole('navigation');
  }

  async changeStatus(partner: string, status: 'active again' | 'dormant' | 'suspended' | 'ended', reason?: string) {
    await this.showDetails(partner);
    const card = this.card(partner);
    await card.getByText(`Change the status of the tie with ${partner}`).click();
    const form = card.getByRole('form', { name: `Change the status of the tie with ${partner}` });
    await form.getByLabel('New status').selectOption({ label: status });
    if (reason !== undefined) await form.getByLabel(/^Reason/).fill(reason);
    await form.getByRole('button', { name: 'Change the status' }).click();
    return form;
  }
}

export class LiaisonDirectory {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open() {
    await this.page.goto(`${this.base}/staff/liaison`);
    await this.page.getByRole('heading', { level: 1, name: /^(Liaison directory|联络人名录)$/ }).waitFor();
  }

  /** A tie's contacts, by its places' names ('Shenzhen — Moscow', '深圳—莫斯科'). */
  tie(home: string, partner: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${home} ?— ?${partner}`) });
  }

  contact(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  async handOver(name: string, until: string, successor: { name: string; email?: string }) {
    await this.contact(name)
      .getByRole('button', { name: `Hand over from ${name}` })
      .click();
    const form = this.page.getByRole('form', { name: `Handover from ${name}` });
    await form.getByLabel('Leaves on').fill(until);
    await form.getByLabel('Name', { exact: true }).fill(successor.name);
    if (successor.email) await form.getByLabel('E-mail').fill(successor.email);
    await form.getByRole('button', { name: 'Hand over', exact: true }).click();
  }
}

export class VisitFile {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('group', { name: /^Visit file/ });
  }

  gift(n: number): Locator {
    return this.page.getByRole('listitem', { name: `Gift ${n}` });
  }

  async addGift(gift: { direction: 'given' | 'received'; what: string; who: string; custody: string; value: number; currency: string }) {
    // Counted before the click, so the new gift is waited for rather than taken from a list not yet redrawn.
    const n =
      (await this.section()
        .getByRole('listitem')
        .filter({ has: this.page.getByLabel('Given or received') })
        .count()) + 1;
    await this.section().getByRole('button', { name: 'Add a gift' }).click();
    const item = this.gift(n);
    await item.waitFor();
    await item.getByLabel('Given or received').selectOption(gift.direction);
    await item.getByLabel('What').fill(gift.what);
    await item.getByLabel(gift.direction === 'given' ? 'Given to' : 'Received from').fill(gift.who);
    await item.getByLabel(/^Custody/).fill(gift.custody);
    const value = item.getByRole('group', { name: 'Value' });
    await value.getByLabel('Amount').fill(String(gift.value));
    await value.getByLabel('Currency').fill(gift.currency);
  }
}

export class ReportsPage {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open() {
    await this.page.goto(`${this.base}/staff/reports`);
    await this.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  }

  async choose(year: number, language: 'English' | '中文') {
    const annual = this.page.getByRole('region', { name: 'Annual report' });
    await annual.getByLabel('Year').selectOption(String(year));
    await annual.getByLabel('Language of the report').selectOption({ label: language });
  }

  /** The report as shown in the page: its own document, in a frame. */
  shown(year: number) {
    return this.page.frameLocator(`iframe[title="Annual report ${year}"]`);
  }

  download(format: 'PDF' | 'Excel (XLSX)' | 'Word (DOCX)'): Locator {
    return this.page.getByRole('group', { name: 'Download the report' }).getByRole('link', { name: `Download ${format}` });
  }
}

/** The add-a-partner screen, in English or Chinese: one form from the place to the source. */
export class AddPartnerScreen {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(query = '') {
    await this.page.goto(`${this.base}/staff/add-partner${query}`);
    await this.page.getByRole('heading', { level: 1, name: /^(Add a partner|添加友城)$/ }).waitFor();
  }

  /** Searches for the place and waits for this query's answer ('2 places found.'). */
  async find(name: string) {
    await this.page.getByLabel(/^(Find the place by any name|按任一名称查找地方)$/).fill(name);
    await this.page.locator(`[role="status"][data-query="${name}"]`).waitFor();
  }

  place(line: RegExp): Locator {
    return this.page.getByRole('group', { name: /^(Which place is it\?|是哪一个地方？)$/ }).getByRole('radio', { name: line });
  }

  preview(): Locator {
    return this.page.getByRole('table', { name: /^(The partner as listed on the public portal|公众门户上列出的伙伴)$/ });
  }

  /** Saves and waits for the tie's page; answers the tie's id. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: /^(Save the partner|保存伙伴)$/ }).click();
    await this.page.waitForURL(/\/staff\/records\/partnerships\/pt_/);
    return new URL(this.page.url()).pathname.split('/').at(-1)!;
  }
}

/** The record-a-signing screen, in either language. */
export class RecordSigningScreen {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open() {
    await this.page.goto(`${this.base}/staff/record-signing`);
    await this.page.getByRole('heading', { level: 1, name: /^(Record a signing|记录签约)$/ }).waitFor();
  }

  /** Chooses the home's tie to a partner, once the list of ties has it. */
  async upgrade(partner: string) {
    const select = this.page.getByLabel(/^(Tie|关系)$/);
    const option = select.locator('option').filter({ hasText: new RegExp(`^${partner} — `) });
    await option.waitFor({ state: 'attached' });
    await select.selectOption((await option.getAttribute('value'))!);
  }

  agreement(): Locator {
    return this.page.getByRole('region', { name: /^(The agreement|协议)$/ });
  }

  signatory(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^(Signatory|签署人) ${n}$`) });
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: /^(What the public will see|公众将看到的内容)$/ });
  }

  /** Asks for the preview and waits for the server's answer to be shown. */
  async showPreview() {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/flows/record-signing/preview'));
    await this.page.getByRole('button', { name: /^(Show what the public will see|查看公众将看到的内容)$/ }).click();
    expect((await answered).status()).toBe(200);
    await this.preview().getByRole('status').waitFor();
  }

  /** Saves and waits for the answer; answers the partner's id from the link to its public page. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: /^(Save the signing|保存签约)$/ }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: /^(The signing was recorded\.|签约已记录。)$/ })
      .waitFor();
    const href = await this.page.getByRole('link', { name: /^(The partner's public page|伙伴城市的公开页面)$/ }).getAttribute('href');
    return href!.split('/').at(-1)!;
  }
}
