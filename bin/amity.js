#!/usr/bin/env node
// Runs the compiled command line in dist/node (`npm run build`; `npm install` builds it).
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const build = new URL('dist/node/cli/main.js', root);
// In a checkout, code older than its sources would run what is no longer there: say so instead.
if (existsSync(new URL('.git', root))) {
  const { buildIsStale } = await import('../scripts/build-state.js');
  if (buildIsStale()) {
    process.stderr.write('amity: src/ changed after the last build (dist/node): run `npm run build` first\n');
    process.exit(1);
  }
} else if (!existsSync(build)) {
  process.stderr.write('amity: the compiled code (dist/node) is missing: run `npm run build` first\n');
  process.exit(1);
}
await import(build.href);
