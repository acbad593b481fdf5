import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html.ts';
import { detectLang, detectPublished, ingestText } from './ingest.ts';

const sources = new URL('../../demo/data/sources/', import.meta.url);
const pressRelease = readFileSync(new URL('fao-sz-2024-03-07-moscow.txt', sources), 'utf8');
const retelling = readFileSync(new URL('bnnbreaking-2024-03-07-moscow.txt', sources), 'utf8');

describe('reading a press text', () => {
  it('strips the portal’s menu, breadcrumb and accessibility controls, and finds title and date', () => {
    const t = ingestText(pressRelease);
    expect(t.title).toBe('深圳市与莫斯科市签约建立友好交流城市关系');
    expect(t.published).toBe('2024-03-07');
    expect(t.text).not.toMatch(/菜单|当前位置|视力保护色|字体|发布时间/);
    expect(t.languages.sort()).toEqual(['en', 'zh']);
  });

  it('pairs the bilingual paragraphs, each Chinese with its English', () => {
    const t = ingestText(pressRelease);
    expect(t.paragraphs).toHaveLength(8);
    expect(t.paragraphs.map((p) => p.lang)).toEqual(['zh', 'en', 'zh', 'en', 'zh', 'en', 'zh', 'en']);
    expect(t.paragraphs[0]!.pairedWith).toBe(1);
    expect(t.paragraphs[0]!.text).toMatch(/^3月6日上午/);
    expect(t.paragraphs[1]!.text).toMatch(/^On the morning of 6 March/);
    expect(t.paragraphs[7]!.text).toContain('93 cities in 58 countries');
  });

  it('reads the retelling’s date line and keeps its paragraphs', () => {
    const t = ingestText(retelling);
    expect(t.published).toBe('2024-03-07');
    expect(t.languages).toEqual(['en']);
    expect(t.paragraphs[0]!.text).toMatch(/^On a landmark day/);
    expect(t.paragraphs.every((p) => p.pairedWith === null)).toBe(true);
  });

  it('reads HTML, leaving out scripts, navigation and footers', () => {
    const html = `<html><head><title>Shenzhen and Moscow</title><script>var x = 1;</script></head><body>
      <nav><a href="/">Home</a> &gt; News</nav><article><h1>Shenzhen and Moscow</h1>
      <p>发布时间:2024年03月07日</p><p>3月6日上午,深圳市与莫斯科市签约。</p><p>On 6 March, Shenzhen and Moscow signed a MOU.</p></article>
      <footer>Copyright</footer></body></html>`;
    expect(htmlToText(html).text).not.toMatch(/var x|Copyright|Home/);
    const t = ingestText(html);
    expect(t.title).toBe('Shenzhen and Moscow');
    expect(t.published).toBe('2024-03-07');
    expect(t.paragraphs.map((p) => p.lang)).toEqual(['zh', 'en']);
    expect(t.paragraphs[0]!.pairedWith).toBe(1);
  });

  it('tells languages apart and leaves dates alone when none is stated', () => {
    expect(detectLang('深圳市与莫斯科市签约')).toBe('zh');
    expect(detectLang('Казань и Шэньчжэнь')).toBe('ru');
    expect(detectLang('Vice Mayor Wang Shourui')).toBe('en');
    expect(detectPublished('No date here. 2024 was a year.')).toBeNull();
  });
});
