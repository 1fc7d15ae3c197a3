/**
 * Intercom's official 2.11 OpenAPI description (MIT licensed), copied unchanged from
 * github.com/intercom/Intercom-OpenAPI `descriptions/2.11/api.intercom.io.yaml` into
 * `spec/intercom-2.11.yaml`, and the one repair every user of it needs. Both the generator of the
 * gateway's upstream types (scripts/generate-intercom-types.ts) and the local API's contract tests
 * read it through here, so they see the same document.
 *
 * The repair: 2.11 references `#/components/schemas/custom_attributes` (conversation custom
 * attributes) without defining it, so dereferencing fails; the schema is added as a plain object,
 * the loosest reading of the later specs (2.14 defines it as an object of string / integer /
 * datetime / object-list values).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const SPEC_FILE = fileURLToPath(new URL('./intercom-2.11.yaml', import.meta.url));

export interface SpecDocument {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

/** A fresh, repaired copy of the spec on every call: callers may change what they get. */
export function readIntercomSpec(): SpecDocument {
  const document = parse(readFileSync(SPEC_FILE, 'utf8'), { maxAliasCount: -1 }) as SpecDocument;
  document.components.schemas.custom_attributes ??= { title: 'Custom Attributes', type: 'object' };
  return document;
}
