import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Browser tests walk through whole tasks (sign in, check a text, record a visit …); on a busy
    // two-core machine one such walk can take most of a minute.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    globalSetup: ['test/support/global-setup.ts'],
  },
});
