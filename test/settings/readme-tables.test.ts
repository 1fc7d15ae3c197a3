/**
 * README's flag tables against the declarations they describe: every flag, its variable and its
 * default, and no row for a flag that no longer exists. The declarations are the one source; this
 * keeps the README's copy of them honest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GATEWAY_SETTINGS } from '../../src/gateway/config.js';
import { LOCAL_API_SETTINGS } from '../../src/local-api/index.js';
import { flagSettings, shown, type Settings } from '../../src/settings/index.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The flag rows of the first table after `heading`: flag, variable, default cell. */
function flagRows(heading: string): Array<{ flag: string; env: string; fallback: string }> {
  const section = README.slice(README.indexOf(`\n${heading}\n`));
  expect(section.length).toBeLessThan(README.length);
  const table = /\n(\|.*\|\n)+/.exec(section.slice(section.indexOf('\n| flag |')))![0];
  return table
    .trim()
    .split('\n')
    .map((row) => row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()))
    .filter(([first]) => first?.startsWith('`--'))
    .map(([first, env, fallback]) => ({ flag: /^`--([a-z-]+)/.exec(first!)![1]!, env: env!, fallback: fallback! }));
}

function expectTableMatches(settings: Settings, heading: string) {
  const rows = flagRows(heading);
  const declared = flagSettings(settings);
  expect(rows.map((row) => row.flag).sort()).toEqual(declared.map(({ setting }) => setting.flag).sort());
  for (const { setting } of declared) {
    const row = rows.find((candidate) => candidate.flag === setting.flag)!;
    expect(row.env, `--${setting.flag}`).toBe(`\`${setting.env}\``);
    const fallback = setting.default === undefined ? '' : Array.isArray(setting.default) ? setting.default.join(',') : shown(setting.default);
    if (fallback === '') expect(row.fallback, `--${setting.flag}`).toBe('');
    else expect(row.fallback.startsWith(`\`${fallback}\``), `--${setting.flag}: README says ${row.fallback}, the declaration ${fallback}`).toBe(true);
  }
}

describe('README flag tables', () => {
  it('Configuration lists every serve flag with its variable and default', () => {
    expectTableMatches(GATEWAY_SETTINGS, '## Configuration');
  });

  it('The local grouping API lists every local-api flag with its variable and default', () => {
    expectTableMatches(LOCAL_API_SETTINGS, '## The local grouping API');
  });
});
