import { z } from 'zod';
import { LangCodeSchema, NoteSchema, type RecordMeta, WebUrlSchema } from '../../domain/common.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';

export const SOURCE_KINDS = ['press_release', 'article', 'agreement', 'web_page', 'dataset', 'other'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);

export const ParagraphSchema = z.object({
  lang: z.enum(['zh', 'en', 'ru', 'other']),
  text: z.string().max(200_000),
  /** The paragraph that says the same in the other language, in a bilingual text. */
  pairedWith: z.number().int().nonnegative().nullable().default(null),
});

export const SourceDataSchema = z.object({
  kind: SourceKindSchema,
  title: z.string().trim().min(1).max(1000),
  publisher: z.string().trim().max(300).nullable().default(null),
  url: WebUrlSchema.nullable().default(null),
  published: PreciseDateSchema.nullable().default(null),
  languages: z.array(LangCodeSchema).max(20).default([]),
  text: z.string().max(2_000_000).nullable().default(null),
  /** The text's paragraphs with their language; bilingual ones paired. */
  paragraphs: z.array(ParagraphSchema).max(5000).default([]),
  note: NoteSchema,
});
export type SourceInput = z.input<typeof SourceDataSchema>;
export type SourceData = z.output<typeof SourceDataSchema>;
export type Source = SourceData & RecordMeta;
