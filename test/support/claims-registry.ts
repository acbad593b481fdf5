import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { EntityKind } from '../../src/records/kinds.ts';
import type { EventKind } from '../../src/records/event/event.schema.ts';
import { PartnershipTypeSchema } from '../../src/records/partnership/partnership.schema.ts';
import { citationService } from '../../src/services/citation.service.ts';
import { inTransaction, type Ctx } from '../../src/services/context.ts';
import { agreements, events, figures, organisations, partnerships, people, places, sources } from '../../src/services/records.service.ts';

/**
 * Turns a registry fixture of the real press-text set (test/fixtures/claims-real/registries/<name>.json,
 * following `extends`) into a registry, through the services, so each text is judged against the
 * records its labels were given against. `demo` is the Shenzhen demo registry.
 */
const DIR = new URL('../fixtures/claims-real/', import.meta.url);

const Names = z.record(z.string(), z.string());
const Sources = z.array(z.string()).default([]);
const FixtureSchema = z.object({
  name: z.string(),
  extends: z.string().nullable(),
  sources: z.record(z.string(), z.object({ url: z.string().optional(), file: z.string().optional(), what: z.string().optional() })),
  places: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['city', 'district', 'county', 'province', 'region', 'other']),
      names: Names,
      country: z.string(),
      aliases: z.array(z.string()).default([]),
      parent: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  ties: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      history: z.array(
        z.object({
          kind: z.enum(['established', 'attested', 'type_changed', 'status_changed', 'renewed', 'ended']),
          date: z.string().nullable(),
          type: PartnershipTypeSchema.nullable(),
          note: z.string().optional(),
        }),
      ),
      sources: Sources,
      note: z.string().optional(),
    }),
  ),
  organisations: z
    .array(
      z.object({ key: z.string(), names: Names, founded: z.string().nullable().optional(), sources: Sources, note: z.string().optional() }),
    )
    .default([]),
  memberships: z
    .array(z.object({ member: z.string(), organisation: z.string(), since: z.string().nullable(), sources: Sources }))
    .default([]),
  people: z.array(
    z.object({
      key: z.string(),
      names: Names,
      positions: z.array(
        z.object({ title: Names, of: z.string(), from: z.string().nullable(), to: z.string().nullable(), sources: Sources }),
      ),
    }),
  ),
  events: z
    .array(
      z.object({
        date: z.string(),
        end: z.string().optional(),
        title: z.string(),
        places: z.array(z.string()),
        people: z.array(z.string()),
        sources: Sources,
      }),
    )
    .default([]),
  agreements: z
    .array(
      z.object({
        date: z.string().nullable(),
        title: z.string(),
        places: z.array(z.string()),
        signatories: z.array(z.string()).default([]),
        sources: Sources,
      }),
    )
    .default([]),
  figures: z
    .array(
      z
        .object({
          home: z.string(),
          asOf: z.string(),
          places: z.number().optional(),
          pairs: z.number().optional(),
          placesQualifier: z.string().optional(),
          countries: z.number().optional(),
          sisterCities: z.number().optional(),
          friendlyExchangeCities: z.number().optional(),
          sources: Sources,
          note: z.string().optional(),
        })
        .passthrough(),
    )
    .default([]),
});
export type RegistryFixture = z.infer<typeof FixtureSchema>;

