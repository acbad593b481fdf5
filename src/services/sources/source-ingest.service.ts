import { createHash } from 'node:crypto';
import { parseOrThrow } from '../../domain/errors.ts';
import type { SourceData } from '../../records/source/source.schema.ts';
import { ingestText } from '../../domain/text/ingest.ts';
import type { Ctx } from '../context.ts';
import type { Stored } from '../generic-record.service.ts';
import { sources } from '../records.service.ts';
import { SourceUploadSchema, type SourceUpload } from './source-upload.schema.ts';

const fingerprint = (text: string) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');

/**
 * Adds a text as a source: boilerplate stripped, date and languages detected, bilingual
 * paragraphs paired. A text already in the registry (same address or same words) is not added twice.
 */
export async function addSource(ctx: Ctx, upload: SourceUpload): Promise<{ source: Stored<SourceData>; created: boolean }> {
  const input = parseOrThrow(SourceUploadSchema, upload, 'source');
  const read = ingestText(input.content);
  if (input.url) {
    const [same] = await sources.list(ctx, { filters: [{ column: 'url', op: '=', value: input.url }], limit: 1 });
    if (same) return { source: same, created: false };
  }
  const print = fingerprint(read.text);
  for (const s of await sources.list(ctx, { filters: [{ column: 'kind', op: '=', value: input.kind }] })) {
    if (s.text && fingerprint(s.text) === print) return { source: s, created: false };
  }
  const source = await sources.create(ctx, {
    kind: input.kind,
    title: input.title ?? read.title ?? read.paragraphs[0]?.text.slice(0, 120) ?? 'Untitled text',
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    published: input.published ?? read.published,
    languages: input.lang ?? read.languages,
    text: read.text,
    paragraphs: read.paragraphs,
  });
  return { source, created: true };
}

/** The source whose text is this text, if the registry has it. */
export async function findSourceByText(ctx: Ctx, content: string): Promise<Stored<SourceData> | null> {
  const print = fingerprint(ingestText(content).text);
  for (const s of await sources.list(ctx)) {
    if (s.text && fingerprint(s.text) === print) return s;
  }
  return null;
}
