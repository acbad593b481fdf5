import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { workersCanOpen, workerUrl } from './pool.ts';

describe('the worker pool', () => {
  const before = process.env.AMITY_WORKER_URL;
  afterEach(() => {
    if (before === undefined) delete process.env.AMITY_WORKER_URL;
    else process.env.AMITY_WORKER_URL = before;
  });

  it('finds its worker beside itself, with its own extension', () => {
    delete process.env.AMITY_WORKER_URL;
    const file = fileURLToPath(workerUrl());
    expect(file.endsWith('/src/services/threads/worker.ts')).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  it('takes another worker module from AMITY_WORKER_URL, relative to the working directory', () => {
    process.env.AMITY_WORKER_URL = 'dist/worker.js';
    expect(fileURLToPath(workerUrl())).toBe(`${process.cwd()}/dist/worker.js`);
  });

  it('sends work to threads only for a database a thread can open', () => {
    expect([':memory:', '', undefined, '/srv/amity.db', 'postgres://db/amity'].map(workersCanOpen)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
