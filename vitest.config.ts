import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file starts its own servers on 127.0.0.1 with port 0, so files run in parallel safely.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
