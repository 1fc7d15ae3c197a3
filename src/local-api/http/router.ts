import type { Route } from './route.js';
import type { Dialect } from './version.js';

interface CompiledRoute extends Route {
  segments: string[];
  literalCount: number;
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  /** The path exists, but only in the other dialect (e.g. `/users` under 2.x). */
  | { kind: 'wrong-dialect' }
  /** The path exists, but not with this method. */
  | { kind: 'wrong-method' }
  | { kind: 'none' };

/** Matches method + path + dialect to a route; literal segments win over `:params` (`/users/scroll` over `/users/:id`). */
export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.routes = routes
      .map((route) => {
        const segments = split(route.path);
        return { ...route, segments, literalCount: segments.filter((s) => !s.startsWith(':')).length };
      })
      .sort((a, b) => b.literalCount - a.literalCount);
  }

  match(method: string, path: string, dialect: Dialect): Match {
    const parts = split(path);
    let sawWrongDialect = false;
    let sawWrongMethod = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.dialect !== 'any' && route.dialect !== dialect) {
        sawWrongDialect = true;
        continue;
      }
      if (route.method !== method) {
        sawWrongMethod = true;
        continue;
      }
      return { kind: 'found', route, params };
    }
    if (sawWrongMethod) return { kind: 'wrong-method' };
    if (sawWrongDialect) return { kind: 'wrong-dialect' };
    return { kind: 'none' };
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const part = parts[i]!;
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    } else if (p !== part) {
      return undefined;
    }
  }
  return params;
}
