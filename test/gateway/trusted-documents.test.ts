/**
 * Trusted-documents manifests: `documents build` makes the same manifest codegen.ts commits (so a
 * frontend's ids match what the client preset sends), and a manifest the gateway cannot trust does
 * not load.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocumentsCommand } from '../../src/cli/documents.js';
import { loadTrustedDocuments, ManifestError, sha256Id } from '../../src/gateway/trusted-documents/manifest.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gg-docs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manifest(name: string, contents: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return file;
}

describe('documents build', () => {
  it("writes the same manifest as the project's codegen for the same documents", async () => {
    const out = path.join(dir, 'built.json');
    const messages: string[] = [];
    const status = await runDocumentsCommand(
      ['build', '--documents', 'bench/queries/**/*.graphql', '--documents', 'test/gateway/documents/**/*.graphql', '--out', out],
      { out: (line) => messages.push(line), err: (line) => messages.push(line) },
    );
    expect(status).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile('test/gql/persisted-documents.json', 'utf8'));
    expect(messages.join('\n')).toMatch(/Wrote \d+ trusted document\(s\)/);
  }, 60_000);

  it('refuses operations the schema does not have, with exit status 2', async () => {
    const bad = path.join(dir, 'bad.graphql');
    await writeFile(bad, 'query Bad { tags { noSuchField } }');
    const messages: string[] = [];
    const status = await runDocumentsCommand(['build', '--documents', bad, '--out', path.join(dir, 'never.json')], {
      out: (line) => messages.push(line),
      err: (line) => messages.push(line),
    });
    expect(status).toBe(2);
    expect(messages.join('\n')).toContain('noSuchField');
  }, 60_000);
});

describe('loading manifests', () => {
  it('serves documents by sha256 id, and by the bare hex APQ sends', async () => {
    const document = '{ tags { name } }';
    const store = await loadTrustedDocuments([await manifest('ok.json', { [sha256Id(document)]: document, 'custom-id': '{ counts { users } }' })]);
    expect(store.get(sha256Id(document))).toBe(document);
    expect(store.get(sha256Id(document).slice('sha256:'.length))).toBe(document);
    expect(store.get('custom-id')).toBe('{ counts { users } }');
    expect(store.size).toBe(2);
  });

  it('refuses a manifest whose sha256 id is not the hash of its document', async () => {
    const file = await manifest('forged.json', { [sha256Id('{ tags { name } }')]: 'mutation { deleteTag(id: "1") { __typename } }' });
    await expect(loadTrustedDocuments([file])).rejects.toThrow(/is not the SHA-256 of its document/);
  });

  it('refuses two manifests that give one id different documents, bad JSON and wrong shapes', async () => {
    const a = await manifest('a.json', { shared: '{ tags { name } }' });
    const b = await manifest('b.json', { shared: '{ segments { name } }' });
    await expect(loadTrustedDocuments([a, b])).rejects.toThrow(/maps to a different document/);
    await expect(loadTrustedDocuments([await manifest('bad.json', '{"x":')])).rejects.toThrow(ManifestError);
    await expect(loadTrustedDocuments([await manifest('list.json', ['{ tags { name } }'])])).rejects.toThrow(/must be a JSON object/);
    await expect(loadTrustedDocuments([await manifest('empty.json', { id: '' })])).rejects.toThrow(/must map to the document's text/);
    await expect(loadTrustedDocuments([path.join(dir, 'missing.json')])).rejects.toThrow(/cannot be read \(ENOENT\)/);
  });
});
