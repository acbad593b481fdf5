import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AmityError, formatPath, type ErrorCode, type FieldIssue } from '../domain/errors.ts';
import { issueCode } from '../domain/issue-codes.ts';
import { duplicateFromDatabase } from '../storage/unique-violation.ts';

// The body's schema is part of the API's contract; the route schemas take it from here.
export { ErrorBodySchema } from './contract/errors.ts';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  missing_reference: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  duplicate: 409,
  in_use: 409,
  stale_version: 412,
  version_required: 428,
  rate_limited: 429,
  unsupported: 415,
  read_only: 503,
  unavailable: 503,
  too_large: 413,
  over_budget: 503,
  busy: 503,
};

function send(reply: FastifyReply, status: number, code: string, message: string, issues?: FieldIssue[], extra: object = {}) {
  return reply
    .code(status)
    .type('application/json')
    .send({ error: code, message, ...(issues?.length ? { issues } : {}), ...extra, requestId: reply.request.id });
}

/** The codes SQLite and PostgreSQL give a write to a database that may only be read. */
const READ_ONLY_DATABASE = new Set(['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', '25006']);

/** Request validation issues from the zod type provider, as field paths, codes and messages. */
function validationIssues(error: FastifyError): FieldIssue[] {
  const where = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const issue = (v.params as { issue?: { path?: PropertyKey[]; message?: string } } | undefined)?.issue;
    // The zod type provider gives zod's code as the keyword and the rest of zod's issue as params.
    const custom = (v.params as { params?: Record<string, unknown> } | undefined)?.params;
    const path = issue?.path ?? v.instancePath.split('/').filter(Boolean);
    return {
      path: [where, ...path.map((p) => (typeof p === 'number' ? p : String(p)))],
      code: issueCode({ code: v.keyword, params: custom }),
      message: issue?.message ?? v.message ?? 'invalid',
    };
  });
}

/** Maps every failure to a status and a JSON body; nothing else reaches the client, stack traces never. */
export function errorHandler(thrown: FastifyError | AmityError, request: FastifyRequest, reply: FastifyReply) {
  const error = duplicateFromDatabase(thrown) ?? thrown;
  if (error instanceof AmityError) {
    const status = STATUS[error.code];
    if ((error.code === 'rate_limited' || error.code === 'busy') && typeof error.details.retryAfter === 'number')
      reply.header('retry-after', String(error.details.retryAfter));
    const extra = error.code === 'stale_version' ? { currentVersion: error.details.currentVersion } : {};
    if (error.code === 'stale_version') reply.header('etag', `"${String(error.details.currentVersion)}"`);
    return send(reply, status, error.code, error.message, error.issues, extra);
  }
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
    const issues = validationIssues(error);
    const first = issues[0];
    return send(reply, 400, 'validation', first ? `${formatPath(first.path)}: ${first.message}` : 'invalid request', issues);
  }
  if (READ_ONLY_DATABASE.has(String((error as { code?: unknown }).code)))
    return send(reply, 503, 'read_only', 'the database is read-only: this request would change it');
  const status = error.statusCode ?? 500;
  if (status === 413) return send(reply, 413, 'too_large', 'the request body is too large');
  if (status === 415) return send(reply, 415, 'unsupported', 'send JSON (application/json)');
  if (status >= 400 && status < 500)
    return send(reply, status, error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'validation' : 'bad_request', error.message);
  request.log.error({ err: error }, 'request failed');
  return send(reply, 500, 'internal', 'something went wrong on the server; the request changed nothing');
}
