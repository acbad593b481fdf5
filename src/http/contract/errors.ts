import { z } from 'zod';
import { ISSUE_CODES } from '../../domain/issue-codes.ts';

/** One thing wrong with a request: where, a code to act on, and an English message to read. */
export const IssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.enum(ISSUE_CODES).describe('Amity’s code for the problem (such as self_tie, date_format), or zod’s (such as too_small)'),
  message: z.string().describe('the problem in English, for people; the code is what to act on'),
});
export type Issue = z.infer<typeof IssueSchema>;

/** Every answer that is not a success. */
export const ErrorBodySchema = z.object({
  error: z.string().describe('a code: validation, not_found, stale_version …'),
  message: z.string(),
  issues: z.array(IssueSchema).optional(),
  currentVersion: z.number().int().optional(),
  requestId: z.string().optional().describe('the request’s id, as in the X-Request-Id header and the server’s log'),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
