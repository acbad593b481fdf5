import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachBackend, POSTGRES_URL } from '../support/backends.ts';

const AMITY = join(import.meta.dirname, '..', '..', 'bin', 'amity.js');

describeEachBackend(
  'amity serve',
  (_use, backend) => {
    it('finishes a request in flight on SIGTERM, then exits', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'amity-serve-'));
      const db = backend === 'sqlite' ? join(dir, 'amity.db') : `${POSTGRES_URL}?schema=t_serve_${randomBytes(4).toString('hex')}`;
      const env = { ...process.env, AMITY_DATABASE_URL: '' };
      try {
        execFileSync('node', [AMITY, '--db', db, 'user', 'add', '--email', 'ops@example.org', '--role', 'editor', '--password-stdin'], {
          input: 'a long enough password\n',
          env,
        });
        const token = execFileSync('node', [AMITY, '--db', db, 'token', 'create', '--email', 'ops@example.org'], { env }).toString().trim();

        const server = spawn('node', [AMITY, '--db', db, 'serve', '--port', '0', '--quiet'], { env });
        const port = await new Promise<number>((resolve, reject) => {
          let out = '';
          server.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
            if (m) resolve(Number(m[1]));
          });
          server.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
        });
        const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));

        const body = JSON.stringify({ kind: 'city', names: { en: 'Lastcall' }, country: 'FR' });
        const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/api/places',
              headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
            },
            (res) => {
              let text = '';
              res.on('data', (c: Buffer) => (text += c.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
            },
          );
          req.on('error', reject);
          req.write(body.slice(0, 10));
          // The request is in flight, half sent, when the server is told to stop.
          setTimeout(() => {
            server.kill('SIGTERM');
            setTimeout(() => req.end(body.slice(10)), 300);
          }, 200);
        });
        const { status, text } = await response;
        expect([status, text]).toEqual([201, expect.stringContaining('Lastcall')]);
        expect(await exited).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
  { registry: 'none' },
);
