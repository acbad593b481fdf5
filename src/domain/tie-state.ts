import {
  COUNTED_STATUSES,
  type HistoryEntry,
  type PartnershipDerived,
  type PartnershipStatus,
  type PartnershipType,
} from '../records/partnership/partnership.schema.ts';
import { earliestDay, latestDay, type Day, type PreciseDate } from './precise-date.ts';

export interface TieState {
  type: PartnershipType;
  status: PartnershipStatus;
  /** The founding date when known. */
  established: PreciseDate | null;
  ended: PreciseDate | null;
  /** The first day on which the tie certainly existed. */
  certainSince: Day | null;
}

/** The last day by which the step certainly happened: its date's end, or the day it was recorded. */
export function certainBy(entry: HistoryEntry): Day | null {
  return entry.date !== null ? latestDay(entry.date) : entry.recordedOn;
}

function orderKey(entry: HistoryEntry): string {
  return entry.date !== null ? earliestDay(entry.date) : (entry.recordedOn ?? '9999-12-31');
}

function chronological(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => orderKey(a.entry).localeCompare(orderKey(b.entry)) || a.index - b.index)
    .map(({ entry }) => entry);
}

function fold(entries: readonly HistoryEntry[], inOrder = false): TieState | null {
  let state: TieState | null = null;
  for (const e of inOrder ? entries : chronological(entries)) {
    const since = certainBy(e);
    if (e.kind === 'established' || e.kind === 'attested') {
      if (state === null) {
        state = { type: e.type ?? 'unknown', status: e.status ?? 'active', established: null, ended: null, certainSince: since };
      }
      if (e.kind === 'established') {
        state.established = e.date;
        state.type = e.type ?? state.type;
        state.status = e.status ?? 'active';
      } else if (e.type !== null && state.type === 'unknown') {
        state.type = e.type;
      }
      if (since !== null && (state.certainSince === null || since < state.certainSince)) state.certainSince = since;
      continue;
    }
    if (state === null) continue;
    if (e.kind === 'type_changed' && e.type) state.type = e.type;
    if (e.kind === 'status_changed' && e.status) state.status = e.status;
    if (e.kind === 'renewed' && state.status !== 'ended') state.status = e.status ?? state.status;
    if (e.kind === 'ended') {
      state.status = 'ended';
      state.ended = e.date;
    }
  }
  return state;
}

/** What the whole history says, as the registry knows it today. */
export function currentState(history: readonly HistoryEntry[]): TieState | null {
  return fold(history);
}

/** The tie as of a day, using only the steps certainly taken by then; null when it did not yet certainly exist. */
export function stateAsOf(history: readonly HistoryEntry[], day: Day): TieState | null {
  return fold(
    history.filter((e) => {
      const by = certainBy(e);
      return by !== null && by <= day;
    }),
  );
}

/**
 * Every state the tie takes as of a day, from the first day it certainly existed: a state as of a
 * day rests only on the steps certainly taken by then, so it can change only on those days.
 */
export function statesOverTime(history: readonly HistoryEntry[]): { day: Day; state: TieState }[] {
  const sorted = chronological(history);
  const by = sorted.map(certainBy);
  const days = [...new Set(by.filter((d): d is Day => d !== null))].sort();
  const out: { day: Day; state: TieState }[] = [];
  for (const day of days) {
    const state = fold(
      sorted.filter((_, i) => by[i] !== null && by[i]! <= day),
      true,
    );
    if (state) out.push({ day, state });
  }
  return out;
}

export function countsAsOf(history: readonly HistoryEntry[], day: Day): boolean {
  const state = stateAsOf(history, day);
  return state !== null && COUNTED_STATUSES.has(state.status);
}

export function derive(history: readonly HistoryEntry[]): PartnershipDerived {
  const state = currentState(history);
  return {
    type: state?.type ?? 'unknown',
    status: state?.status ?? 'proposed',
    established: state?.established ?? null,
    ended: state?.ended ?? null,
  };
}
