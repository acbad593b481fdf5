import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDemo } from '../src/demo/load-demo.ts';
import { systemActor } from '../src/domain/permissions.ts';
import { checkText } from '../src/services/claims/check.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { readRealSet, scoreRealSet } from './claims-real.ts';
import { formatScore } from './claims-score.ts';

/**
 * Claim checking measured three ways:
 * - the seed set (test/fixtures/claims-labelled.json): extraction precision and recall by kind,
 *   and the time to check a text of about 1,000 words;
 * - the 85 real press texts (test/fixtures/claims-real), on each half: extraction, verdict
 *   agreement with the labels, the confusion of verdicts and the facts reported twice;
 * - the time per 100,000 characters of a text of 100k, 200k and 400k characters (the real texts
 *   repeated), the 100k rate being the baseline: equal figures mean the time grows linearly.
 * AMITY_BENCH_VERBOSE=1 also lists every claim missed or found in excess: in the seed set and in
 * the real set's tune half only. The held-out half is the measure of how the rules carry to texts
 * not seen, so its claims are never printed one by one, only its aggregate figures.
 */
const NOW = new Date('2026-11-22T00:00:00Z');
const verbose = process.env.AMITY_BENCH_VERBOSE === '1';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Case {
  text: string;
  asOf: string;
  claims: { kind: string; span: string }[];
}

const labelled = JSON.parse(readFileSync(new URL('../test/fixtures/claims-labelled.json', import.meta.url), 'utf8')) as { cases: Case[] };
const store = await openRegistry(':memory:');
const ctx = { db: store.db, actor: systemActor('bench'), now: () => NOW };
await loadDemo(ctx);

const tally = new Map<string, { found: number; right: number; labelled: number; caught: number }>();
const row = (kind: string) => tally.get(kind) ?? tally.set(kind, { found: 0, right: 0, labelled: 0, caught: 0 }).get(kind)!;
const misses: string[] = [];
for (const c of labelled.cases) {
  const result = await checkText(ctx, { text: c.text, asOf: c.asOf });
  const spans = c.claims.map((l) => {
    const start = result.text.indexOf(l.span);
    if (start < 0) throw new Error(`label span not in text: ${l.span}`);
    return { ...l, start, end: start + l.span.length };
  });
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const found of result.claims) {
    const r = row(found.kind);
    r.found++;
    if (spans.some((l) => l.kind === found.kind && overlaps(l, found))) r.right++;
    else misses.push(`extra ${found.kind}: “${found.text}”`);
  }
  for (const l of spans) {
    const r = row(l.kind);
    r.labelled++;
    if (result.claims.some((f) => f.kind === l.kind && overlaps(l, f))) r.caught++;
    else misses.push(`missed ${l.kind}: “${l.span}”`);
  }
}
let all = { found: 0, right: 0, labelled: 0, caught: 0 };
console.log('seed set (claims-labelled.json)\n  kind          precision  recall   (found / labelled)');
for (const [kind, r] of [...tally.entries()].sort()) {
  all = { found: all.found + r.found, right: all.right + r.right, labelled: all.labelled + r.labelled, caught: all.caught + r.caught };
  const p = r.found ? r.right / r.found : 1;
  const rec = r.labelled ? r.caught / r.labelled : 1;
  console.log(
    `  ${kind.padEnd(13)} ${(p * 100).toFixed(0).padStart(7)} %  ${(rec * 100).toFixed(0).padStart(5)} %   (${r.found} / ${r.labelled})`,
  );
}
console.log(
  `  all           ${((all.right / all.found) * 100).toFixed(1).padStart(7)} %  ${((all.caught / all.labelled) * 100).toFixed(1).padStart(5)} %   (${all.found} / ${all.labelled}) over ${labelled.cases.length} sentences`,
);
if (verbose) for (const m of misses) console.log(`    ${m}`);

const shared = ['000_898f094480bcd057.txt', '004_867bff97e6955d52.txt'].map((f) =>
  readFileSync(new URL(`../../shared/sources/${f}`, import.meta.url), 'utf8'),
);
const long = `${shared[0]}\n\n${shared[1]}`;
const words = long.split(/\s+/).filter(Boolean).length + (long.match(/\p{Script=Han}/gu) ?? []).length / 1.5;
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  await checkText(ctx, { text: long });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`  checking a text of about ${Math.round(words)} words: median ${times[3]!.toFixed(0)} ms, slowest ${times[6]!.toFixed(0)} ms`);

const halves = await scoreRealSet(NOW);
for (const half of ['tune', 'heldout'] as const) {
  const texts = readRealSet().filter((t) => t.half === half).length;
  console.log(
    `\n${formatScore(`real set, ${half} half (${texts} texts)\n  by kind (right/found, caught/labelled, agreeing/caught, labelled claims reported twice)`, halves[half]).join('\n')}`,
  );
  if (verbose && half === 'tune') for (const m of halves[half].misses) console.log(`    ${m}`);
  if (verbose && half === 'heldout') console.log("    (the held-out half's claims are never listed one by one: only its figures)");
}

// The real texts one after another, repeated to the length wanted.
const unit = `${readRealSet()
  .map((t) => t.body)
  .join('\n\n')}\n\n`;
const textOf = (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
await checkText(ctx, { text: textOf(20_000), asOf: '2024-12-31' });
const rates: { length: number; perHundredK: number; claims: number }[] = [];
for (const length of [100_000, 200_000, 400_000]) {
  const runs: number[] = [];
  let claims = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    claims = (await checkText(ctx, { text: textOf(length), asOf: '2024-12-31' })).claims.length;
    runs.push(performance.now() - start);
  }
  rates.push({ length, perHundredK: median(runs) / (length / 100_000), claims });
}
await store.close();
console.log('\nlong texts (the real texts repeated, against the demo; medians of 3)');
for (const r of rates) {
  console.log(
    `  ${r.length.toLocaleString('en').padStart(7)} characters: ${r.perHundredK.toFixed(0).padStart(5)} ms per 100k (${(r.perHundredK / rates[0]!.perHundredK).toFixed(2)}× the 100k rate), ${r.claims} claims`,
  );
}
