import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { collectErrors, describeInChromium, eventually, expectAccessible, screenshot } from '../support/browser.ts';
import { call, PASSWORD, seedAccounts, signIn, type Session } from '../support/server.ts';
import { ClaimChecker, LoginForm, RecordEditor } from './pages.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'src', 'demo', 'data', 'sources');
const PRESS_RELEASE = readFileSync(join(SOURCES, 'fao-sz-2024-03-07-moscow.txt'), 'utf8');
const RETELLING = readFileSync(join(SOURCES, 'bnnbreaking-2024-03-07-moscow.txt'), 'utf8');
const REPUBLISHED = `${RETELLING.trimEnd()}\n\nRepublished from BNN Breaking with permission.\n`;

describeInChromium(
  'the claim page in Chromium',
  (chromium) => {
    const { backend } = chromium;
    let editor: Session;

    beforeAll(async () => {
      editor = await signIn(chromium.url, 'editor@example.org');
    });

    it('checks the Shenzhen press release: what the registry supports, and the English rank it finds ambiguous', async () => {
      const page = await chromium.newPage();
      const errors = collectErrors(page);
      const checker = new ClaimChecker(page, chromium.url);
      await checker.open();
      await checker.check(PRESS_RELEASE);
      // 34 statements, of which eleven facts are stated in both languages and counted once (the two signatories and the six sites among them);
      // the transport meeting and the oil painting exhibition, told in both languages and as part of a longer sentence, are each one recorded event.
      await eventually(() => checker.count(/supported/).textContent()).toMatch(/supported\s*19$/);
      await eventually(() => checker.count(/ambiguous/).textContent()).toMatch(/ambiguous\s*2$/);
      await eventually(() => checker.count(/contradicted/).textContent()).toMatch(/contradicted\s*0$/);
      await eventually(() => checker.count(/unknown/).textContent()).toMatch(/unknown\s*0$/);
      await screenshot(page, `claims-press-release-text-${backend}`);
      // A signatory named in a paragraph and in its translation is one claim, marked in both places.
      const answer = (await page.evaluate(
        `fetch('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: ${JSON.stringify(PRESS_RELEASE)} }) }).then((r) => r.json())`,
      )) as { text: string; claims: { kind: string; verdict: string; spans: { start: number; end: number }[] }[] };
      // Spans are offsets into the text as the checker read it.
      const said = (x: { start: number; end: number }) => answer.text.slice(x.start, x.end);
      const wang = answer.claims.filter((c) => c.kind === 'person' && c.spans.some((x) => said(x).includes('王守睿')));
      expect(wang.map((c) => [c.verdict, c.spans.some((x) => said(x).includes('Wang Shourui'))])).toEqual([['supported', true]]);
      // So is a site the delegation visited.
      const bus = answer.claims.filter((c) => c.kind === 'event' && c.spans.some((x) => said(x).includes('巴士集团')));
      expect(bus.map((c) => [c.verdict, c.spans.some((x) => said(x).includes('Bus Group'))])).toEqual([['supported', true]]);
      await page
        .locator('mark', { hasText: /Vice Mayor Wang Shourui/ })
        .first()
        .waitFor();

      await checker.showList();
      const verdicts = async (words: string) =>
        (await checker.row(words).getByRole('cell').first().allTextContents()).map((v) => v.replace(/^\W+/, '').trim());
      const supported = [
        '58个国家的93个城市', // the figure
        '深圳市与莫斯科市签约建立友好交流城市关系', // the signing and the tie, first stated in the headline
        '副市长王守睿',
        '莫斯科市政府部长、市对外经济和国际联络局局长切廖明', // both signatories
        '宝安区城市空中交通运营示范中心',
        '巴士集团',
        '深圳交通局综合交通运行指挥中心',
        '比亚迪公司',
        '海能达公司',
        '深圳北站', // the six sites
        '莫斯科创新集群加入世界创新城市合作组织', // the WICCO membership
      ];
      for (const words of supported) {
        // At least one claim with these words, and every one of them supported.
        await eventually(async () => {
          const found = await verdicts(words);
          return found.length > 0 ? new Set(found) : null;
        }, words).toEqual(new Set(['supported']));
      }
      const mechanism = checker.page.getByRole('row').filter({ hasText: /两国五城定期接触机制/ });
      await eventually(() => mechanism.getByRole('cell').nth(1).textContent()).toBe('mechanism');
      await eventually(() => mechanism.getByRole('cell').first().textContent()).toMatch(/supported/);
      const ambiguous = checker.page.getByRole('row').filter({ hasText: /^≈ ambiguous/ });
      await eventually(() => ambiguous.count()).toBe(2);
      await eventually(() => ambiguous.first().getByRole('rowheader').textContent()).toMatch(/friendship city relationship/);
      await eventually(() => ambiguous.first().textContent()).toMatch(
        /reads as the higher rank, 友好城市 \(sister city\), where the Chinese of the same paragraph says '友好交流城市'/,
      );
      await checker.count(/ambiguous/).click();
      await eventually(() => checker.page.getByRole('table').getByRole('row').count()).toBe(3);
      await screenshot(page, `claims-press-release-list-${backend}`);
      await expectAccessible(page, 'claim list');
      expect(errors).toEqual([]);
    });

    it('shows each claim’s evidence and note on pointer and on keyboard focus, every claim a keyboard stop', async () => {
      const page = await chromium.newPage({ locale: 'zh-CN' });
      const checker = new ClaimChecker(page, chromium.url);
      await checker.open();
      await checker.check(PRESS_RELEASE);
      const panel = checker.panel();
      await panel.getByText('请选择文中标出的一条说法。').waitFor();

      // Pointing at a signatory shows that claim, not the sentence around it.
      await page.locator('mark', { hasText: /^.?副市长王守睿$/ }).hover();
      await panel.getByText('王守睿当时的职务为“深圳市副市长”').waitFor();

      // From the view switch, Tab reaches the first claim, and every claim group is one stop (a claim stated twice is marked twice).
      await checker.showText();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await eventually(() => page.evaluate('document.activeElement?.tagName')).toBe('MARK');
      await panel.getByText('登记册记录深圳–莫斯科为友好交流城市，自2024年3月6日起').waitFor();
      await panel.getByText('友城关系').first().waitFor();
      await panel
        .getByRole('link', { name: /深圳市与莫斯科市签约建立友好交流城市关系/ })
        .first()
        .waitFor();
      const groups = new Set(
        (
          (await checker.page.evaluate(
            `fetch('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: ${JSON.stringify(PRESS_RELEASE)} }) }).then((r) => r.json())`,
          )) as { claims: { spans: { start: number; end: number }[] }[] }
        ).claims.flatMap((c) => c.spans.map((s) => `${s.start}:${s.end}`)),
      );
      await eventually(() => page.locator('mark[tabindex="0"]').count()).toBe(groups.size);
      const stops = groups.size;
      for (let i = 1; i < stops; i++) await page.keyboard.press('Tab');
      await panel.getByText('93个城市：与2024年3月6日公布的数字一致', { exact: false }).waitFor();
      await screenshot(page, `claims-keyboard-zh-${backend}`);
      await expectAccessible(page, 'claim text (zh)');
    });

    it('checks the retelling: the spelling note on Cheremin, the 1994 visit unknown; an editor adds the text as a source and records the visit', async () => {
      const page = await chromium.newPage();
      await new LoginForm(page, chromium.url).signIn('editor@example.org', PASSWORD);
      const checker = new ClaimChecker(page, chromium.url);
      await checker.open();
      // The demo holds the retelling as a source; as it is known, the page names it and offers no second copy.
      await checker.check(RETELLING);
      await page.getByText('This text is in the registry as a source:').waitFor();
      // The form is drawn with the result and goes once the page takes in the source the result names.
      await eventually(() => page.getByRole('form', { name: 'Add this text as a source' }).count()).toBe(0);
      // The same story republished elsewhere is a text the registry lacks.
      // The retelling's result stays on the page while this text is checked: check() waits for this text's own.
      await checker.check(REPUBLISHED);
      // Both texts have one unknown claim: the offer to add this text as a source tells the new result from the old.
      await page.getByRole('form', { name: 'Add this text as a source' }).waitFor();
      await eventually(() => checker.count(/unknown/).textContent()).toMatch(/unknown\s*1$/);

      // The person's words sit inside the signing's claim, split into pieces: only a claim's first piece
      // is a tab stop, so point at the innermost piece as a reader does.
      await page
        .locator('mark', { hasText: /Sergey Cheremin, minister of the Moscow city government$/ })
        .last()
        .click();
      await checker
        .panel()
        .getByText(/written 'Sergey Cheremin' here; the registry's standard name/)
        .waitFor();
      await page.locator('mark', { hasText: /first visit in 1994$/ }).focus();
      await checker.panel().getByText('the registry records no visit by Sergey Cheryomin in 1994').waitFor();
      await eventually(() => checker.panel().textContent()).toMatch(/\? unknown/);
      await screenshot(page, `claims-retelling-${backend}`);
      await expectAccessible(page, 'claim page for an editor');

      const form = page.getByRole('form', { name: 'Add this text as a source' });
      await form.getByLabel('Address (optional)').fill('https://example.org/shenzhen-moscow-retelling');
      await form.getByRole('button', { name: 'Add as a source' }).click();
      await page.getByRole('status').filter({ hasText: 'Added as a source: ' }).waitFor();
      const source = (
        (await call(chromium.url, 'GET', '/api/sources?limit=200', { session: editor })).json.items as { id: string; url: string }[]
      ).find((s) => s.url === 'https://example.org/shenzhen-moscow-retelling');
      expect(source).toBeTruthy();

      // The form has gone and the text moved up under the pointer: the pointer leaves, the keyboard picks the claim again.
      await page.mouse.move(0, 0);
      await page.locator('mark', { hasText: /first visit in 1994$/ }).focus();
      await checker.panel().getByRole('button', { name: 'Record this event in the workspace' }).click();
      const editorForm = new RecordEditor(page, chromium.url);
      await editorForm.form().waitFor();
      await page.getByRole('status').filter({ hasText: 'Filled in from the claim' }).waitFor();
      await eventually(() => page.getByRole('combobox', { name: 'Kind', exact: true }).inputValue()).toBe('incoming_visit');
      await eventually(() => page.getByRole('group', { name: 'Titles' }).getByLabel('English').inputValue()).toBe('first visit in 1994');
      await eventually(() => page.getByLabel('Start', { exact: true }).inputValue()).toBe('1994');
      await screenshot(page, `claims-prefilled-event-${backend}`);
      await expectAccessible(page, 'an event prefilled from a claim');
      await editorForm.save();
      await page.waitForURL(/\/staff\/records\/events\/ev_\w+$/);
      await page.getByRole('status').filter({ hasText: 'The text is cited as its source.' }).waitFor();
      const id = /\/staff\/records\/events\/(ev_\w+)$/.exec(page.url())![1]!;
      const event = (await call(chromium.url, 'GET', `/api/events/${id}`, { session: editor })).json as {
        kind: string;
        start: string;
        participants: { personId: string }[];
        citations: { sourceId: string; quote: string }[];
      };
      const cheryomin = ((await call(chromium.url, 'GET', '/api/people?q=Cheryomin')).json.items as { id: string }[])[0]!.id;
      expect(event).toMatchObject({
        kind: 'incoming_visit',
        start: '1994',
        participants: [expect.objectContaining({ personId: cheryomin })],
      });
      expect(event.citations).toEqual([expect.objectContaining({ sourceId: source!.id, quote: 'first visit in 1994' })]);
      await page.getByRole('region', { name: 'Sources cited' }).locator('blockquote', { hasText: 'first visit in 1994' }).waitFor();

      // Checked again, the visit is on record and the text is known as a source.
      await checker.open();
      await checker.check(REPUBLISHED);
      await eventually(() => checker.count(/unknown/).textContent()).toMatch(/unknown\s*0$/);
      await page.getByText('This text is in the registry as a source:').waitFor();
    });
  },
  {
    given: async (ctx, store) => {
      await loadDemo(ctx);
      await seedAccounts(store);
    },
  },
);
