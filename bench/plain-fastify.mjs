// The baseline of bench/start.bench.ts: a plain Fastify process, started as Amity is, with its
// health routes. `--help` makes it stop as soon as it is ready, as `amity --help` does.
import Fastify from 'fastify';

const app = Fastify();
app.get('/healthz', async () => ({ ok: true }));
app.get('/readyz', async () => ({ ok: true }));
await app.ready();
if (process.argv.includes('--help')) {
  process.stdout.write('a plain Fastify process\n');
  process.exit(0);
}
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write(`listening at http://127.0.0.1:${port}/\n`);
