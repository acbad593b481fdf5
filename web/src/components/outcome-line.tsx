/** The answer to an action: whether it worked, and what to say. */
export interface Outcome { ok: boolean; text: string }

/** The answer to the last action: a status when it worked, an alert when it did not. */
export function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'ok' : 'error'}>{outcome.text}</p>;
}
