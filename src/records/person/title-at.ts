import type { LocalizedText } from '../../domain/common.ts';
import { earliestDay, latestDay, type PreciseDate } from '../../domain/precise-date.ts';
import type { Position } from './person.schema.ts';

type Dated = Pick<Position, 'title' | 'from' | 'to'>;

/** True when the position may have been held on some day `date` can mean. */
function heldOn(p: Dated, date: PreciseDate): boolean {
  const startedBy = p.from === null || earliestDay(p.from) <= latestDay(date);
  const notYetLeft = p.to === null || latestDay(p.to) >= earliestDay(date);
  return startedBy && notYetLeft;
}

/**
 * The title a person held on a date, from their dated positions: the latest one begun by then and
 * not yet left. Without a date, the position they hold now (one with no end). Empty when none fits.
 */
export function titleAt(positions: readonly Dated[], date: PreciseDate | null): LocalizedText {
  const fitting = positions.filter((p) => (date ? heldOn(p, date) : p.to === null));
  const latest = fitting.reduce<Dated | null>((best, p) => (best === null || (p.from ?? '') >= (best.from ?? '') ? p : best), null);
  return latest ? { ...latest.title } : {};
}
