import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AliasInput } from '../domain/common.ts';
import { AmityError } from '../domain/errors.ts';
import type { EventInput } from '../records/event/event.schema.ts';
import type { HistoryEntryInput, PartnershipType } from '../records/partnership/partnership.schema.ts';
import type { PlaceKind } from '../records/place/place.schema.ts';
import { inTransaction, today, type Ctx } from '../services/context.ts';
import { citationService } from '../services/citation.service.ts';
import { metaRepository } from '../storage/meta.repository.ts';
import {
  agreements,
  events,
  figures,
  mechanisms,
  organisations,
  partnerships,
  people,
  places,
  sources,
} from '../services/records.service.ts';
import type { EntityKind } from '../records/kinds.ts';
import {
  AREA_TERMS,
  ATTESTED_BY,
  DATE_CLAIMS,
  DATE_DECISIONS,
  ITINERARY,
  MECHANISM,
  MEMORANDUM,
  MOSCOW_TIE_AREAS,
  NORTH_STATION,
  ORGANISATIONS,
  PEOPLE,
  PRESS_RELEASE_FIGURE,
  PRESS_RELEASE_URL,
  RETELLING_URL,
  SIGNATORY_TITLES,
  TIE_NOTES,
} from './curated.ts';
import { splitResearchNotes } from './research-note.ts';
import { CLAIMS_2025, COORDINATES_2025, importCsvOf, NOTED_SOURCES, ROW_SOURCES_2025 } from './partners-2025.ts';
import { importPartnershipsCsv } from '../services/import-export/partnerships-csv.ts';
import { EVENT_END_BY_ROW, EVENT_KIND_BY_ROW, PARTNER_ALIASES, PERSON_SAME_AS, SAME_EVENT_AS } from './event-kinds.ts';
import { DISTRICTS, OTHER_PLACES, PARTNER_PLACES, SHENZHEN, type GazetteerEntry } from './gazetteer.ts';
import { parsePeopleField } from './people-field.ts';
import { ingestText } from '../domain/text/ingest.ts';
import { decideFact } from '../services/facts.service.ts';
import { countryRelations } from '../services/office/country-relations.service.ts';
import { SOURCE_META, SOURCE_TEXTS } from './sources.ts';

type Row = Record<string, string>;

function readTable(name: string): Row[] {
  const text = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true });
}

function readText(name: string): string {
  return readFileSync(new URL(`./data/sources/${name}`, import.meta.url), 'utf8');
}

export const DEMO_MARKER = 'demo.loaded';

/** Builds the Shenzhen demo registry; every record made here is made through the services. */
class DemoBuilder {
  private readonly placeIds = new Map<string, string>();
  private readonly orgIds = new Map<string, string>();
  private readonly personIds = new Map<string, string>();
  private readonly sourceIds = new Map<string, string>();
  private readonly tieIds = new Map<string, string>();
  private readonly eventIds = new Map<number, string>();

  constructor(private readonly ctx: Ctx) {}

  private id(map: Map<string, string>, key: string, what: string): string {
    const id = map.get(key);
    if (!id) throw new AmityError('not_found', `demo data names an unknown ${what} '${key}'`);
    return id;
  }

  place = (key: string) => this.id(this.placeIds, key, 'place');
  org = (key: string) => this.id(this.orgIds, key, 'organisation');
  source = (url: string) => this.id(this.sourceIds, url, 'source');
  tie = (partner: string) => this.id(this.tieIds, partner, 'partner');

  private async cite(
    entity: EntityKind,
    entityId: string,
    url: string,
    quote: string | null,
    extra: { field?: string; value?: string; note?: string | null } = {},
  ) {
    await citationService.cite(this.ctx, {
      sourceId: this.source(url),
      entity,
      entityId,
      quote: quote || null,
      field: extra.field ?? null,
      value: extra.value ?? null,
      note: extra.note ?? null,
    });
  }

