/**
 * Validates local-API responses against Intercom's official 2.11 OpenAPI description with
 * openapi-backend (Ajv underneath) — we do not write a validator of our own.
 *
 * The spec is loaded once per test file, through spec/intercom-spec.ts (which applies the one repair
 * 2.11 needs; the gateway's generated types are made from the same document).
 *
 * `quick: true` skips openapi-backend's own check of the document against the OpenAPI 3 meta-schema,
 * which the 2.11 file fails (Canvas Kit schemas with `$ref` siblings) although every path we test is
 * well-formed, and dereferences with OpenAPI 3.0 semantics: keywords beside a `$ref` are ignored, so
 * `next: {$ref: starting_after_paging, nullable: true}` does not accept null. Formats (email, uuid, date-time) are checked with ajv-formats, which openapi-backend
 * would otherwise ignore; `uri` is not (see customizeAjv).
 */
import { OpenAPIBackend, ValidationContext } from 'openapi-backend';
import ajvFormats from 'ajv-formats';
import type { JsonReply } from './http.js';
import { readIntercomSpec, type SpecDocument } from '../../../spec/intercom-spec.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object, whose `default` is the plugin.
const addFormats = ajvFormats.default;


let loaded: Promise<OpenAPIBackend> | undefined;

/** The spec as an initialised openapi-backend instance (parsed and dereferenced once). */
export function loadSpec(): Promise<OpenAPIBackend> {
  loaded ??= (async () => {
    const document = readIntercomSpec();
    // strict: a spec that fails to load or dereference must fail the tests, not warn and validate nothing.
    const api = new OpenAPIBackend({
      definition: document as never,
      strict: true,
      quick: true,
      customizeAjv: (ajv) => {
        addFormats(ajv, ['email', 'uuid', 'date-time', 'date', 'time']);
        // The 2.11 file puts `format: uri` on values that are not URIs — `type: "note"` and the relative
        // `/contacts/{id}/tags` urls of its own examples, which real Intercom sends — so it is an annotation.
        ajv.addFormat('uri', true);
        return ajv;
      },
    });
    await api.init();
    return api;
  })();
  return loaded;
}

export interface ValidationProblem {
  operationId: string;
  status: number;
  errors: string[];
}

/**
 * Checks one response against the named operation's schema for its status code. A status the
 * operation does not document is checked against the spec's shared `error` schema when it is an
 * error (every Intercom error is an `error.list`); an undocumented success status is a problem.
 */
export async function validateReply(operationId: string, reply: Pick<JsonReply, 'status' | 'body'>): Promise<ValidationProblem | null> {
  const api = await loadSpec();
  const operation = api.getOperation(operationId);
  if (!operation) throw new Error(`The 2.11 spec has no operation '${operationId}'`);
  const documented = Object.keys(operation.responses ?? {});
  const matches = documented.some((code) => code === String(reply.status) || code === `${Math.floor(reply.status / 100)}XX` || code === 'default');
  let errors: string[];
  if (matches) {
    const result = api.validator.validateResponse(reply.body, operation, reply.status);
    errors = (result.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  } else if (reply.status >= 400) {
    errors = validateAgainst(api, 'error', reply.body);
  } else {
    errors = [`status ${reply.status} is not documented for ${operationId} (documented: ${documented.join(', ')})`];
  }
  return errors.length === 0 ? null : { operationId, status: reply.status, errors };
}

const compiled = new Map<string, (data: unknown) => boolean>();

/** Validates against a named component schema with openapi-backend's own configured Ajv. */
function validateAgainst(api: OpenAPIBackend, schemaName: string, data: unknown): string[] {
  let validate = compiled.get(schemaName) as ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
  if (!validate) {
    const schema = (api.definition as unknown as SpecDocument).components.schemas[schemaName];
    if (!schema) throw new Error(`The 2.11 spec has no schema '${schemaName}'`);
    const ajv = api.validator.getAjv(ValidationContext.Response);
    validate = ajv.compile(schema as object) as typeof validate;
    compiled.set(schemaName, validate);
  }
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** A readable failure message listing each mismatch. */
export function describeProblem(problem: ValidationProblem): string {
  return `${problem.operationId} ${problem.status}:\n  ${problem.errors.slice(0, 20).join('\n  ')}`;
}

/** Checks any error body against the spec's shared `error` schema (the `error.list` envelope). */
export async function validateErrorEnvelope(body: unknown): Promise<string[]> {
  return validateAgainst(await loadSpec(), 'error', body);
}
