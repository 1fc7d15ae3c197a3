/**
 * The `--redis` setting (flag, environment variable, help, check). config.ts merges it into the
 * gateway's settings.
 */
import { checkRedisUrl } from './redis.js';

export const REDIS_SETTINGS = {
  redis: {
    flag: 'redis',
    env: 'REDIS_URL',
    help:
      'Redis URL (redis://host:port) shared by several gateway replicas: they then spend one upstream rate budget. ' +
      'Without it everything stays in this process; while Redis is down the gateway serves on local state',
    placeholder: 'URL',
  },
} as const;

export interface RedisConfigInput {
  redis?: string;
}

export interface RedisConfig {
  /** undefined: no Redis, every store is in-process. */
  redis: string | undefined;
}

/** Validates `redis`; a problem goes to `problems` as a sentence naming the setting (never echoing the URL, which may hold a password). */
export function parseRedisConfig(raw: Record<string, unknown>, label: (key: 'redis') => string, problems: string[]): RedisConfig {
  const value = raw['redis'];
  if (value === undefined) return { redis: undefined };
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push(`${label('redis')} must be a redis:// URL, got ${JSON.stringify(value)}`);
    return { redis: undefined };
  }
  const problem = checkRedisUrl(value.trim());
  if (problem) problems.push(`${label('redis')} ${problem}`);
  return { redis: problem ? undefined : value.trim() };
}
