import { AmityError, formatPath } from '../domain/errors.ts';
import { duplicateFromDatabase } from '../storage/unique-violation.ts';

/** One line that says what is wrong; the details of every issue follow only with AMITY_VERBOSE. */
export function describeError(thrown: unknown): string {
  const error = duplicateFromDatabase(thrown) ?? thrown;
  if (error instanceof AmityError) {
    if (process.env.AMITY_VERBOSE && error.issues.length > 1) {
      return [error.message, ...error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`)].join('\n');
    }
    return error.message;
  }
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') return `cannot reach the database: ${error.message}`;
    if (code === 'ENOENT') return error.message;
    return process.env.AMITY_VERBOSE ? (error.stack ?? error.message) : error.message;
  }
  return String(error);
}

export function fail(error: unknown): never {
  process.stderr.write(`amity: ${describeError(error)}\n`);
  process.exit(1);
}
