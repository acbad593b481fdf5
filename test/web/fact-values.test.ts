import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { factLabel, factValueText } from '../../web/src/lib/fact-values.ts';

const WEB = join(import.meta.dirname, '..', '..', 'web', 'src');
const t = { en: i18next.createInstance(), zh: i18next.createInstance() };

describe('a fact’s value as people read it', () => {
  beforeAll(async () => {
    for (const lang of ['en', 'zh'] as const) {
      const catalogue = JSON.parse(readFileSync(join(WEB, 'i18n', `${lang}.json`), 'utf8')) as Record<string, unknown>;
      const labels = { type: { sister_city: lang === 'en' ? 'Sister city' : '友好城市' }, history: catalogue.history };
      await t[lang].init({ lng: lang, resources: { [lang]: { translation: { ...catalogue, ...labels } } } });
    }
  });

  it('never shows a data structure', () => {
    const history = [{ kind: 'established', date: '2017-06-16', type: 'sister_city', status: null, note: null }];
    for (const lang of ['en', 'zh'] as const) {
      const text = factValueText('history', history, t[lang].t, lang);
      expect(text).not.toMatch(/[{}[\]"]/);
      expect(factValueText('established', '2017-06', t[lang].t, lang)).toBe(lang === 'en' ? 'June 2017' : '2017年6月');
    }
    expect(factValueText('type', 'sister_city', t.en.t, 'en')).toBe('Sister city');
    expect(factValueText('positions.0.title', { zh: '市长', en: 'Mayor' }, t.zh.t, 'zh')).toBe('市长');
    expect(factValueText('extra', { a: 1, b: [2] }, t.en.t, 'en')).not.toMatch(/[{}[\]"]/);
    expect(factLabel('positions.1.title', t.en.t)).toBe('Positions › 2 › Title');
  });
});
