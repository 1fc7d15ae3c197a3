/**
 * The gateway's /explorer/ route over a built folder: files with their content types, index.html for
 * the folder, GET and HEAD only, and nothing outside the folder however the path is spelt (dot
 * segments, encoded dots and separators, a symlink leading out). Raw HTTP on 127.0.0.1, so paths
 * reach the gateway exactly as written (fetch would normalise them first). The explorer's manifest
 * is loaded with it: its document ids run, and no upstream is called for a static file.
 */
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import type { UpstreamCall } from '../../src/intercom/client.js';
import { sha256Id } from '../../src/gateway/trusted-documents/manifest.js';

const DOCUMENT = 'query ExplorerStaticTags { tags { name } }';

function raw(url: string, requestPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: requestPath, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the explorer static route', () => {
  let dir: string;
  let gateway: RunningGateway;
  const calls: UpstreamCall[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'explorer-static-'));
    mkdirSync(path.join(dir, 'dist', 'assets'), { recursive: true });
    mkdirSync(path.join(dir, 'src', 'gql'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(path.join(dir, 'dist', 'assets', 'app-1234.js'), 'console.log("explorer")');
    writeFileSync(path.join(dir, 'dist', 'assets', 'app-1234.css'), 'body{}');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the served folder');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'dist', 'assets', 'link.txt'));
    writeFileSync(path.join(dir, 'src', 'gql', 'persisted-documents.json'), JSON.stringify({ [sha256Id(DOCUMENT)]: DOCUMENT }));
    gateway = await startGateway({ host: '127.0.0.1', port: 0 }, { logging: false, explorerDir: dir, onCall: (call) => calls.push(call) });
  });

  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the folder with content types, index.html for the folder, and a redirect to it', async () => {
    const index = await raw(gateway.url, '/explorer/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(index.body).toContain('<title>explorer</title>');
    const script = await raw(gateway.url, '/explorer/assets/app-1234.js');
    expect([script.status, script.headers['content-type'], script.body]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("explorer")']);
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await raw(gateway.url, '/explorer/assets/app-1234.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const redirect = await raw(gateway.url, '/explorer');
    expect([redirect.status, redirect.headers.location]).toEqual([308, '/explorer/']);
    const head = await raw(gateway.url, '/explorer/assets/app-1234.js', 'HEAD');
    expect([head.status, head.headers['content-length'], head.body]).toEqual([200, String('console.log("explorer")'.length), '']);
    expect(calls).toEqual([]);
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await raw(gateway.url, '/explorer/index.html', method);
      expect([method, response.status, response.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
    }
  });

  it('never serves a file outside the folder', async () => {
    const attempts = [
      '/explorer/../secret.txt',
      '/explorer/assets/../../secret.txt',
      '/explorer/%2e%2e/secret.txt',
      '/explorer/%2E%2E%2Fsecret.txt',
      '/explorer/..%2fsecret.txt',
      '/explorer/..%5csecret.txt',
      '/explorer/assets/link.txt',
      '/explorer/%00',
      '/explorer/%E0%A4%A',
      '/explorer/missing.js',
    ];
    for (const attempt of attempts) {
      const response = await raw(gateway.url, attempt);
      expect([attempt, response.status]).toEqual([attempt, 404]);
      expect(response.body).not.toContain('outside the served folder');
    }
  });

  it("loads the explorer's manifest: its document ids run", async () => {
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: sha256Id(DOCUMENT) }),
    });
    const json = (await response.json()) as { data?: { tags: Array<{ name: string }> } };
    expect(json.data?.tags.length).toBeGreaterThan(0);
  });

  it('refuses to start on a folder that was never built', async () => {
    await expect(startGateway({ host: '127.0.0.1', port: 0 }, { logging: false, explorerDir: path.join(dir, 'nothing-here') })).rejects.toThrow(
      /No explorer build/,
    );
  });
});
