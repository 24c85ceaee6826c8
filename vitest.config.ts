import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/support/ensure-data.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Several suites run the whole pipeline in beforeAll: seconds on a quiet machine, far more on a loaded one.
    hookTimeout: 120_000,
  },
});
