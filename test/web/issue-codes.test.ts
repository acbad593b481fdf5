import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../../src/domain/issue-codes.ts';
import { ErrorBodySchema, IssueSchema } from '../../src/http/contract/errors.ts';
import { PartnershipDataSchema } from '../../src/records/partnership/partnership.schema.ts';
import { EXTRA_ISSUE_KEYS, ISSUE_KEYS, issueText } from '../../web/src/lib/issues.ts';

const WEB = join(import.meta.dirname, '..', '..', 'web', 'src');
type Catalogue = { [key: string]: string | Catalogue };
const LANGS = ['en', 'zh'] as const;
const catalogues = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(WEB, 'i18n', `${lang}.json`), 'utf8')) as Catalogue]),
);

const lookup = (catalogue: Catalogue, key: string): string | undefined => {
  const found = key
    .split('.')
    .reduce<string | Catalogue | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalogue);
  return typeof found === 'string' ? found : undefined;
};
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('issue codes in the web app', () => {
  const t: Partial<Record<(typeof LANGS)[number], TFunction>> = {};
  beforeAll(async () => {
    for (const lang of LANGS) {
      const instance = i18next.createInstance();
      await instance.init({ lng: lang, resources: { [lang]: { translation: catalogues[lang]! } }, interpolation: { escapeValue: false } });
      t[lang] = instance.t;
    }
  });

  it('each have words in Chinese and English', () => {
    const keys = [...new Set([...ISSUE_CODES.map((code) => ISSUE_KEYS[code]), ...EXTRA_ISSUE_KEYS])];
    for (const lang of LANGS) {
      const missing = keys.filter((key) => !lookup(catalogues[lang]!, key)?.trim());
      expect(missing, `issue keys missing from ${lang}.json`).toEqual([]);
    }
    const unlike = keys.filter(
      (key) => placeholders(lookup(catalogues.en!, key) ?? '').join() !== placeholders(lookup(catalogues.zh!, key) ?? '').join(),
    );
    expect(unlike, 'keys whose placeholders differ between en.json and zh.json').toEqual([]);
  });

  it('are worded by their code, whatever the English message says', () => {
    for (const lang of LANGS) {
      for (const code of ISSUE_CODES) {
        const text = issueText({ path: ['field'], code, message: 'an English message', minimum: 1, maximum: 9 }, t[lang]!);
        expect(text, `${lang} ${code}`).not.toMatch(/^validation\.|\{\{|undefined/);
        // Only an issue no rule has named yet falls back on its English message.
        if (code !== 'custom') expect(text, `${lang} ${code}`).not.toContain('an English message');
      }
    }
  });

  it('word the form’s own check the way they word the API’s answer', () => {
    const result = PartnershipDataSchema.safeParse(
      { placeAId: 'pl_aaaaaaaa', placeBId: 'pl_aaaaaaaa', history: [{ kind: 'established', type: 'sister_city' }] },
      { reportInput: true },
    );
    const local = result.error!.issues[0]!;
    const fromApi = IssueSchema.parse({
      path: ['body', 'placeBId'],
      code: 'self_tie' satisfies IssueCode,
      message: 'a place cannot be tied to itself',
    });
    for (const lang of LANGS) expect(issueText(local, t[lang]!)).toBe(issueText(fromApi, t[lang]!));
    expect(issueText(local, t.zh!)).toBe(lookup(catalogues.zh!, 'validation.selfTie'));
  });

  it('are the codes the API’s error body may carry', () => {
    expect(IssueSchema.shape.code.options).toEqual([...ISSUE_CODES]);
    expect(
      ErrorBodySchema.safeParse({ error: 'validation', message: 'm', issues: [{ path: ['x'], code: 'no_such_code', message: 'm' }] })
        .success,
    ).toBe(false);
  });
});
