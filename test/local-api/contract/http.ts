/** A tiny HTTP client for local-API tests: real requests, JSON in and out, one Intercom-Version. */
import type { LocalApi } from '../../../src/local-api/index.js';

export interface JsonReply {
  status: number;
  // Tests read arbitrary fields from the body; `any` keeps the assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function apiClient(api: LocalApi, version = '2.11') {
  async function request(method: Method, path: string, body?: unknown): Promise<JsonReply> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${api.token}`,
      'intercom-version': version,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(api.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers };
  }
  return {
    request,
    get: (path: string) => request('GET', path),
    post: (path: string, body?: unknown) => request('POST', path, body),
    put: (path: string, body?: unknown) => request('PUT', path, body),
    del: (path: string, body?: unknown) => request('DELETE', path, body),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
