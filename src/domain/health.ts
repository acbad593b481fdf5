import { z } from 'zod';
import type { EventKind } from '../records/event/event.schema.ts';
import { earliestDay, latestDay, type Day, type PreciseDate } from './precise-date.ts';
import { coded } from './issue-codes.ts';

/**
 * How alive a tie is, along the five dimensions China's city-diplomacy literature uses for
 * friendly exchange: length (age), breadth (areas with activity), depth (agreements and
 * exchanges beyond protocol), intensity (weighted recent events) and frequency (active years).
 */
export const DIMENSIONS = ['length', 'breadth', 'depth', 'intensity', 'frequency'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const HealthSettingsSchema = z.object({
  weights: z
    .object({
      length: z.number().min(0).max(10),
      breadth: z.number().min(0).max(10),
      depth: z.number().min(0).max(10),
      intensity: z.number().min(0).max(10),
      frequency: z.number().min(0).max(10),
    })
    .refine((w) => Object.values(w).some((v) => v > 0), coded('weights_zero', 'at least one weight must be above zero')),
  /** How much each kind of event counts towards intensity. */
  eventWeights: z.record(z.string(), z.number().min(0).max(10)),
  /** A tie with no recorded event for this many years is flagged as going dormant. */
  dormantAfterYears: z.number().min(0.5).max(20),
  /** Values at which a dimension is full: a tie twenty years old is as long-standing as one of forty. */
  saturation: z.object({
    years: z.number().positive(),
    areas: z.number().positive(),
    depth: z.number().positive(),
    intensity: z.number().positive(),
  }),
});
export type HealthSettings = z.infer<typeof HealthSettingsSchema>;

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  weights: { length: 1, breadth: 1, depth: 1, intensity: 1.5, frequency: 1.5 },
  eventWeights: {
    incoming_visit: 3,
    outgoing_visit: 3,
    signing: 3,
    meeting: 2,
    forum: 2,
    exhibition: 2,
    online_meeting: 1,
    other: 1,
  } satisfies Record<EventKind, number>,
  dormantAfterYears: 3,
  saturation: { years: 20, areas: 5, depth: 5, intensity: 10 },
};

/** Kinds of event that go beyond protocol: work done together, not only visits and signings. */
const SUBSTANTIVE: ReadonlySet<string> = new Set(['meeting', 'forum', 'exhibition', 'online_meeting', 'other']);

export interface HealthInput {
  /** The first day the tie certainly existed; null when unknown. */
  since: Day | null;
  agreements: { signedOn: PreciseDate | null }[];
  events: { kind: EventKind; start: PreciseDate | null; areas: string[] }[];
}

export interface DimensionScore {
  dimension: Dimension;
  /** What was measured, in its own unit. */
  value: number;
  /** 0 to 1. */
  score: number;
  weight: number;
  /** Points out of 100 this dimension adds. */
  points: number;
  explanation: string;
  /** The measured facts behind the explanation, so a reader can word it in any language. */
  facts: Record<string, number | string | null>;
}

export interface HealthScore {
  /** 0 to 100. */
  score: number;
  dimensions: DimensionScore[];
  lastContact: Day | null;
  daysSinceLastContact: number | null;
  goingDormant: boolean;
}

const DAY_MS = 86_400_000;
const yearsBetween = (from: Day, to: Day) => (Date.parse(to) - Date.parse(from)) / (365.2425 * DAY_MS);
const cap = (x: number) => Math.max(0, Math.min(1, x));

/** The health of one tie as of a day. Events dated only to a year count from that year's end. */
export function healthOf(input: HealthInput, asOf: Day, settings: HealthSettings = DEFAULT_HEALTH_SETTINGS): HealthScore {
  const s = settings.saturation;
  const dated = input.events
    .filter((e): e is HealthInput['events'][number] & { start: PreciseDate } => e.start !== null && earliestDay(e.start) <= asOf)
    .map((e) => ({ ...e, day: latestDay(e.start) <= asOf ? latestDay(e.start) : asOf }));
  const within = (years: number) => dated.filter((e) => yearsBetween(e.day, asOf) < years);

  const age = input.since ? Math.max(0, yearsBetween(input.since, asOf)) : 0;
  const recent = within(5);
  const areas = new Set(recent.flatMap((e) => e.areas));
  const agreements = input.agreements.filter((a) => a.signedOn && earliestDay(a.signedOn) <= asOf).length;
  const substantive = recent.filter((e) => SUBSTANTIVE.has(e.kind)).length;
  const weight = (kind: string) => settings.eventWeights[kind] ?? 1;
  const intensity =
    within(1).reduce((n, e) => n + weight(e.kind), 0) +
    0.5 * dated.filter((e) => yearsBetween(e.day, asOf) >= 1 && yearsBetween(e.day, asOf) < 3).reduce((n, e) => n + weight(e.kind), 0) +
    0.25 * dated.filter((e) => yearsBetween(e.day, asOf) >= 3 && yearsBetween(e.day, asOf) < 5).reduce((n, e) => n + weight(e.kind), 0);
  const activeYears = new Set(recent.map((e) => Math.floor(yearsBetween(e.day, asOf)))).size;

  const raw: Record<Dimension, { value: number; score: number; explanation: string; facts: DimensionScore['facts'] }> = {
    length: {
      value: round(age),
      score: cap(age / s.years),
      explanation: input.since ? `${round(age)} years since ${input.since}` : 'founding date unknown',
      facts: { years: round(age), since: input.since },
    },
    breadth: {
      value: areas.size,
      score: cap(areas.size / s.areas),
      explanation: `${areas.size} cooperation areas with events in the last five years`,
      facts: { areas: areas.size },
    },
    depth: {
      value: agreements + substantive,
      score: cap((agreements + substantive) / s.depth),
      explanation: `${agreements} agreements and ${substantive} exchanges beyond protocol in the last five years`,
      facts: { agreements, exchanges: substantive },
    },
    intensity: {
      value: round(intensity),
      score: cap(intensity / s.intensity),
      explanation: `weighted events: ${within(1).length} in the last year, ${within(3).length} in three, ${recent.length} in five`,
      facts: { lastYear: within(1).length, threeYears: within(3).length, fiveYears: recent.length },
    },
    frequency: {
      value: activeYears,
      score: cap(activeYears / 5),
      explanation: `events in ${activeYears} of the last five years`,
      facts: { years: activeYears },
    },
  };
  const totalWeight = DIMENSIONS.reduce((n, d) => n + settings.weights[d], 0);
  const dimensions = DIMENSIONS.map((d) => {
    const w = settings.weights[d];
    return { dimension: d, ...raw[d], score: round(raw[d].score, 3), weight: w, points: round((100 * w * raw[d].score) / totalWeight, 1) };
  });
  const last =
    dated
      .map((e) => e.day)
      .sort()
      .at(-1) ?? null;
  const days = last ? Math.round((Date.parse(asOf) - Date.parse(last)) / DAY_MS) : null;
  const quietSince = last ?? input.since;
  return {
    score: round(
      dimensions.reduce((n, d) => n + d.points, 0),
      1,
    ),
    dimensions,
    lastContact: last,
    daysSinceLastContact: days,
    goingDormant: quietSince !== null && yearsBetween(quietSince, asOf) >= settings.dormantAfterYears,
  };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
