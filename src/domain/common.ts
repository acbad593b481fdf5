import { z } from 'zod';
import { coded, patterned } from './issue-codes.ts';
import { PreciseDateSchema } from './precise-date.ts';

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export const IdSchema = patterned(/^[a-z]{2,4}_[0-9a-z]{6,40}$/, 'record_id', 'not an id (such as pl_3k9x…)');
export type Id = z.infer<typeof IdSchema>;

/** A new id with the entity's prefix: `pl_9x2k…`. */
export function newId(prefix: string): Id {
  // The Web Crypto API, present in Node 20 and in browsers, so this module loads in both.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += ID_ALPHABET[b % 32];
  return `${prefix}_${out}`;
}

export const LangCodeSchema = patterned(
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
  'lang_code',
  'not a language code (such as zh, en, ru, de, zh-Hant)',
);

/** An e-mail address, as zod's own check reads one, with Amity's code when it is not one. */
export const emailAddress = (message: string) => patterned(z.regexes.email, 'email_address', message).meta({ format: 'email' });

/**
 * What a name may contain: letters, marks, digits, spaces and the punctuation names use
 * (Bao'an, Saint-Étienne, Frankfurt (Oder), Washington, D.C., 德尼·柯德爾, AT&T). Markup,
 * statement separators and the like are refused, so a name is never a place for code.
 */
const NAME_CHARACTERS = /^[\p{L}\p{M}\p{N}\p{Zs}'’‘ʼʻ`´\-‐‑–—.,()（）&/·・"“”«»„:!+]+$/u;

const NameText = z
  .string()
  .trim()
  .min(1, 'empty')
  .max(300, 'longer than 300 characters')
  .refine(
    (v) => NAME_CHARACTERS.test(v) && !v.includes('--'),
    coded('name_characters', "a name may hold letters, digits, spaces and name punctuation (' - . , ( ) & / ·), nothing else"),
  );

/** Free text: anything printable, line breaks and tabs, but no other control characters. */
const FreeText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters, which free text must not hold
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), coded('control_characters', 'holds control characters'));

/** Standard names, one per language: `{ zh: '莫斯科', en: 'Moscow', ru: 'Москва' }`. */
export const NamesSchema = z
  .record(LangCodeSchema, NameText)
  .refine((names) => Object.keys(names).length > 0, coded('name_required', 'at least one name is needed'));
export type Names = z.infer<typeof NamesSchema>;

/** Free text in several languages, possibly none. */
export const LocalizedTextSchema = z.record(LangCodeSchema, FreeText(20_000));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Another written form of a name, with where it comes from. */
export const AliasSchema = z.object({
  name: NameText,
  lang: LangCodeSchema.nullable().default(null),
  origin: z.string().trim().max(100).nullable().default(null),
  note: z.string().trim().max(1000).nullable().default(null),
});
export type Alias = z.infer<typeof AliasSchema>;

export const VisibilitySchema = z.enum(['public', 'internal']);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const CoordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/** A web address: http or https only, so no stored link can run script or reach a local file. */
export const WebUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const NoteSchema = FreeText(5000, 0)
  .nullable()
  .default(null)
  .transform((v) => (v === '' ? null : v));

/** A span of time, either end possibly unknown. */
export const PeriodSchema = z.object({
  from: PreciseDateSchema.nullable().default(null),
  to: PreciseDateSchema.nullable().default(null),
});

/** The fields the registry keeps on every record. */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** The name to show: the language asked for, then English, Chinese, Russian, then any. */
export function pickName(names: Names | LocalizedText, lang = 'en'): string {
  return names[lang] ?? names.en ?? names.zh ?? names.ru ?? Object.values(names)[0] ?? '';
}

export type AliasInput = z.input<typeof AliasSchema>;
