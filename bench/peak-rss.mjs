// `node --import ./peak-rss.mjs …`: at exit, writes the process's peak resident memory in bytes
// to the file AMITY_BENCH_RSS names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.AMITY_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024)));
