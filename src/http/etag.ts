import type { FastifyReply, FastifyRequest } from 'fastify';
import { AmityError } from '../domain/errors.ts';

export const etagOf = (version: number) => `"${version}"`;

/** The version a write was based on, from `If-Match`; a write without one is refused with 428. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) throw new AmityError('version_required', 'send If-Match with the ETag of the version you edited');
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(String(header).trim());
  if (!match)
    throw new AmityError('validation', `If-Match: '${String(header)}' is not an ETag of this API`, [
      { path: ['headers', 'if-match'], code: 'not_an_etag', message: 'not an ETag' },
    ]);
  return Number(match[1]);
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, record: T): T {
  reply.header('etag', etagOf(record.version));
  return record;
}