/** The fixture's JSON, checked: a wrong field is named with its path. */
export function readRegistryFixture(name: string): RegistryFixture {
  const raw: unknown = JSON.parse(readFileSync(new URL(`registries/${name}.json`, DIR), 'utf8'));
  const parsed = FixtureSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`registries/${name}.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** What a fixture made: its keys and the ids of the records made for them. */
export interface LoadedRegistry {
  name: string;
  places: Map<string, string>;
  people: Map<string, string>;
  organisations: Map<string, string>;
  /** Figures whose home is not a place or whose counts have no field in the registry (members of an organisation). */
  skippedFigures: number;
}

/** Loads `name` (`demo` or a fixture) into an empty registry. */
export async function loadClaimsRegistry(ctx: Ctx, name: string): Promise<LoadedRegistry> {
  const loaded: LoadedRegistry = { name, places: new Map(), people: new Map(), organisations: new Map(), skippedFigures: 0 };
  if (name === 'demo') {
    await loadDemo(ctx);
    return loaded;
  }
  const fixture = readRegistryFixture(name);
  if (fixture.extends) await loadClaimsRegistry(ctx, fixture.extends);
  await inTransaction(ctx.db, (db) => new FixtureBuilder({ ...ctx, db }, fixture, loaded).build());
  return loaded;
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
const localized = (text: string) => (hasHan(text) ? { zh: text } : { en: text });

function eventKind(title: string): EventKind {
  if (/sign|签署|签约/i.test(title)) return 'signing';
  if (/exhibition|展/i.test(title)) return 'exhibition';
  if (/forum|summit|conference|论坛|峰会|大会/i.test(title)) return 'forum';
  if (/meet|met |会见|会谈/i.test(title)) return 'meeting';
  if (/visit|delegation|访|代表团/i.test(title)) return 'incoming_visit';
  return 'other';
}

class FixtureBuilder {
  private readonly sourceIds = new Map<string, string>();
  private readonly freeOrgs = new Map<string, string>();

  constructor(
    private readonly ctx: Ctx,
    private readonly f: RegistryFixture,
    private readonly out: LoadedRegistry,
  ) {}

  private key(map: Map<string, string>, key: string, what: string): string {
    const id = map.get(key);
    if (!id) throw new Error(`registries/${this.f.name}.json: unknown ${what} '${key}'`);
    return id;
  }

  async build(): Promise<void> {
    await this.addSources();
    await this.addPlaces();
    await this.addOrganisations();
    await this.addPeople();
    await this.addTies();
    await this.addEvents();
    await this.addAgreements();
    await this.addFigures();
  }

  private async cite(entity: EntityKind, entityId: string, keys: string[]) {
    for (const k of keys) {
      const sourceId = this.key(this.sourceIds, k, 'source');
      await citationService.cite(this.ctx, { sourceId, entity, entityId });
    }
  }

  private async addSources() {
    for (const [key, s] of Object.entries(this.f.sources)) {
      // A text of the set is named without its words, so checking that text does not find itself as its own source.
      const title = (s.file ?? s.what ?? key).slice(0, 1000);
      const created = await sources.create(this.ctx, { kind: s.file ? 'article' : 'web_page', title, url: s.url ?? null });
      this.sourceIds.set(key, created.id);
    }
  }

  /** A record the extended registry already holds, found by a name in the same country. */
  private async existingPlace(names: Record<string, string>, country: string): Promise<string | null> {
    const wanted = new Set(Object.values(names));
    const all = await places.list(this.ctx);
    return all.find((p) => p.country === country && Object.values(p.names).some((n) => wanted.has(n)))?.id ?? null;
  }

  private async addPlaces() {
    const pending = [...this.f.places].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
    for (const p of pending) {
      const existing = this.f.extends ? await this.existingPlace(p.names, p.country) : null;
      if (existing) {
        this.out.places.set(p.key, existing);
        continue;
      }
      const created = await places.create(this.ctx, {
        kind: p.kind,
        names: p.names,
        country: p.country,
        aliases: p.aliases.map((name) => ({ name, lang: hasHan(name) ? 'zh' : null, origin: 'fixture' })),
        parentId: p.parent ? this.key(this.out.places, p.parent, 'place') : null,
        note: p.note ?? null,
      });
      this.out.places.set(p.key, created.id);
    }
  }

  private async addOrganisations() {
    for (const o of this.f.organisations) {
      const members = this.f.memberships
        .filter((m) => m.organisation === o.key)
        .map((m) => ({ member: { placeId: this.key(this.out.places, m.member, 'place') }, from: m.since }));
      const created = await organisations.create(this.ctx, {
        kind: 'international_organisation',
        names: o.names,
        members,
        note: [o.founded ? `founded ${o.founded}` : null, o.note].filter(Boolean).join('; ') || null,
      });
      this.out.organisations.set(o.key, created.id);
      await this.cite('organisation', created.id, [
        ...o.sources,
        ...this.f.memberships.filter((m) => m.organisation === o.key).flatMap((m) => m.sources),
      ]);
    }
  }

  /** What a position is held in: a place or organisation of the fixture, else a body named only there. */
  private async holder(of: string): Promise<{ placeId: string | null; organisationId: string | null }> {
    const place = this.out.places.get(of);
    if (place) return { placeId: place, organisationId: null };
    const org = this.out.organisations.get(of) ?? this.freeOrgs.get(of);
    if (org) return { placeId: null, organisationId: org };
    const created = await organisations.create(this.ctx, { kind: 'other', names: localized(of) });
    this.freeOrgs.set(of, created.id);
    return { placeId: null, organisationId: created.id };
  }

  private async addPeople() {
    const known = this.f.extends ? await people.list(this.ctx) : [];
    for (const p of this.f.people) {
      const positions = [];
      for (const pos of p.positions) positions.push({ title: pos.title, from: pos.from, to: pos.to, ...(await this.holder(pos.of)) });
      const names = new Set(Object.values(p.names));
      const same = known.find((k) => Object.values(k.names).some((n) => names.has(n)));
      if (same) {
        const updated = await people.patch(
          this.ctx,
          same.id,
          { names: { ...p.names, ...same.names }, positions: [...same.positions, ...positions] },
          same.version,
        );
        this.out.people.set(p.key, updated.id);
      } else {
        const created = await people.create(this.ctx, { names: p.names, positions });
        this.out.people.set(p.key, created.id);
      }
      await this.cite('person', this.out.people.get(p.key)!, [...new Set(p.positions.flatMap((x) => x.sources))]);
    }
  }

  private async addTies() {
    for (const t of this.f.ties) {
      const created = await partnerships.create(this.ctx, {
        placeAId: this.key(this.out.places, t.a, 'place'),
        placeBId: this.key(this.out.places, t.b, 'place'),
        history: t.history.map((h) => ({ kind: h.kind, date: h.date, type: h.type, note: h.note ?? null })),
        note: t.note ?? null,
      });
      await this.cite('partnership', created.id, t.sources);
    }
  }

  private async addEvents() {
    for (const e of this.f.events) {
      const created = await events.create(this.ctx, {
        kind: eventKind(e.title),
        titles: localized(e.title),
        start: e.date,
        end: e.end ?? null,
        placeIds: e.places.map((k) => this.key(this.out.places, k, 'place')),
        participants: e.people.map((k) => ({ personId: this.key(this.out.people, k, 'person') })),
      });
      await this.cite('event', created.id, e.sources);
    }
  }

  private async addAgreements() {
    for (const a of this.f.agreements) {
      const placeIds = a.places.map((k) => this.key(this.out.places, k, 'place'));
      const signatories = a.signatories.map((k, i) => ({
        personId: this.key(this.out.people, k, 'person'),
        // Signatories are listed in the order of the places they sign for.
        onBehalfOf: { placeId: placeIds[Math.min(i, placeIds.length - 1)]! },
      }));
      const created = await agreements.create(this.ctx, {
        kind: 'other',
        titles: localized(a.title),
        signedOn: a.date,
        parties: placeIds.map((placeId) => ({ placeId })),
        signatories,
      });
      await this.cite('agreement', created.id, a.sources);
    }
  }

  private async addFigures() {
    for (const fig of this.f.figures) {
      const homePlaceId = this.out.places.get(fig.home);
      // A country's sister pairs are counted as its partner places.
      const counts = {
        places: fig.places ?? fig.pairs ?? null,
        countries: fig.countries ?? null,
        sisterCities: fig.sisterCities ?? null,
        friendlyExchangeCities: fig.friendlyExchangeCities ?? null,
      };
      const [first] = fig.sources;
      if (!homePlaceId || !first || Object.values(counts).every((v) => v === null)) {
        this.out.skippedFigures++;
        continue;
      }
      await figures.create(this.ctx, {
        homePlaceId,
        asOf: fig.asOf,
        ...counts,
        placesQualifier: fig.placesQualifier === 'more_than' ? 'more_than' : 'exact',
        sourceId: this.key(this.sourceIds, first, 'source'),
        note: fig.note ?? null,
      });
    }
  }
}
