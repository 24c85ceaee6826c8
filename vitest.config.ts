import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/support/ensure-data.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
