/**
 * A title of the demo's events file split from the research notes in square brackets that
 * follow it (`[year inferred from agreement period]`): the title is public, the notes are the
 * office's own and go to the event's internal note.
 */
export function splitResearchNotes(text: string): { title: string; notes: string | null } {
  const notes: string[] = [];
  const title = text
    .replace(/\s*\[([^\]]+)\]/g, (_, note: string) => {
      notes.push(note.trim());
      return '';
    })
    .trim();
  return { title, notes: notes.length ? notes.join('; ') : null };
}