  async build(): Promise<void> {
    await this.addSources();
    await this.addPlaces();
    await this.addOrganisations();
    await this.addCuratedPeople();
    await this.addPartnerships();
    await this.addPartners2025();
    await this.addMechanism();
    const memorandum = await this.addMemorandum();
    await this.addEvents(memorandum);
    await this.addFigures();
    await this.addMemberships();
    await countryRelations.put(this.ctx, {
      countries: ['CN', 'RU'],
      established: '1949',
      sourceId: this.source(PRESS_RELEASE_URL),
      note: '今年是中俄建交75周年 (the press release of 7 March 2024): the year follows, the day is not given.',
    });
  }

  private async addSources() {
    for (const [url, meta] of Object.entries(SOURCE_META)) {
      const file = SOURCE_TEXTS[url];
      const read = file ? ingestText(readText(file)) : null;
      const s = await sources.create(this.ctx, { ...meta, url, text: read?.text ?? null, paragraphs: read?.paragraphs ?? [] });
      this.sourceIds.set(url, s.id);
    }
  }

  private async addPlace(key: string, entry: GazetteerEntry, kind: PlaceKind, country: string, parent: string | null) {
    const p = await places.create(this.ctx, {
      kind,
      country,
      names: entry.names,
      aliases: entry.aliases ?? [],
      coordinates: { lat: entry.lat, lng: entry.lng },
      parentId: parent ? this.place(parent) : null,
    });
    this.placeIds.set(key, p.id);
    return p;
  }

  private async addPlaces() {
    const o = OTHER_PLACES;
    await this.addPlace('Guangdong', o.Guangdong!, 'province', 'CN', null);
    await this.addPlace('Shenzhen', SHENZHEN, 'city', 'CN', 'Guangdong');
    for (const [key, entry] of Object.entries(DISTRICTS)) await this.addPlace(key, entry, 'district', 'CN', 'Shenzhen');
    await this.addPlace('Shenzhen North Railway Station', { ...NORTH_STATION }, 'other', 'CN', NORTH_STATION.parent);
    for (const row of readTable('partners.csv')) {
      const key = row.partner_name_en!;
      const entry = PARTNER_PLACES[key];
      if (!entry) throw new AmityError('not_found', `the gazetteer has no entry for partner '${key}'`);
      const names = { ...entry.names, ...(row.partner_name_zh && !entry.names.zh ? { zh: row.partner_name_zh } : {}) };
      await this.addPlace(key, { ...entry, names }, row.partner_kind as PlaceKind, row.country_iso2!, null);
    }
    for (const [key, entry] of Object.entries(o)) {
      if (!this.placeIds.has(key)) await this.addPlace(key, entry, entry.kind, entry.country, null);
    }
  }

  private async addOrganisations() {
    for (const [key, { place, quote, ...org }] of Object.entries(ORGANISATIONS)) {
      const created = await organisations.create(this.ctx, { ...org, placeId: place ? this.place(place) : null });
      this.orgIds.set(key, created.id);
      if (quote) await this.cite('organisation', created.id, PRESS_RELEASE_URL, quote);
    }
    // The joint university's founders.
    const university = await organisations.load(this.ctx.db, this.org('msuBit'));
    await organisations.patch(
      this.ctx,
      university.id,
      {
        members: [
          { member: { organisationId: this.org('msu') }, role: 'co-founder' },
          { member: { organisationId: this.org('bit') }, role: 'co-founder' },
        ],
      },
      university.version,
    );
  }

