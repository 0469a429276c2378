// End-to-end tests: the built extension in real headless Chromium and Firefox ESR
// (tests/e2e/harness.ts). Run with `npm run test:e2e`, which builds the test packages first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    // Two cores: one browser pair at a time.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
