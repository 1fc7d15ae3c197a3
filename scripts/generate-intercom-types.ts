/**
 * `npm run intercom:types`: writes src/intercom/generated/intercom-2.11.ts, the TypeScript types of
 * Intercom's 2.11 OpenAPI description (spec/intercom-2.11.yaml), with openapi-typescript. The file is
 * committed; test/gateway/intercom-types.test.ts fails when it no longer matches the spec.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { readIntercomSpec } from '../spec/intercom-spec.js';

export const GENERATED_FILE = fileURLToPath(new URL('../src/intercom/generated/intercom-2.11.ts', import.meta.url));
export const REGENERATE_COMMAND = 'npm run intercom:types';

const BANNER = `// Generated from spec/intercom-2.11.yaml by openapi-typescript. Do not edit: run \`${REGENERATE_COMMAND}\`.\n`;

/** The generated module's text, exactly as `npm run intercom:types` writes it. */
export async function generateIntercomTypes(): Promise<string> {
  const ast = await openapiTS(readIntercomSpec() as never, { alphabetize: false });
  return BANNER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED_FILE, await generateIntercomTypes());
  console.log(`wrote ${GENERATED_FILE}`);
}
