/**
 * `npm run bench:cold-start [-- --runs N]`: only the cold start of the compiled gateway, as production
 * runs it (`node dist/cli/main.js serve` on a configured upstream, NODE_ENV=production): ms from spawn
 * to the first 200 answer, for `{ __typename }` (no upstream call) and for a real query (`{ tags { name } }`,
 * one upstream call). Prints the runs and medians; the full suite (npm run bench) keeps its own.
 */
import { parseArgs } from 'node:util';
import { startLocalApi } from '../src/local-api/index.js';
import { measureColdStart, median } from './gateway/cold-start.js';
import { BENCH_TOKEN } from './gateway/upstream.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(`bench:cold-start: --runs must be a whole number from 1 to 50, got '${values.runs}'`);
  process.exit(2);
}

const api = await startLocalApi({ port: 0, seed: 'demo', tokens: [BENCH_TOKEN] });
try {
  const queries = { '{ __typename }': '{ __typename }', 'first real query': '{ tags { name } }' } as const;
  for (const [label, query] of Object.entries(queries)) {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) times.push((await measureColdStart(api.url, query)).firstAnswerMs);
    const shown = times.map((ms) => ms.toFixed(0)).join(', ');
    console.log(`${label.padEnd(18)} median ${median(times)!.toFixed(0)} ms  (runs: ${shown})`);
  }
} finally {
  await api.close();
}
