import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, REGENERATE_COMMAND, generateIntercomTypes } from '../../scripts/generate-intercom-types.js';

describe('generated Intercom types', () => {
  it('match spec/intercom-2.11.yaml', async () => {
    const committed = readFileSync(GENERATED_FILE, 'utf8');
    const fresh = await generateIntercomTypes();
    // A bare string diff of 13 000 lines helps nobody: say what is wrong and how to fix it.
    if (committed !== fresh) {
      expect.fail(`src/intercom/generated/intercom-2.11.ts is out of date with spec/intercom-2.11.yaml; run \`${REGENERATE_COMMAND}\` and commit the result`);
    }
    expect(committed.startsWith(`// Generated from spec/intercom-2.11.yaml`)).toBe(true);
  });
});
