import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AGREEMENT_KINDS, AgreementDataSchema } from '../../src/records/agreement/agreement.schema.ts';
import { ENTITY_KINDS } from '../../src/records/kinds.ts';
import { CONTINENTS } from '../../src/domain/countries.ts';
import { EVENT_KINDS, EventDataSchema } from '../../src/records/event/event.schema.ts';
import { FigureDataSchema } from '../../src/records/figure/figure.schema.ts';
import { MechanismDataSchema } from '../../src/records/mechanism/mechanism.schema.ts';
import { ORGANISATION_KINDS, OrganisationDataSchema } from '../../src/records/organisation/organisation.schema.ts';
import {
  HISTORY_KINDS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PartnershipDataSchema,
} from '../../src/records/partnership/partnership.schema.ts';
import { capitalise, label, LABELS } from '../../src/domain/labels.ts';
import { ROLES } from '../../src/domain/permissions.ts';
import { PersonDataSchema } from '../../src/records/person/person.schema.ts';
import { PLACE_KINDS, PlaceDataSchema } from '../../src/records/place/place.schema.ts';
import { SourceDataSchema } from '../../src/records/source/source.schema.ts';
import { labelKeys, RESOURCES, type Catalogue } from '../../web/src/i18n/resources.ts';

const WEB = join(import.meta.dirname, '..', '..', 'web', 'src');

function keysOf(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}
/** `events.count_one` and `events.count_other` are the plural forms of `events.count`. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const own = (lang: 'zh' | 'en') => JSON.parse(readFileSync(join(WEB, 'i18n', `${lang}.json`), 'utf8')) as Catalogue;
/** The keys the app has: its own catalogue's and the shared labels'. */
const catalogue = (lang: 'zh' | 'en') => new Set(keysOf(RESOURCES[lang]).map(base));
const zh = catalogue('zh');
const en = catalogue('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(f) ? [path] : [];
  });
}
const files = sources(WEB).map((path) => ({ path: path.slice(WEB.length + 1), text: readFileSync(path, 'utf8') }));

/** Field names and enum values of every record schema: the form labels and option labels the workspace needs. */
function schemaWords() {
  const fields = new Set<string>();
  const values = new Set<string>();
  const walk = (node: Record<string, unknown> | undefined) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
      fields.add(k);
      walk(v);
    }
    for (const v of (node.enum as string[]) ?? []) values.add(v);
    walk(node.items as Record<string, unknown>);
    for (const n of (node.anyOf as Record<string, unknown>[]) ?? []) walk(n);
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties as Record<string, unknown>);
  };
  for (const schema of [
    PlaceDataSchema,
    PartnershipDataSchema,
    AgreementDataSchema,
    PersonDataSchema,
    OrganisationDataSchema,
    EventDataSchema,
    MechanismDataSchema,
    SourceDataSchema,
    FigureDataSchema,
  ]) {
    walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
  }
  return { fields: [...fields], values: [...values] };
}

describe('the web app’s catalogues', () => {
  it('hold the same keys in Chinese and English', () => {
    for (const [one, other] of [
      [own('zh'), own('en')],
      [RESOURCES.zh, RESOURCES.en],
    ] as const) {
      const [a, b] = [new Set(keysOf(one).map(base)), new Set(keysOf(other).map(base))];
      expect(
        [...a].filter((k) => !b.has(k)),
        'in zh, not in en',
      ).toEqual([]);
      expect(
        [...b].filter((k) => !a.has(k)),
        'in en, not in zh',
      ).toEqual([]);
    }
  });

  it('take types, statuses, event kinds, verdicts, claim kinds and name matches from the shared labels only', () => {
    for (const lang of ['zh', 'en'] as const) {
      const shared = new Set(keysOf(labelKeys(lang)));
      expect(
        keysOf(own(lang)).filter((k) => shared.has(k)),
        `${lang}.json`,
      ).toEqual([]);
      const at = (key: string) =>
        key.split('.').reduce<string | Catalogue | undefined>((c, k) => (typeof c === 'object' ? c[k] : undefined), RESOURCES[lang]);
      for (const type of PARTNERSHIP_TYPES) expect(at(`type.${type}`)).toBe(capitalise(label('type', type, lang)));
      for (const status of PARTNERSHIP_STATUSES) expect(at(`status.${status}`)).toBe(label('status', status, lang));
      for (const kind of EVENT_KINDS) expect(at(`eventKind.${kind}`)).toBe(capitalise(label('eventKind', kind, lang)));
      for (const verdict of Object.keys(LABELS.verdict) as (keyof typeof LABELS.verdict)[])
        expect(at(`claims.verdict.${verdict}`)).toBe(label('verdict', verdict, lang));
    }
    expect(RESOURCES.zh.status).toMatchObject({ active: '有效', dormant: '休眠' });
  });

  it('hold every key the components use', () => {
    const used = new Set<string>();
    for (const { text } of files) {
      for (const m of text.matchAll(/\b(?:t|zhT|enT)\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'((?:validation|apiError)\.[a-zA-Z]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(200);
    const missing = [...used].filter((k) => !zh.has(k) || !en.has(k));
    expect(missing).toEqual([]);
  });

  it('hold a label for every field, value and kind the model defines', () => {
    const { fields, values } = schemaWords();
    const needed = [
      ...fields.map((f) => `field.${f}`),
      ...values.map((v) => `value.${v}`),
      ...PARTNERSHIP_TYPES.map((k) => `type.${k}`),
      ...PARTNERSHIP_STATUSES.map((k) => `status.${k}`),
      ...HISTORY_KINDS.map((k) => `history.${k}`),
      ...EVENT_KINDS.map((k) => `eventKind.${k}`),
      ...AGREEMENT_KINDS.map((k) => `agreementKind.${k}`),
      ...ORGANISATION_KINDS.map((k) => `organisationKind.${k}`),
      ...PLACE_KINDS.map((k) => `placeKind.${k}`),
      ...CONTINENTS.map((k) => `continent.${k}`),
      ...ENTITY_KINDS.map((k) => `kinds.${k}`),
      ...ROLES.map((k) => `role.${k}`),
      'lang.zh',
      'lang.en',
      'lang.ru',
    ];
    expect(needed.filter((k) => !zh.has(k) || !en.has(k))).toEqual([]);
  });

  it('leave no words written into the components themselves', () => {
    const offenders: string[] = [];
    for (const { path, text } of files) {
      // Text between JSX tags; type arguments (`api<{ items: T[] }>`, `Record<string, X>`) hold code punctuation and are skipped.
      const jsxText = path.endsWith('.tsx')
        ? [...text.matchAll(/(?<!=)>\s*([^<>{}\n();=&|?:,]*(?:[A-Za-z]{2,}|[\u4e00-\u9fff])[^<>{}\n();=&|?:,]*)</g)]
        : [];
      for (const m of jsxText) offenders.push(`${path}: text '${m[1]!.trim()}'`);
      for (const m of text.matchAll(/\b(aria-label|placeholder|title|alt|label)="([^"]*[a-z]{2,}[^"]*)"/g))
        offenders.push(`${path}: ${m[1]}="${m[2]}"`);
      if (/[\u4e00-\u9fff]/.test(text)) offenders.push(`${path}: Chinese characters`);
    }
    expect(offenders).toEqual([]);
  });
});
