import { z } from 'zod';
import { addDays, parseSpan, roundAnniversaries } from '../../domain/anniversaries.ts';
import { ENTITY_COLLECTIONS } from '../../records/kinds.ts';
import { pickName, type Names } from '../../domain/common.ts';
import { countryName } from '../../domain/countries.ts';
import { PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { COUNTED_STATUSES } from '../../records/partnership/partnership.schema.ts';
import { DaySchema, earliestDay, formatPreciseDate, latestDay, precisionOf, type Day } from '../../domain/precise-date.ts';
import { AmityError } from '../../domain/errors.ts';
import { coded } from '../../domain/issue-codes.ts';
import type { Reminder, ReminderKind } from '../../http/contract/office.ts';
import { accounts } from '../auth/accounts.service.ts';
import { today, type Ctx } from '../context.ts';
import type { PartnershipRecord } from '../../records/partnership/partnership.service.ts';
import { agreements, events, partnerships, places, tasks } from '../records.service.ts';
import { countryRelations } from './country-relations.service.ts';
import { settingsService } from './settings.service.ts';

/** A span of days written as 90d, 12w, 6m or 1y; `fallback` when none is given. */
const spanSchema = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx) => {
      const days = parseSpan(v);
      if (days === null) ctx.addIssue({ code: 'custom', ...coded('time_span', 'a span such as 90d, 12w, 6m or 1y') });
      return days ?? 0;
    });

/** What a request for the reminders gives, over HTTP (`/api/reminders`) and on the command line (`amity reminders`). */
export const ReminderRequestSchema = z.object({ within: spanSchema('90d'), from: DaySchema.optional() });

/** The answer's shape is the API's contract (src/http/contract/office.ts). */
export type { Reminder, ReminderKind };

const RENEWAL: Record<string, { zh: string; en: string }> = {
  undecided: { zh: '是否续签尚未决定', en: 'renewal not yet decided' },
  renew: { zh: '已决定续签', en: 'to be renewed' },
  let_expire: { zh: '决定不再续签', en: 'to be let expire' },
  renewed: { zh: '已续签', en: 'renewed' },
};

const names = (n: Names) => ({ zh: pickName(n, 'zh'), en: pickName(n, 'en') });

/** What is coming in the window: round anniversaries of ties and of diplomatic relations, agreements ending, tasks due, events. */
export async function reminders(ctx: Ctx, query: { from?: Day; withinDays: number }): Promise<Reminder[]> {
  const from = query.from ?? today(ctx);
  const to = addDays(from, query.withinDays);
  const settings = await settingsService.get(ctx.db, 'reminders');
  const out: Reminder[] = [];

  const ties = (await partnerships.list(ctx)) as PartnershipRecord[];
  const placeById = new Map(
    (
      await places.getMany(
        ctx,
        ties.flatMap((t) => [t.placeAId, t.placeBId]),
      )
    ).map((p) => [p.id, p]),
  );
  for (const t of ties) {
    const a = placeById.get(t.placeAId);
    const b = placeById.get(t.placeBId);
    if (!a || !b || !t.established || !COUNTED_STATUSES.has(t.status)) continue;
    for (const anniversary of roundAnniversaries(t.established, from, to, settings.anniversaryEvery)) {
      const [x, y] = [names(a.names), names(b.names)];
      const pair = PARTNERSHIP_TYPE_WORDS[t.type].pair;
      out.push({
        kind: 'tie_anniversary',
        on: anniversary.on,
        title: {
          zh: `${x.zh}与${y.zh}结为${pair.zh}${anniversary.years}周年`,
          en: `${anniversary.years} years of ${x.en} and ${y.en} as ${pair.en}`,
        },
        detail: { zh: `自${formatPreciseDate(t.established, 'zh')}起`, en: `since ${formatPreciseDate(t.established, 'en')}` },
        overdue: false,
        ref: { entity: 'partnership', id: t.id },
      });
    }
  }

  for (const r of await countryRelations.list(ctx.db)) {
    for (const anniversary of roundAnniversaries(r.established, from, to, settings.anniversaryEvery)) {
      const [p, q] = r.countries;
      out.push({
        kind: 'relations_anniversary',
        on: anniversary.on,
        title: {
          zh: `${countryName(p, 'zh')}与${countryName(q, 'zh')}建交${anniversary.years}周年`,
          en: `${anniversary.years} years of diplomatic relations between ${countryName(p, 'en')} and ${countryName(q, 'en')}`,
        },
        detail: null,
        overdue: false,
        ref: null,
      });
    }
  }

  const expiryTo = addDays(from, Math.max(query.withinDays, settings.expiryHorizonDays));
  for (const a of await agreements.list(ctx)) {
    if (!a.expiresOn || latestDay(a.expiresOn) < from || earliestDay(a.expiresOn) > expiryTo) continue;
    const decision = RENEWAL[a.renewal?.decision ?? 'undecided']!;
    out.push({
      kind: 'agreement_expiry',
      on: a.expiresOn,
      title: { zh: `${pickName(a.titles, 'zh')}到期`, en: `${pickName(a.titles, 'en')} expires` },
      detail: decision,
      overdue: false,
      ref: { entity: 'agreement', id: a.id },
    });
  }

  for (const t of await tasks.list(ctx, {
    filters: [
      { column: 'status', op: '=', value: 'open' },
      { column: 'due', op: '<=', value: to },
    ],
  })) {
    out.push({
      kind: 'task',
      on: t.due,
      title: { zh: t.title, en: t.title },
      detail: { zh: `负责人：${t.owner}`, en: `owner: ${t.owner}` },
      overdue: t.due < from,
      ref: { entity: 'task', id: t.id },
    });
  }

  for (const e of await events.list(ctx, {
    filters: [
      { column: 'start_from', op: '>=', value: from },
      { column: 'start_from', op: '<=', value: to },
    ],
  })) {
    out.push({
      kind: 'event',
      on: e.start!,
      title: { zh: pickName(e.titles, 'zh'), en: pickName(e.titles, 'en') },
      detail: null,
      overdue: false,
      ref: { entity: 'event', id: e.id },
    });
  }

  return out.sort((x, y) => earliestDay(x.on).localeCompare(earliestDay(y.on)) || x.kind.localeCompare(y.kind));
}