  private async addCuratedPeople() {
    for (const [key, person] of Object.entries(PEOPLE)) {
      const created = await people.create(this.ctx, {
        names: person.names,
        aliases: person.aliases ?? [],
        positions: person.positions.map((p) => ({
          title: p.title,
          organisationId: p.organisation ? this.org(p.organisation) : null,
          placeId: p.place ? this.place(p.place) : null,
          from: p.from ?? null,
          to: p.to ?? null,
        })),
      });
      this.personIds.set(key, created.id);
      if (person.csvName) this.personIds.set(person.csvName, created.id);
      await this.cite('person', created.id, PRESS_RELEASE_URL, MEMORANDUM.quote);
    }
    await this.cite('person', this.personIds.get('cheryomin')!, RETELLING_URL, 'Sergey Cheremin, minister of the Moscow city government', {
      field: 'names.en',
      value: 'Sergey Cheremin',
      note: 'ё written as e',
    });
  }

  private historyFor(key: string, row: Row): HistoryEntryInput[] {
    const type = row.relation_type as PartnershipType;
    const attested = ATTESTED_BY[key];
    if (attested) return [{ kind: 'attested', date: attested.date, type }];
    if (key === 'Barcelona') {
      return [
        { kind: 'established', date: '2012', type: 'friendly_exchange_city' },
        { kind: 'type_changed', date: row.established!, type: 'sister_city', note: '从友好交流城市正式升级为友好城市' },
      ];
    }
    return [{ kind: 'established', type, ...(row.established ? { date: row.established } : { date: null, recordedOn: today(this.ctx) }) }];
  }

