import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The routes and the commands only parse, call one service function and format: the rules live
// in the services, where both doors share them.

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['src/http/routes', 'src/cli/commands'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${folder}/${f}`),
);

/** Handlers allowed a second service call, with the reason. */
const ALLOWED: Record<string, string> = {};

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

const isServiceCall = (name: string) => !/Schema$|^[A-Z_]+$/.test(name);

/** `const { a, b } = await import('…/services/…')`: a command loads its service when it runs. */
function lazyServiceImport(node: ts.Node): string[] {
  if (!ts.isVariableDeclaration(node) || !ts.isObjectBindingPattern(node.name) || !node.initializer) return [];
  const init = node.initializer;
  if (!ts.isAwaitExpression(init) || !ts.isCallExpression(init.expression)) return [];
  const call = init.expression;
  const from = call.arguments[0];
  if (call.expression.kind !== ts.SyntaxKind.ImportKeyword || !from || !ts.isStringLiteralLike(from)) return [];
  if (!/\/services\//.test(from.text)) return [];
  return node.name.elements.map((e) => (ts.isIdentifier(e.name) ? e.name.text : '')).filter((n) => n && isServiceCall(n));
}

/** The names a file imports from the services, less the schemas and constants that are only read. */
function serviceImports(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!/\/services\//.test(from)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const name = element.name.text;
      if (element.isTypeOnly || !isServiceCall(name)) continue;
      names.add(name);
    }
  }
  const visit = (node: ts.Node) => {
    for (const name of lazyServiceImport(node)) names.add(name);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The name a call starts from (`accounts` in `accounts.add(…)`); none for a method of a call's result. */
const rootName = (e: ts.Expression): string | null => {
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e.text : null;
};

/** Each handler (a route's last argument, a command's action) with the service calls it makes. */
function handlers(path: string): { name: string; calls: string[] }[] {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
  const services = serviceImports(source);
  const out: { name: string; calls: string[] }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const handler = node.arguments.at(-1);
      const first = node.arguments[0];
      const isRoute =
        ROUTE_METHODS.has(method) &&
        node.arguments.length >= 2 &&
        first !== undefined &&
        (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first));
      if ((isRoute || method === 'action') && handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) {
        const calls: string[] = [];
        const count = (n: ts.Node) => {
          if (ts.isCallExpression(n)) {
            const name = rootName(n.expression);
            if (name && services.has(name)) calls.push(n.expression.getText(source));
          }
          ts.forEachChild(n, count);
        };
        count(handler.body);
        const label = isRoute
          ? `${method.toUpperCase()} ${node.arguments[0]!.getText(source)}`
          : `action at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        out.push({ name: `${path}: ${label}`, calls });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the routes and the commands', () => {
  it.each(files)('%s imports neither the storage nor Kysely', (path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    expect(text).not.toMatch(/from '[^']*\/storage\//);
    expect(text).not.toMatch(/from 'kysely'/);
    expect(text).not.toMatch(/import\('[^']*\/storage\//);
    expect(text).not.toMatch(/import\('kysely'\)/);
  });

  it('call at most one service function per handler', () => {
    const found = files.flatMap(handlers);
    expect(found.length).toBeGreaterThan(80);
    const over = found.filter((h) => h.calls.length > 1 && !ALLOWED[h.name]).map((h) => `${h.name}: ${h.calls.join(', ')}`);
    expect(over).toEqual([]);
  });
});
