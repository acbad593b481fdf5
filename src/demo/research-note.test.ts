import { describe, expect, it } from 'vitest';
import { splitResearchNotes } from './research-note.ts';

describe('splitResearchNotes', () => {
  it('takes the bracketed research notes out of a title', () => {
    expect(splitResearchNotes("Lomé–Shenzhen videoconference to revive twinning [year inferred: 'resumption began last year']")).toEqual({
      title: 'Lomé–Shenzhen videoconference to revive twinning',
      notes: "year inferred: 'resumption began last year'",
    });
  });

  it('leaves a title without notes as it is', () => {
    expect(splitResearchNotes('Houston gives Shenzhen a sculpture')).toEqual({ title: 'Houston gives Shenzhen a sculpture', notes: null });
  });
});
