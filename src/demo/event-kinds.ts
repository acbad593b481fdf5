import type { EventKind } from '../records/event/event.schema.ts';

/**
 * The kind of each event in events.csv, by its data row (1 = the first row after
 * the header), read from the row's title: a partner's delegation in Shenzhen is
 * an incoming visit, Shenzhen's abroad an outgoing one.
 */
export const EVENT_KIND_BY_ROW: Record<number, EventKind> = {
  1: 'other',
  2: 'signing',
  3: 'signing',
  4: 'outgoing_visit',
  5: 'outgoing_visit',
  6: 'incoming_visit',
  7: 'incoming_visit',
  8: 'other',
  9: 'forum',
  10: 'incoming_visit',
  11: 'other',
  12: 'other',
  13: 'outgoing_visit',
  14: 'incoming_visit',
  15: 'other',
  16: 'signing',
  17: 'incoming_visit',
  18: 'outgoing_visit',
  19: 'other',
  20: 'signing',
  21: 'signing',
  22: 'meeting',
  23: 'signing',
  24: 'exhibition',
  25: 'online_meeting',
  26: 'outgoing_visit',
  27: 'other',
  28: 'incoming_visit',
  29: 'other',
  30: 'incoming_visit',
  31: 'outgoing_visit',
  32: 'other',
  33: 'signing',
  34: 'signing',
  35: 'signing',
  36: 'other',
  37: 'signing',
  38: 'other',
  39: 'signing',
  40: 'signing',
  41: 'outgoing_visit',
  42: 'signing',
  43: 'online_meeting',
  44: 'incoming_visit',
  45: 'signing',
  46: 'other',
  47: 'meeting',
  48: 'signing',
  49: 'incoming_visit',
  50: 'signing',
  51: 'signing',
  52: 'other',
  53: 'meeting',
  54: 'signing',
  55: 'incoming_visit',
  56: 'signing',
  57: 'signing',
  58: 'signing',
  59: 'incoming_visit',
  60: 'signing',
  61: 'signing',
  62: 'other',
  63: 'incoming_visit',
  64: 'forum',
  65: 'signing',
  66: 'other',
  67: 'other',
  68: 'signing',
};

/** End dates that a row's title gives ("13–19 May", "20–21 Mar", "6–11 Feb"). */
export const EVENT_END_BY_ROW: Record<number, string> = { 18: '2014-03-21', 30: '2017-05-19', 55: '2017-02-11' };

/** Rows that report an event another row already holds: they become that event's citations. */
export const SAME_EVENT_AS: Record<number, number> = { 68: 58 };

/** Names events.csv uses for a partner where partners.csv uses another. */
export const PARTNER_ALIASES: Record<string, string> = {
  Nuremberg: 'Nuremberg Region',
  Yvelines: 'Yvelines (département)',
  'San Jose (prospective)': 'San Jose',
};

/** Spellings of one person in different rows, mapped to the one the registry keeps. */
export const PERSON_SAME_AS: Record<string, string> = {
  'Tagba A. Tchalim': 'Tchalim Tagba Ataféyinam',
  'Katherine Whitman': 'Kathy Whitmire',
  'Sergey Cheremin': 'Sergey Cheryomin',
};
