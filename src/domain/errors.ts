import type { z } from 'zod';
import { issueCode, type IssueCode } from './issue-codes.ts';
import { textRuleIssues } from './text-rule.ts';

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'stale_version'
  | 'version_required'
  | 'duplicate'
  | 'missing_reference'
  | 'in_use'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'unsupported'
  | 'read_only'
  | 'unavailable'
  | 'too_large'
  | 'over_budget'
  | 'busy';

export interface FieldIssue {
  /** Where the problem is: `['history', 0, 'date']`, or a file and line for imports. */
  path: (string | number)[];
  /** What is wrong, for programs: one of Amity's codes or zod's (see issue-codes.ts). */
  code: IssueCode;
  /** What is wrong, in English, for people reading the API or a log. */
  message: string;
}

/** A failure the user can act on. Services throw these; transports map the code. */
export class AmityError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AmityError';
  }
}

export function formatPath(path: readonly (string | number | symbol)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

export function issuesFromZod(error: z.ZodError, prefix: (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: issueCode(issue),
    message: issue.message,
  }));
}

export function validationError(what: string, issues: FieldIssue[]): AmityError {
  const first = issues[0];
  const where = first?.path.length ? `${formatPath(first.path)}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AmityError('validation', `invalid ${what}: ${where}${first?.message ?? 'invalid'}${more}`, issues);
}

/** Parses with a zod schema or throws a validation error that names every failing field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  // The text rule holds for every door (the API checks it earlier, the command line here).
  const badText = textRuleIssues(value);
  if (badText.length > 0) throw validationError(what, badText);
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(what, issuesFromZod(result.error));
  return result.data;
}

export function notFound(entity: string, id: string): AmityError {
  return new AmityError('not_found', `no ${entity} with id ${id}`, [], { entity, id });
}
