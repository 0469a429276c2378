// Unit and DOM tests. End-to-end browser tests have their own config (vitest.e2e.config.ts).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/*.test.ts', 'tests/{engine,ingest,data,utils,scripts,unit,property}/**/*.test.ts', 'tests/dom/**/*.test.ts?(x)'],
    testTimeout: 20_000,
  },
});
