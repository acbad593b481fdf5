// `node --import ./start-cpu.mjs …`: when the server first answers /readyz with 200, writes the
// process's CPU time until then (user and system, every thread, in ms) to the file
// AMITY_BENCH_CPU names. A figure the machine's load changes less than the time on the clock.
import { writeFileSync } from 'node:fs';
import http from 'node:http';

const emit = http.Server.prototype.emit;
let written = false;
http.Server.prototype.emit = function emitAndNote(...args) {
  const [event, request, response] = args;
  if (!written && event === 'request' && request.url === '/readyz') {
    response.once('finish', () => {
      if (written || response.statusCode !== 200) return;
      written = true;
      const { user, system } = process.cpuUsage();
      writeFileSync(process.env.AMITY_BENCH_CPU, String((user + system) / 1000));
    });
  }
  return emit.apply(this, args);
};
