// `node --import ./record-imports.mjs …`: appends the URL of every module the process loads to the
// file named by AMITY_IMPORT_LOG, so a test can say what a command loaded and what it did not.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const hooks = `
import { appendFileSync } from 'node:fs';
let log;
export function initialize(file) { log = file; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: process.env.AMITY_IMPORT_LOG });

// Packages loaded with require() on first use (createRequire) pass no module hook: note them too.
const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function loadAndNote(request, parent, isMain) {
  const exported = load.call(this, request, parent, isMain);
  if (!request.startsWith('node:') && !Module.isBuiltin(request)) {
    appendFileSync(process.env.AMITY_IMPORT_LOG, `${pathToFileURL(Module._resolveFilename(request, parent, isMain)).href}\n`);
  }
  return exported;
};
