/**
 * Trusted-documents manifests: JSON objects mapping a document id to the document's text, as
 * graphql-codegen's client preset writes them with `persistedDocuments` (ids `sha256:<hex>`, the
 * GraphQL-over-HTTP persisted-documents format). Several manifests merge into one store. A
 * `sha256:` id must be the SHA-256 of its document — checked at load, so a manifest edited by
 * hand cannot make a known id run a different operation.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** A manifest that cannot be loaded; the message names the file and the entry. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export interface TrustedDocumentStore {
  /** The document for an id; APQ-style bare hex ids are read as `sha256:<hex>`. */
  get(id: string): string | undefined;
  readonly size: number;
}

const SHA256_ID = /^sha256:[0-9a-f]{64}$/;
const ID_PATTERN = /^[A-Za-z0-9:_.-]{1,200}$/;

export async function loadTrustedDocuments(files: readonly string[]): Promise<TrustedDocumentStore> {
  const documents = new Map<string, string>();
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ManifestError(`persisted documents manifest ${file}: ${code ? `cannot be read (${code})` : `is not valid JSON (${(error as Error).message})`}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new ManifestError(`persisted documents manifest ${file}: must be a JSON object of id -> document`);
    }
    for (const [id, document] of Object.entries(json)) {
      if (!ID_PATTERN.test(id)) throw new ManifestError(`persisted documents manifest ${file}: id '${id.slice(0, 80)}' is not a document id`);
      if (typeof document !== 'string' || document.trim() === '') {
        throw new ManifestError(`persisted documents manifest ${file}: '${id}' must map to the document's text`);
      }
      if (SHA256_ID.test(id) && sha256Id(document) !== id) {
        throw new ManifestError(`persisted documents manifest ${file}: '${id}' is not the SHA-256 of its document (edited by hand?)`);
      }
      const known = documents.get(id);
      if (known !== undefined && known !== document) {
        throw new ManifestError(`persisted documents manifest ${file}: '${id}' maps to a different document in an earlier manifest`);
      }
      documents.set(id, document);
    }
  }
  return {
    get: (id) => documents.get(/^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id),
    get size() {
      return documents.size;
    },
  };
}

export function sha256Id(document: string): string {
  return `sha256:${createHash('sha256').update(document).digest('hex')}`;
}
