import { z } from 'zod';
import { DaySchema } from '../../domain/precise-date.ts';

// The request apart from the check itself, so that the API can declare its route without loading
// the claim recognition until a text is sent.

/** The longest text one check reads, in characters; a longer one is refused with 413. */
export const CHECK_TEXT_LIMIT = 500_000;
/**
 * The limit with its thousands grouped (500,000), written without `toLocaleString`: the first use
 * of the locale data costs the server's start some 20 ms, as this schema is made before it listens.
 */
const LIMIT_WRITTEN = String(CHECK_TEXT_LIMIT).replace(/\B(?=(\d{3})+$)/g, ',');

export const CheckRequestSchema = z.object({
  text: z.string().min(1, 'the text is empty').describe(`at most ${LIMIT_WRITTEN} characters; a longer text is answered 413`),
  asOf: DaySchema.optional().describe('check as of this day; by default the text’s own date, else today'),
  home: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('the home place the text speaks for (我市); by default the one the published figures are about'),
});
export type CheckRequest = z.input<typeof CheckRequestSchema>;
export type CheckInput = z.output<typeof CheckRequestSchema>;
