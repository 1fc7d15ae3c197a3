/**
 * Serves a folder of built files (a frontend's `dist/`) under one path, e.g. `/explorer/`: GET and
 * HEAD only (anything else is 405), never a file outside the folder (`..`, encoded separators and
 * symlinks that lead out are refused), content types by extension, `index.html` for the folder
 * itself. Hashed assets are cached for a year; `index.html` is revalidated so a new build is seen at
 * once. A strict Content-Security-Policy keeps the page to its own scripts and its own origin.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

export interface StaticFilesOptions {
  /** The URL path the folder appears at, without a trailing slash, e.g. '/explorer'. */
  mountPath: string;
  /** The folder served (absolute). */
  root: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
};

export function useStaticFiles(options: StaticFilesOptions): Plugin {
  const mount = options.mountPath.replace(/\/+$/, '');
  let rootReal: Promise<string> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname, search } = url;
      if (pathname !== mount && !pathname.startsWith(`${mount}/`)) return;
      const { Response } = fetchAPI;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new Response('Method not allowed: only GET and HEAD\n', { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' } }));
      }
      // The folder itself lives at `${mount}/`, so relative asset URLs resolve under it.
      if (pathname === mount) return endResponse(new Response(null, { status: 308, headers: { location: `${mount}/${search}` } }));

      const file = await resolveInside((rootReal ??= realpath(options.root)), pathname.slice(mount.length + 1));
      if (file === undefined) {
        return endResponse(new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } }));
      }
      const body = await readFile(file);
      const isIndex = path.basename(file) === 'index.html';
      const headers = {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': String(body.byteLength),
        'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
        ...SECURITY_HEADERS,
      };
      endResponse(new Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}

/** The regular file `relative` names inside `root`, or undefined when there is none or it would lead out. */
async function resolveInside(rootPromise: Promise<string>, relative: string): Promise<string | undefined> {
  // An encoded separator or NUL names no file of a built folder: refuse it before decoding.
  if (/%(2f|5c|00)/i.test(relative)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const root = await rootPromise.catch(() => undefined);
  if (root === undefined) return undefined;
  let candidate = path.join(root, ...segments.filter((segment) => segment !== ''));
  try {
    if ((await stat(candidate)).isDirectory()) candidate = path.join(candidate, 'index.html');
    // Symlinks are followed only when they stay inside the folder.
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