/** The reminders of the coming year as an iCalendar feed a desk calendar can subscribe to. */
export async function calendarFeed(ctx: Ctx, lang: 'zh' | 'en', baseUrl: string): Promise<string> {
  const items = await reminders(ctx, { withinDays: 366 });
  // Loaded on the first feed asked for: few servers are ever asked for one.
  const { default: ical } = await import('ical-generator');
  const calendar = ical({
    name: lang === 'zh' ? 'Amity 提醒' : 'Amity reminders',
    prodId: { company: 'Amity', product: 'reminders', language: lang.toUpperCase() },
  });
  for (const r of items) {
    const first = earliestDay(r.on);
    const precision = precisionOf(r.on);
    const note =
      precision === 'year' ? (lang === 'zh' ? `（日期仅知年份：${r.on}年）` : ` (the date is known only to the year ${r.on})`) : '';
    calendar.createEvent({
      id: `${r.kind}-${r.ref?.id ?? r.title.en.replace(/\W+/g, '-')}-${r.on}@amity`,
      start: new Date(`${first}T00:00:00Z`),
      // A month-precise date spans its month; a day or a year-only date is one day.
      end: new Date(`${addDays(precision === 'month' ? latestDay(r.on) : first, 1)}T00:00:00Z`),
      allDay: true,
      summary: r.title[lang] + (r.overdue ? (lang === 'zh' ? '（已逾期）' : ' (overdue)') : ''),
      description: `${r.detail?.[lang] ?? ''}${note}`.trim() || undefined,
      url: r.ref ? `${baseUrl}/staff/records/${ENTITY_COLLECTIONS[r.ref.entity]}/${r.ref.id}` : undefined,
    });
  }
  return calendar.toString();
}

/**
 * The calendar feed opened by the token in its address: the reminders as the token's account
 * sees them. A token revoked, rotated or of an account disabled opens nothing.
 */
export async function calendarFeedForToken(ctx: Ctx, token: string, lang: 'zh' | 'en', baseUrl: string): Promise<string> {
  const found = await accounts.fromToken(ctx.db, token, ctx.now(), 'calendar');
  if (!found) throw new AmityError('unauthenticated', 'this calendar address is no longer valid; get a new one in the workspace');
  return calendarFeed({ ...ctx, actor: found.actor }, lang, baseUrl);
}
