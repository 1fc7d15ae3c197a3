import { readFileSync } from 'node:fs';
import type { Db } from './db/open.js';
import { ApiError } from './http/errors.js';
import { segmentDefinitionSchema, upsertSegment } from './store/segments.js';

/**
 * Loads segment definitions (saved 2.x search queries) from a JSON file at start: an array of
 * `{ name, person_type?, query }`, upserted by name in one transaction. Segments may refer to each
 * other with segment_id in any order. A bad file fails the start with a message naming the file and
 * the entry, and changes nothing.
 */
export function loadSegmentsFile(db: Db, file: string, now: number): void {
  const fail = (problem: string): never => {
    throw new Error(`Segments file ${file}: ${problem}`);
  };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) return fail('must hold a JSON array of { name, person_type?, query } objects');

  const definitions = entries.map((entry, index) => {
    const parsed = segmentDefinitionSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    return fail(`entry ${index} (${describe(entry)}): ${issue.path.join('.') || 'entry'}: ${issue.message}`);
  });
  const names = new Set<string>();
  definitions.forEach((definition, index) => {
    if (names.has(definition.name)) fail(`entry ${index}: the name '${definition.name}' appears twice`);
    names.add(definition.name);
  });

  db.transaction(() => {
    // Save all first, then check each, so a segment_id may point at a segment defined later in the file.
    definitions.forEach((definition, index) => runEntry(index, definition.name, () => upsertSegment(db, definition, now, { check: false })));
    definitions.forEach((definition, index) => runEntry(index, definition.name, () => upsertSegment(db, definition, now)));
  })();

  function runEntry(index: number, name: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      if (error instanceof ApiError) fail(`entry ${index} ('${name}'): ${error.message}`);
      throw error;
    }
  }
}

function describe(entry: unknown): string {
  const name = entry !== null && typeof entry === 'object' ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? `'${name}'` : 'unnamed';
}
