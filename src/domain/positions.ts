import type { LocalizedText } from './common.ts';
import { earliestDay, latestDay, type PreciseDate } from './precise-date.ts';

/** A person's position as far as its title and span go. */
export interface HeldPosition {
  title: LocalizedText;
  from: PreciseDate | null;
  to: PreciseDate | null;
}

/** Whether a position may have been held on a date, each written at its own precision. */
function heldOn(p: HeldPosition, date: PreciseDate): boolean {
  const started = p.from === null || earliestDay(p.from) <= latestDay(date);
  const notEnded = p.to === null || latestDay(p.to) >= earliestDay(date);
  return started && notEnded;
}

/** Of some positions, the one begun last; an open start counts as earliest. */
function begunLast(positions: readonly HeldPosition[]): HeldPosition | undefined {
  const start = (p: HeldPosition) => (p.from === null ? '' : earliestDay(p.from));
  return [...positions].sort((a, b) => start(a).localeCompare(start(b))).at(-1);
}

/**
 * The title a person held on a date: of the positions held then, the one begun last (an open
 * start counts as earliest); null when none was held. Browser-safe: the signing screen prefills with it.
 */
export function titleOn(positions: readonly HeldPosition[], date: PreciseDate): LocalizedText | null {
  return begunLast(positions.filter((p) => heldOn(p, date)))?.title ?? null;
}

/**
 * The title a delegation member is given: the one held on the visit's date, or without a date
 * the one held now (of the positions with no end, the one begun last); empty when none fits.
 * Browser-safe: the visit planner prefills with it, and the plan fills an empty title with it.
 */
export function titleAt(positions: readonly HeldPosition[], date: PreciseDate | null): LocalizedText {
  const title = date ? titleOn(positions, date) : (begunLast(positions.filter((p) => p.to === null))?.title ?? null);
  return { ...title };
}
