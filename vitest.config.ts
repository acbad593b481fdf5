import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The web app's modules name the shared ones as web/vite.config.ts does.
  resolve: { alias: { '@domain': here('./src/domain'), '@records': here('./src/records') } },
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
