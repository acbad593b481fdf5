import { expect, it } from 'vitest';
import { AmityError } from '../src/domain/errors.ts';
import { importRegistryFile } from '../src/services/import-export/registry-file.service.ts';
import { exportRegistry } from '../src/services/import-export/registry-json.ts';
import { places } from '../src/services/records.service.ts';
import { describeEachBackend } from './support/backends.ts';

const HEADER = 'home,home_country,partner,partner_country,partner_kind,relation_type,established,ended,status,cooperation_areas,source_url';

async function refusal(promise: Promise<unknown>): Promise<AmityError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AmityError);
  return error as AmityError;
}

describeEachBackend('the text rule in imported files', (use) => {
  it('names the line of a CSV file holding NUL or a lone surrogate, and imports nothing', async () => {
    const { ctx } = use();
    const text = [
      HEADER,
      'Shenzhen,CN,Houston,US,city,sister_city,1986-03,,active,,',
      'Shenzhen,CN,Null\u0000ville,DE,city,sister_city,1997,,,,',
      'Shenzhen,CN,Half\uD800town,FR,city,sister_city,1998,,,,',
    ].join('\n');
    const error = await refusal(importRegistryFile(ctx, { file: 'ties.csv', text }));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['ties.csv', 3], code: 'text_characters' }),
      expect.objectContaining({ path: ['ties.csv', 4], code: 'text_characters' }),
    ]);
    expect(error.message).toMatch(/^ties\.csv:3: holds NUL/);
    expect(await places.findByName(ctx.db, 'Houston')).toEqual([]);
  });

  it('names the record and field of a registry export holding them, and imports nothing', async () => {
    const { ctx } = use();
    const exported = await exportRegistry(ctx);
    const place = {
      id: 'pl_aaaaaaaaaaaa',
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      deletedAt: null,
    };
    const file = { ...exported, places: [{ ...place, kind: 'city', names: { en: 'Good' }, country: 'DE', note: 'a\uFFFEb' }] };
    const error = await refusal(importRegistryFile(ctx, { file: 'registry.json', text: JSON.stringify(file) }));
    expect(error.issues).toEqual([expect.objectContaining({ path: ['places', 0, 'note'], code: 'text_characters' })]);
    expect(error.issues[0]!.message).toMatch(/non-character \(U\+FFFE\)/);
    expect(await places.findByName(ctx.db, 'Good')).toEqual([]);
  });
});
