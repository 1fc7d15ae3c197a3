import { z } from 'zod';
import { KNOWN_VERSIONS } from './http/version.js';
import { FAULT_KINDS } from './http/faults.js';

/** The fault injection a test can ask for: each request, with probability `rate`, fails in one of `kinds`. */
export const faultOptionsSchema = z
  .object({
    /** Added to every response, in milliseconds. */
    latencyMs: z.number().int().min(0).max(60_000).default(0),
    /** Fraction of requests (0–1) answered with one of `kinds` instead of the real answer. */
    rate: z.number().min(0).max(1).default(0),
    kinds: z
      .array(z.enum(FAULT_KINDS))
      .min(1)
      .default(['5xx']),
    /** Seed for the fault dice, so a failing test can be replayed. */
    seed: z.number().int().default(1),
  })
  .strict();

export const seedOptionSchema = z.union([z.literal('demo'), z.literal('none'), z.number().int().min(1).max(10_000_000)]);

export const localApiOptionsSchema = z
  .object({
    /** Loopback unless an operator asks otherwise. */
    host: z.string().min(1).default('127.0.0.1'),
    /** 0 picks a free port (tests). */
    port: z.number().int().min(0).max(65_535).default(4010),
    /** A SQLite file, or ':memory:'. */
    db: z.string().min(1).default(':memory:'),
    seed: seedOptionSchema.default('demo'),
    /** Access tokens the service accepts (Bearer, or Basic with an empty password). */
    tokens: z.array(z.string().min(1)).min(1).default(['dev-token']),
    /** The version used when a request sends no Intercom-Version header. */
    defaultVersion: z
      .string()
      .refine((v) => KNOWN_VERSIONS.includes(v), { message: `must be one of ${KNOWN_VERSIONS.join(', ')}` })
      .default('1.4'),
    /** Requests per minute per token, spent in 10-second windows. */
    rateLimit: z.number().int().min(6).default(10_000),
    /** A JSON file of segment definitions loaded at start. */
    segmentsFile: z.string().min(1).optional(),
    /** Guards the admin-only segment route; without it that route is off. */
    adminToken: z.string().min(1).optional(),
    /** Override of the absolute base URL used in 1.x `pages.next` links. */
    publicUrl: z.string().url().optional(),
    faults: faultOptionsSchema.optional(),
    /** Keep every received request in `LocalApi.received` (tests count upstream calls there). */
    recordRequests: z.boolean().default(false),
    /** Print seeding progress (a terminal progress bar) to stderr. */
    progress: z.boolean().default(false),
  })
  .strict();

export type LocalApiOptionsInput = z.input<typeof localApiOptionsSchema>;
export type LocalApiOptions = z.output<typeof localApiOptionsSchema>;
export type FaultOptions = z.output<typeof faultOptionsSchema>;
