import { defineConfig } from 'vitest/config';

/**
 * Files that measure the gateway under load or against the clock (RSS and /health latency under
 * attack, 60 s of replicas on one rate budget, rate windows, browsers). They run after the rest, one
 * file at a time, so what they measure is the gateway and not the other test files sharing 2 cores.
 * `npm test` runs both sets: `TEST_SET=parallel` (everything else, files in parallel), then
 * `TEST_SET=serial`; with no TEST_SET, vitest runs every file.
 */
const SERIAL = [
  'test/gateway/bounded-load.test.ts',
  'test/gateway/replicas.test.ts',
  'test/gateway/redis-fault.test.ts',
  'test/gateway/pacing.test.ts',
  'test/gateway/hostile-requests.test.ts',
  'test/browser/**/*.test.ts',
];
const set = process.env['TEST_SET'];

export default defineConfig({
  resolve: {
    // graphql@16 ships CJS (main) and ESM (module) copies. Node loads graphql-yoga's import of it as the
    // CJS copy while Vite would give our sources the ESM one: two GraphQLError classes, so yoga would
    // mask our own GraphQLErrors. Pin our imports to the copy Node loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: set === 'serial' ? SERIAL : ['test/**/*.test.ts'],
    exclude: set === 'parallel' ? ['**/node_modules/**', ...SERIAL] : ['**/node_modules/**'],
    fileParallelism: set !== 'serial',
    // Every test file starts its own servers on 127.0.0.1 with port 0, so files run in parallel safely.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