  private areasOf(text: string): string[] {
    const keys = new Set<string>();
    for (const term of text
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)) {
      const mapped = AREA_TERMS[term];
      if (!mapped) throw new AmityError('validation', `partners.csv: no cooperation area for '${term}'`);
      for (const k of mapped) keys.add(k);
    }
    return [...keys];
  }

  private async addPartnerships() {
    for (const row of readTable('partners.csv')) {
      const key = row.partner_name_en!;
      const home = row.shenzhen_side === 'Futian' ? 'Futian' : 'Shenzhen';
      const tie = await partnerships.create(this.ctx, {
        placeAId: this.place(home),
        placeBId: this.place(key),
        history: this.historyFor(key, row),
        areas: this.areasOf(row.cooperation_areas ?? ''),
        note: TIE_NOTES[key] ?? null,
      });
      this.tieIds.set(key, tie.id);
      await this.cite('partnership', tie.id, row.source_url!, row.source_quote ?? null);
      const attested = ATTESTED_BY[key];
      if (attested && attested.url !== row.source_url) await this.cite('partnership', tie.id, attested.url, attested.quote);
    }
    for (const claim of DATE_CLAIMS) {
      await this.cite('partnership', this.tie(claim.partner), claim.url, claim.quote, {
        field: 'established',
        value: claim.value,
        note: claim.note,
      });
    }
    for (const d of DATE_DECISIONS) {
      await decideFact(this.ctx, {
        entity: 'partnership',
        id: this.tie(d.partner),
        field: 'established',
        value: d.value,
        reason: d.reason,
      });
    }
    // San José's mayor hoped for a sister-city tie: a proposal, not a tie.
    const sanJose = await partnerships.create(this.ctx, {
      placeAId: this.place('Shenzhen'),
      placeBId: this.place('San Jose'),
      history: [
        {
          kind: 'attested',
          date: '2024-05-29',
          type: 'sister_city',
          status: 'proposed',
          note: 'San José’s mayor says the city hopes to become a sister city of Shenzhen.',
        },
      ],
    });
    this.tieIds.set('San Jose', sanJose.id);
    await this.cite('partnership', sanJose.id, 'https://www.newsgd.com/node_d36b0ef83f/340cabee92.shtml', null, {
      note: 'US-China Bay to Bay Dialogue, Berkeley, 29 May 2024',
    });
  }

  /**
   * The partners found since the first table, loaded through the office's partnerships import;
   * then the names, positions and quotes the import's columns do not carry, and the new
   * conflicts the research notes list, as claims the facts panel sets side by side.
   */
  private async addPartners2025() {
    const rows = readTable('partners-2025.csv');
    for (const row of rows) {
      const s = await sources.create(this.ctx, { ...ROW_SOURCES_2025[row.partner_name_en!], url: row.source_url! });
      this.sourceIds.set(row.source_url!, s.id);
    }
    await importPartnershipsCsv(this.ctx, 'partners-2025.csv', importCsvOf(rows));
    for (const row of rows) {
      const key = row.partner_name_en!;
      const [place] = await places.findByName(this.ctx.db, key, row.country_iso2);
      if (!place) throw new AmityError('not_found', `partners-2025.csv: the import made no place '${key}'`);
      await places.patch(
        this.ctx,
        place.id,
        { names: { ...place.names, zh: row.partner_name_zh! }, coordinates: COORDINATES_2025[key] ?? null },
        place.version,
      );
      this.placeIds.set(key, place.id);
      const home = this.place(row.shenzhen_side === 'Futian' ? 'Futian' : 'Shenzhen');
      const [tie] = await partnerships.between(this.ctx.db, home, place.id);
      this.tieIds.set(key, tie!.id);
      const dated = row.established ? { field: 'established', value: row.established } : {};
      await this.cite('partnership', tie!.id, row.source_url!, row.source_quote || null, dated);
    }
    for (const [key, input] of Object.entries(NOTED_SOURCES)) this.sourceIds.set(key, (await sources.create(this.ctx, input)).id);
    for (const claim of CLAIMS_2025) {
      await this.cite('partnership', this.tie(claim.partner), claim.source, claim.quote, {
        field: claim.field,
        value: claim.value,
        note: claim.note,
      });
    }
  }

  private mechanismId = '';

  private async addMechanism() {
    const m = await mechanisms.create(this.ctx, {
      names: MECHANISM.names,
      aliases: MECHANISM.aliases,
      established: MECHANISM.established,
      description: MECHANISM.description,
      members: MECHANISM.members.map((key) => ({ placeId: this.place(key), from: MECHANISM.established })),
    });
    this.mechanismId = m.id;
    await this.cite('mechanism', m.id, PRESS_RELEASE_URL, MECHANISM.quote);
  }

  private async addMemorandum(): Promise<string> {
    const a = await agreements.create(this.ctx, {
      kind: 'memorandum',
      titles: MEMORANDUM.titles,
      signedOn: '2024-03-06',
      signedAtPlaceId: this.place('Shenzhen'),
      parties: [{ placeId: this.place('Shenzhen') }, { placeId: this.place('Moscow') }],
      signatories: [
        {
          personId: this.personIds.get('wangShourui')!,
          title: SIGNATORY_TITLES.wangShourui,
          onBehalfOf: { placeId: this.place('Shenzhen') },
        },
        { personId: this.personIds.get('cheryomin')!, title: SIGNATORY_TITLES.cheryomin, onBehalfOf: { placeId: this.place('Moscow') } },
      ],
      areas: MOSCOW_TIE_AREAS,
      partnerships: [{ partnershipId: this.tie('Moscow'), effect: 'founds' }],
      summary: {
        zh: '深圳市与莫斯科市签约建立友好交流城市关系。',
        en: 'Shenzhen and Moscow establish a friendly exchange city relationship.',
      },
    });
    await this.cite('agreement', a.id, PRESS_RELEASE_URL, MEMORANDUM.quote);
    await this.cite(
      'agreement',
      a.id,
      RETELLING_URL,
      'This historic agreement was inked by Shenzhen Vice Mayor Wang Shourui and Sergey Cheremin, minister of the Moscow city government',
    );
    return a.id;
  }

  private async personFor(name: { en: string | null; zh: string | null }, remark: string | null): Promise<string> {
    const canonical = name.en ? (PERSON_SAME_AS[name.en] ?? name.en) : null;
    const key = canonical ?? name.zh!;
    const known = this.personIds.get(key) ?? (name.zh ? this.personIds.get(name.zh) : undefined);
    if (known) {
      if (name.en && canonical !== name.en) await this.addAlias(known, name.en, remark);
      return known;
    }
    const names: Record<string, string> = {};
    if (canonical) names.en = canonical;
    if (name.zh) names.zh = name.zh;
    const aliases: AliasInput[] = name.en && canonical !== name.en ? [{ name: name.en, lang: 'en', origin: 'source', note: remark }] : [];
    const p = await people.create(this.ctx, { names, aliases });
    this.personIds.set(key, p.id);
    if (name.zh) this.personIds.set(name.zh, p.id);
    return p.id;
  }

  private async addAlias(personId: string, alias: string, note: string | null) {
    const p = await people.load(this.ctx.db, personId);
    if (p.aliases.some((a) => a.name === alias) || Object.values(p.names).includes(alias)) return;
    await people.patch(this.ctx, personId, { aliases: [...p.aliases, { name: alias, lang: 'en', origin: 'source', note }] }, p.version);
  }

  private representing(title: string | null, partners: string[]): { placeId: string } | null {
    if (!title) return null;
    if (/Shenzhen|Futian/.test(title)) return { placeId: this.place(/Futian/.test(title) ? 'Futian' : 'Shenzhen') };
    const words: Record<string, string> = {
      Nuremberg: 'Nuremberg Region',
      Erlangen: 'Nuremberg Region',
      Yvelines: 'Yvelines (département)',
      'Grand Lomé': 'Lomé',
      SF: 'San Francisco',
    };
    for (const partner of partners) {
      const names = [
        partner,
        ...Object.entries(words)
          .filter(([, v]) => v === partner)
          .map(([k]) => k),
      ];
      if (names.some((n) => title.includes(n.replace(/ \(.*\)$/, '')))) return { placeId: this.place(partner) };
    }
    return null;
  }

  private async addEvents(memorandumId: string) {
    const rows = readTable('events.csv');
    const titlesZh = new Map(readTable('event-titles-zh.csv').map((r) => [Number(r.row), r]));
    const visit = await events.create(this.ctx, {
      kind: 'incoming_visit',
      titles: { zh: '莫斯科市代表团访问深圳', en: 'Moscow delegation visits Shenzhen' },
      description: {
        zh: '代表团一行出席深圳—莫斯科交通合作交流会，参观宝安区城市空中交通运营示范中心、巴士集团、深圳交通局综合交通运行指挥中心、比亚迪公司、海能达公司和深圳北站等。',
        en: 'The Moscow delegation attends the Shenzhen-Moscow Transportation Cooperation and Exchange Meeting and visits six sites.',
      },
      start: '2024-03-06',
      placeIds: [this.place('Shenzhen')],
      delegationFromPlaceId: this.place('Moscow'),
      participants: [
        {
          personId: this.personIds.get('cheryomin')!,
          title: SIGNATORY_TITLES.cheryomin,
          representing: { placeId: this.place('Moscow') },
          delegation: 'head',
        },
      ],
      organisations: ITINERARY.filter((s) => s.org).map((s) => ({ organisationId: this.org(s.org!), role: 'site visited' })),
      partnershipIds: [this.tie('Moscow')],
      agreementIds: [memorandumId],
      areas: MOSCOW_TIE_AREAS,
      itinerary: ITINERARY.map((s, i) => ({
        date: i === 0 ? '2024-03-06' : null,
        organisationId: s.org ? this.org(s.org) : null,
        placeId: s.place ? this.place(s.place) : null,
        title: s.title ?? {},
        purpose: s.purpose,
      })),
    });
    await this.cite(
      'event',
      visit.id,
      PRESS_RELEASE_URL,
      '代表团一行还将出席深圳—莫斯科交通合作交流会,参观宝安区城市空中交通运营示范中心、巴士集团、深圳交通局综合交通运行指挥中心、比亚迪公司、海能达公司和深圳北站等。',
    );

    for (const [index, row] of rows.entries()) {
      const n = index + 1;
      if (SAME_EVENT_AS[n]) continue;
      const partnerNames = row
        .partner!.split(';')
        .map((p) => p.trim())
        .map((p) => PARTNER_ALIASES[p] ?? p);
      const partners = partnerNames.filter((p) => this.placeIds.has(p));
      const kind = EVENT_KIND_BY_ROW[n];
      if (!kind) throw new AmityError('validation', `events.csv row ${n} has no kind`);
      const mentions = parsePeopleField(row.people_involved ?? '');
      const participants: NonNullable<EventInput['participants']> = [];
      for (const m of mentions) {
        const personId = await this.personFor(m, m.remark);
        if (participants.some((p) => p.personId === personId)) continue;
        participants.push({ personId, title: m.title ? { en: m.title } : {}, representing: this.representing(m.title, partners) });
      }
      const home = partners.includes('Issy-les-Moulineaux') ? 'Futian' : 'Shenzhen';
      const first = partners[0];
      const isMoscowSigning = n === 58;
      const { title, notes } = splitResearchNotes(row.title!);
      const written = titlesZh.get(n);
      if (!written && !isMoscowSigning) throw new AmityError('validation', `event-titles-zh.csv has no title for events.csv row ${n}`);
      const internalNote = [notes, written?.research_note].filter(Boolean).join('; ') || null;
      const titles = isMoscowSigning
        ? { zh: '深圳市与莫斯科市签约建立友好交流城市关系', en: title }
        : { zh: written!.title_zh!, en: written!.title_en_public || title };
      const input: EventInput = {
        kind,
        titles,
        start: row.date!,
        end: EVENT_END_BY_ROW[n] ?? null,
        parentEventId: isMoscowSigning ? visit.id : null,
        placeIds:
          kind === 'incoming_visit' || isMoscowSigning ? [this.place(home)] : kind === 'outgoing_visit' && first ? [this.place(first)] : [],
        delegationFromPlaceId: kind === 'incoming_visit' && first ? this.place(first) : kind === 'outgoing_visit' ? this.place(home) : null,
        participants: isMoscowSigning
          ? [
              {
                personId: this.personIds.get('wangShourui')!,
                title: SIGNATORY_TITLES.wangShourui,
                representing: { placeId: this.place('Shenzhen') },
              },
              {
                personId: this.personIds.get('cheryomin')!,
                title: SIGNATORY_TITLES.cheryomin,
                representing: { placeId: this.place('Moscow') },
              },
            ]
          : participants,
        partnershipIds: partners.filter((p) => this.tieIds.has(p)).map((p) => this.tie(p)),
        agreementIds: isMoscowSigning ? [memorandumId] : [],
        areas: isMoscowSigning ? MOSCOW_TIE_AREAS : [],
        internalNote,
      };
      const e = await events.create(this.ctx, input);
      this.eventIds.set(n, e.id);
      await this.cite('event', e.id, row.source_url!, null, { note: `events.csv: ${titles.en}` });
    }
    for (const [dup, target] of Object.entries(SAME_EVENT_AS)) {
      const row = rows[Number(dup) - 1]!;
      await this.cite('event', this.eventIds.get(target)!, row.source_url!, null, {
        note: `events.csv: ${splitResearchNotes(row.title!).title}`,
      });
    }
    await this.cite(
      'event',
      this.eventIds.get(58)!,
      PRESS_RELEASE_URL,
      '3月6日上午,深圳市与俄罗斯联邦莫斯科市在深圳签约建立友好交流城市关系。',
    );

    const meeting = await events.create(this.ctx, {
      kind: 'meeting',
      titles: { zh: '深圳—莫斯科交通合作交流会', en: 'Shenzhen-Moscow Transportation Cooperation and Exchange Meeting' },
      start: '2024-03',
      parentEventId: visit.id,
      placeIds: [this.place('Shenzhen')],
      partnershipIds: [this.tie('Moscow')],
      areas: ['transport'],
    });
    await this.cite('event', meeting.id, PRESS_RELEASE_URL, '代表团一行还将出席深圳—莫斯科交通合作交流会');

    for (const activity of MECHANISM.activities) {
      const e = await events.create(this.ctx, {
        kind: activity.kind,
        titles: activity.titles,
        start: '2022',
        placeIds: [],
        mechanismIds: [this.mechanismId],
        note: 'Dated by the press release’s sentence that begins “2022年”.',
      });
      await this.cite('event', e.id, PRESS_RELEASE_URL, activity.quote);
    }
  }

  private async addFigures() {
    const home = this.place('Shenzhen');
    for (const row of readTable('figures.csv')) {
      const numbers = [row.total_partners, row.countries, row.sister_cities, row.friendly_exchange_cities];
      if (row.notes?.startsWith('count of new ties') || numbers.every((v) => !v)) continue;
      const approximate = row.as_of!.startsWith('c.');
      const total = row.total_partners ?? '';
      const f = await figures.create(this.ctx, {
        homePlaceId: home,
        asOf: approximate ? row.as_of!.slice(2) : row.as_of!,
        asOfApproximate: approximate,
        places: total ? Number.parseInt(total, 10) : null,
        placesQualifier: total.endsWith('+') ? 'more_than' : 'exact',
        countries: row.countries ? Number(row.countries) : null,
        sisterCities: row.sister_cities ? Number(row.sister_cities) : null,
        friendlyExchangeCities: row.friendly_exchange_cities ? Number(row.friendly_exchange_cities) : null,
        description: { en: row.description! },
        sourceId: this.source(row.source_url!),
        quote: row.source_quote || null,
        note: row.notes || null,
      });
      await this.cite('figure', f.id, row.source_url!, row.source_quote || null);
    }
    const f = await figures.create(this.ctx, {
      homePlaceId: home,
      asOf: PRESS_RELEASE_FIGURE.asOf,
      places: PRESS_RELEASE_FIGURE.places,
      countries: PRESS_RELEASE_FIGURE.countries,
      description: PRESS_RELEASE_FIGURE.description,
      sourceId: this.source(PRESS_RELEASE_URL),
      quote: PRESS_RELEASE_FIGURE.quote,
      note: 'as of the press release’s publication, the day after the signing',
    });
    await this.cite('figure', f.id, PRESS_RELEASE_URL, PRESS_RELEASE_FIGURE.quote);
  }

  private async addMemberships() {
    const wicco = await organisations.load(this.ctx.db, this.org('wicco'));
    await organisations.patch(
      this.ctx,
      wicco.id,
      {
        members: [
          { member: { organisationId: this.org('moscowInnovationCluster') }, from: null },
          { member: { placeId: this.place('Christchurch') }, from: '2021-09' },
        ],
      },
      wicco.version,
    );
    await this.cite('organisation', wicco.id, PRESS_RELEASE_URL, '莫斯科市创新型产业集群——莫斯科创新集群加入世界创新城市合作组织。', {
      field: 'members',
    });
    await this.cite('organisation', wicco.id, 'https://zuizhijiaoyu.com/en_szgov/news/latest/content/post_11488620.html', null, {
      field: 'members',
      note: 'Christchurch joins the World Innovative Cities Cooperation Organization (Shenzhen-led), September 2021',
    });
  }
}

/** Loads the Shenzhen demo registry into an empty database, all or nothing. */
export async function loadDemo(ctx: Ctx): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    if ((await places.count(tx, { includeDeleted: true })) > 0) {
      throw new AmityError('validation', 'the database already holds places: the demo loads only into an empty registry');
    }
    await new DemoBuilder(tx).build();
    await metaRepository.set(db, DEMO_MARKER, ctx.now().toISOString());
  });
}
