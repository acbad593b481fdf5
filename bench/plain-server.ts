import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

/**
 * The framework's ceiling for a payload: plain Fastify answering every request with the same
 * object (read from the file named on the command line), serialised as Amity's answers are.
 */
const body = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as unknown;
const app = Fastify({ logger: false });
app.get('/', async () => body);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`${address}/`);
