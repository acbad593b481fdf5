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

/**
 * The title a person held on a date: of the positions held then, the one begun last (an open
 * start counts as earliest); without a date, the one held now (with no end); null when none fits.
 * Browser-safe: the signing screen and the visit planner prefill with it.
 */
export function titleOn(positions: readonly HeldPosition[], date: PreciseDate | null): LocalizedText | null {
  const held = positions.filter((p) => (date === null ? p.to === null : heldOn(p, date)));
  held.sort((a, b) => (a.from === null ? '' : earliestDay(a.from)).localeCompare(b.from === null ? '' : earliestDay(b.from)));
  return held.at(-1)?.title ?? null;
}
