// Browser-safe: the citation form reads it, so it imports nothing that needs Node.

/** A tie's facts are what its history comes to; a citation of the history itself gave its founding. */
const TIE_FACTS = ['established', 'type', 'status', 'ended', 'areas'];
const TIE_HISTORY: Record<string, string> = { history: 'established', 'history.0.date': 'established', 'history.0.type': 'type' };

/** The fact a citation's field stands for: a tie's history cited as a whole stands for its founding date. */
export function factField(kind: string, field: string): string {
  return kind === 'partnership' ? (TIE_HISTORY[field] ?? field) : field;
}

/**
 * The facts of a record a source can give a value for: a tie's founding date, type, status, end
 * and areas; each title a person held, and when; for other kinds, their own fields.
 */
export function citableFacts(kind: string, record: Record<string, unknown> | null, fields: readonly string[]): string[] {
  if (kind === 'partnership') return TIE_FACTS;
  if (kind === 'person') {
    const positions = Array.isArray(record?.positions) ? record.positions : [];
    return ['names', ...positions.flatMap((_, i) => [`positions.${i}.title`, `positions.${i}.from`]), 'aliases'];
  }
  return fields.filter((f) => f !== 'visibility' && f !== 'note');
}
