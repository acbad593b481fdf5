import type { FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

/**
 * Answers are written as they are. An answer that is frozen whole (a kept list page, served again
 * until the registry changes) cannot change, so its JSON is written once and reused.
 */
const written = new WeakMap<object, string>();

export function serialize(data: unknown): string {
  if (data === null || typeof data !== 'object' || !Object.isFrozen(data)) return JSON.stringify(data);
  let json = written.get(data);
  if (json === undefined) {
    json = JSON.stringify(data);
    written.set(data, json);
  }
  return json;
}

/**
 * Fastify's `schemaController`: requests are checked by their zod schemas and answers written by
 * `serialize`. Named here, rather than set on the instance, Fastify does not load Ajv and
 * fast-json-stringify for compilers it would never use.
 */
export const schemaController: FastifyServerOptions['schemaController'] = {
  // Fastify types the factories as Ajv's and fast-json-stringify's; zod's compiler has its own type.
  compilersFactory: {
    buildValidator: () => validatorCompiler,
    buildSerializer: () => () => serialize,
  } as unknown as Compilers,
};

type Compilers = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
