/**
 * Test helpers for the 1.x dialect: a local API started empty, and a client that talks to it the way
 * the old intercom-client did (Basic auth with the token and an empty password, no Intercom-Version
 * header, so the service's default 1.4 applies).
 */
import { expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApi, type LocalApi, type LocalApiOptionsInput } from '../../src/local-api/index.js';

export interface SegmentDefinition {
  name: string;
  person_type: 'user' | 'contact';
  query: unknown;
}

/** Writes segment definitions where `segmentsFile` can load them. */
export function writeSegmentsFile(segments: SegmentDefinition[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'segments-'));
  const file = join(dir, 'segments.json');
  writeFileSync(file, JSON.stringify(segments));
  return file;
}

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export interface V1Client {
  api: LocalApi;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  del(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** GETs an absolute URL as given (the old SDK's `nextPage(pages)`). */
  getUrl(url: string): Promise<Answer>;
}

export async function startV1(options: LocalApiOptionsInput = {}): Promise<V1Client> {
  const api = await startLocalApi({ port: 0, seed: 'none', ...options });
  const authorization = 'Basic ' + Buffer.from(`${api.token}:`).toString('base64');
  const send = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers };
  };
  return {
    api,
    get: (path, headers) => send('GET', api.url + path, undefined, headers),
    post: (path, body, headers) => send('POST', api.url + path, body, headers),
    del: (path, headers) => send('DELETE', api.url + path, undefined, headers),
    getUrl: (url) => send('GET', url),
  };
}

/** The first error of an `error.list` answer. */
export function firstError(answer: Answer): { code: string; message: string; field?: string } {
  expect(answer.body?.type).toBe('error.list');
  return answer.body.errors[0];
}
