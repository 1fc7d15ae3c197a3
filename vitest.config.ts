import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql@16 ships CJS (main) and ESM (module) copies. Node loads graphql-yoga's import of it as the
    // CJS copy while Vite would give our sources the ESM one: two GraphQLError classes, so yoga would
    // mask our own GraphQLErrors. Pin our imports to the copy Node loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file starts its own servers on 127.0.0.1 with port 0, so files run in parallel safely.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
