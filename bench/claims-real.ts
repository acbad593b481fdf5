import { readFileSync } from 'node:fs';
import { systemActor } from '../src/domain/permissions.ts';
import { isPreciseDate, latestDay } from '../src/domain/precise-date.ts';
import { checkText } from '../src/services/claims/check.service.ts';
import type { Ctx } from '../src/services/context.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import type { Store } from '../src/storage/connect.ts';
import { loadClaimsRegistry } from '../test/support/claims-registry.ts';
import { emptyScore, scoreText, type Label, type Score } from './claims-score.ts';

/**
 * The real press texts of test/fixtures/claims-real, each checked against the registry its labels
 * were given against (the demo, or a fixture), as of its publication date, and scored by half.
 */
const DIR = new URL('../test/fixtures/claims-real/', import.meta.url);

export interface RealText {
  file: string;
  half: 'tune' | 'heldout';
  registry: string;
  /** The text after its header's `---` line. */
  body: string;
  /** The header's `published`, as the day the check is made (the last day of a month or year given alone). */
  asOf: string | undefined;
  claims: Label[];
}

export function readRealSet(): RealText[] {
  const labels = JSON.parse(readFileSync(new URL('labels.json', DIR), 'utf8')) as (Omit<RealText, 'body' | 'asOf'> & {})[];
  return labels.map((l) => {
    const raw = readFileSync(new URL(l.file, DIR), 'utf8');
    const cut = raw.indexOf('\n---\n');
    if (cut < 0) throw new Error(`${l.file}: no '---' line after the header`);
    const published = /^published:\s*(\S+)/m.exec(raw.slice(0, cut))?.[1];
    const asOf = published && isPreciseDate(published) ? latestDay(published) : undefined;
    return { file: l.file, half: l.half, registry: l.registry, claims: l.claims, body: raw.slice(cut + 5), asOf };
  });
}

/** A registry per name the texts use, each loaded once. */
export async function openRegistries(names: string[], now: Date): Promise<{ ctx: (name: string) => Ctx; close: () => Promise<void> }> {
  const stores = new Map<string, { store: Store; ctx: Ctx }>();
  for (const name of new Set(names)) {
    const store = await openRegistry(':memory:');
    const ctx: Ctx = { db: store.db, actor: systemActor('bench'), now: () => now };
    await loadClaimsRegistry(ctx, name);
    stores.set(name, { store, ctx });
  }
  return {
    ctx: (name) => stores.get(name)!.ctx,
    close: async () => {
      for (const { store } of stores.values()) await store.close();
    },
  };
}

export async function scoreRealSet(now: Date): Promise<Record<RealText['half'], Score>> {
  const texts = readRealSet();
  const registries = await openRegistries(
    texts.map((t) => t.registry),
    now,
  );
  const halves = { tune: emptyScore(), heldout: emptyScore() };
  for (const t of texts) {
    const result = await checkText(registries.ctx(t.registry), { text: t.body, ...(t.asOf ? { asOf: t.asOf } : {}) });
    scoreText(halves[t.half], t.file, result, t.claims);
  }
  await registries.close();
  return halves;
}
