import { beforeAll, afterAll, expect, it } from 'vitest';
import { formatPath } from '../../src/domain/errors.ts';
import { systemActor } from '../../src/domain/permissions.ts';
import { createAccountToken } from '../../src/services/auth/accounts.service.ts';
import { describeEachBackend } from '../support/backends.ts';
import { call, seedAccounts, startServer } from '../support/server.ts';

type JsonSchema = {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};
type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
type Path = (string | number)[];

const BAD = { NUL: 'a\u0000b', 'a lone surrogate': 'a\uD800b' };

/** Every place in a body schema where a string goes, as a path; `en` stands for a record's keys, 0 for an array's items. */
function stringFields(
  schema: JsonSchema,
  root: { components?: { schemas?: Record<string, JsonSchema> } },
  path: Path = [],
  depth = 0,
): Path[] {
  if (depth > 12) return [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1)!;
    const target = root.components?.schemas?.[name];
    return target ? stringFields(target, root, path, depth + 1) : [];
  }
  const out: Path[] = [];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('string') || typeof schema.const === 'string' || schema.enum?.some((v) => typeof v === 'string')) out.push(path);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) out.push(...stringFields(sub, root, [...path, key], depth + 1));
  if (typeof schema.additionalProperties === 'object')
    out.push(...stringFields(schema.additionalProperties, root, [...path, 'en'], depth + 1));
  if (schema.items) out.push(...stringFields(schema.items, root, [...path, 0], depth + 1));
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out.push(...stringFields(sub, root, path, depth + 1));
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
}

/** A body holding `value` at `path` and nothing else. */
function bodyWith(path: Path, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [bodyWith(rest, value)] : { [head!]: bodyWith(rest, value) };
}

/** A path's parameters filled with something that looks like an id. */
const concrete = (route: string) =>
  route.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'entity' || name === 'collection' ? 'places' : 'pl_aaaaaaaaaaaa'));

describeEachBackend(
  'one text rule for every string a request carries',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let token = '';
    beforeAll(async () => {
      const { store } = use();
      const emails = await seedAccounts(store);
      ({ token } = await createAccountToken(
        { db: store.db, actor: systemActor('test'), now: () => new Date() },
        { email: emails.admin },
        'text rule',
      ));
      server = await startServer(store);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('refuses NUL and a lone surrogate in every string field of every write route in the OpenAPI document with a 400 naming the field', async () => {
      const document = (await call(server.url, 'GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, Operation>>;
        components?: { schemas?: Record<string, JsonSchema> };
      };
      const cases: { route: string; method: string; field: Path }[] = [];
      for (const [route, operations] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          if (!['post', 'put', 'patch'].includes(method)) continue;
          const schema = operation.requestBody?.content?.['application/json']?.schema;
          if (!schema) continue;
          for (const field of stringFields(schema, document)) cases.push({ route, method, field });
        }
      }
      // The document is the list of routes: if it loses its bodies, this test would check nothing.
      expect(new Set(cases.map((c) => c.route)).size).toBeGreaterThan(20);
      expect(cases.some((c) => c.route === '/api/auth/login' && c.field.join('.') === 'email')).toBe(true);

      const wrong: string[] = [];
      for (const [what, value] of Object.entries(BAD)) {
        for (let i = 0; i < cases.length; i += 16) {
          await Promise.all(
            cases.slice(i, i + 16).map(async ({ route, method, field }) => {
              const res = await call(server.url, method.toUpperCase(), concrete(route), {
                token,
                body: bodyWith(field, value),
                headers: { 'if-match': '"1"' },
              });
              const named = ((res.json.issues as { path: Path; code: string }[] | undefined) ?? []).some(
                (issue) => formatPath(issue.path) === formatPath(['body', ...field]) && issue.code === 'text_characters',
              );
              if (res.status !== 400 || !named)
                wrong.push(
                  `${method} ${route} ${formatPath(field) || '(body)'} with ${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
                );
            }),
          );
        }
      }
      expect(wrong).toEqual([]);
      expect(cases.length).toBeGreaterThan(100);
    });

    it('refuses them in query strings, path parameters and the login, before anything else', async () => {
      const query = await call(server.url, 'GET', '/api/places?q=a%00b');
      expect(query.status).toBe(400);
      expect(query.json.issues).toEqual([expect.objectContaining({ path: ['querystring', 'q'], code: 'text_characters' })]);
      const nonCharacter = await call(server.url, 'GET', '/api/search?q=%EF%BF%BF');
      expect(nonCharacter.status).toBe(400);
      const param = await call(server.url, 'GET', '/api/places/pl_%00');
      expect(param.status).toBe(400);
      expect(param.json.issues).toEqual([expect.objectContaining({ path: ['params', 'id'], code: 'text_characters' })]);
      const login = await call(server.url, 'POST', '/api/auth/login', { body: { email: 'admin@example.org\u0000', password: 'x' } });
      expect(login.status).toBe(400);
      expect(login.json.issues).toEqual([expect.objectContaining({ path: ['body', 'email'], code: 'text_characters' })]);
      // Tabs, line breaks and every other script stay welcome.
      const fine = await call(server.url, 'GET', `/api/search?q=${encodeURIComponent('深圳\t😀')}`);
      expect(fine.status).toBe(200);
    });
  },
  { registry: 'shared' },
);
