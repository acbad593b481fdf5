import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validationError } from '../domain/errors.ts';
import { textRuleIssues } from '../domain/text-rule.ts';

/**
 * Every route's body, query string and path parameters are held to the text rule before the
 * route's own schema looks at them (and after who may call it is settled), so no string field,
 * including the login's, reaches a service or a database with a character the rule refuses.
 */
export function registerTextRule(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const issues = [
      ...textRuleIssues(request.params, ['params']),
      ...textRuleIssues(request.query, ['querystring']),
      ...textRuleIssues(request.body, ['body']),
    ];
    if (issues.length > 0) throw validationError('request', issues);
  });
}
