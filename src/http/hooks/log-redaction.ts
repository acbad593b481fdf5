import type { FastifyRequest } from 'fastify';

/** Query parameters whose value opens something (a calendar feed's token, any other `…token`). */
const SECRET_PARAM = /([?&][^=&]*token[^=&]*=)[^&#]*/gi;
/** Secrets that may stand in a path: calendar and API tokens. */
const SECRET_IN_PATH = /\b(cal|amity)_[\w-]{8,}/g;

/** A URL as it may be written to a log: tokens in its query or path replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAM, '$1[redacted]').replace(SECRET_IN_PATH, '$1_[redacted]');
}

/** pino's description of a request, with its URL redacted. */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
