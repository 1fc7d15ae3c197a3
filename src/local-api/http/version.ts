import { ApiError } from './errors.js';

/** The versions Intercom's `Intercom-Version` header accepts (2.16 spec enum), plus the old `Unstable`. */
export const V1_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4'] as const;
export const V2_VERSIONS = Array.from({ length: 17 }, (_, minor) => `2.${minor}`);
export const KNOWN_VERSIONS: readonly string[] = [...V1_VERSIONS, ...V2_VERSIONS, 'Unstable', 'Preview'];

export type Dialect = 'v1' | 'v2';

export function dialectOf(version: string): Dialect {
  return version.startsWith('1.') ? 'v1' : 'v2';
}

/** Compares two known versions; 'Unstable'/'Preview' sort after every numbered one. */
export function versionAtLeast(version: string, min: string): boolean {
  const rank = (v: string) => {
    const m = /^(\d+)\.(\d+)$/.exec(v);
    return m ? Number(m[1]) * 1000 + Number(m[2]) : Number.MAX_SAFE_INTEGER;
  };
  return rank(version) >= rank(min);
}

/** The request's version: its header if present (and valid), else the service's default. */
export function resolveVersion(header: string | undefined, defaultVersion: string): string {
  if (header === undefined || header === '') return defaultVersion;
  const version = header.trim();
  if (!KNOWN_VERSIONS.includes(version)) {
    throw new ApiError(400, 'intercom_version_invalid', `Intercom-Version '${version}' is not a valid API version`);
  }
  return version;
}
