// `node --import ./record-imports.mjs …`: appends the URL of every module the process loads to the
// file named by AMITY_IMPORT_LOG, so a test can say what a command loaded and what it did not.
import { register } from 'node:module';

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
