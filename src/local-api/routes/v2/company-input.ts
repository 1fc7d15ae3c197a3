/** The 2.x company request bodies (2.11 `create_or_update_company_request`) as zod schemas. */
import { z } from 'zod';

/** Intercom stores monthly_spend as a 32-bit integer and truncates floats (155.98 → 155). */
export const MAX_MONTHLY_SPEND = 2 ** 31 - 1;

/** Kept exactly as sent (never trimmed: it is the customer's key), but not blank. */
const companyId = z
  .string()
  .max(255)
  .refine((id) => id.trim() !== '', { message: 'must not be blank' });

const customAttributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const companyFields = {
  name: z.string().max(255).nullable().optional(),
  plan: z.string().max(255).nullable().optional(),
  size: z.number().int().min(0).max(MAX_MONTHLY_SPEND).nullable().optional(),
  website: z.string().max(2048).nullable().optional(),
  industry: z.string().max(255).nullable().optional(),
  custom_attributes: z.record(z.string().min(1).max(190), customAttributeValue).optional(),
  remote_created_at: z.number().int().min(0).nullable().optional(),
  update_last_request_at: z.boolean().optional(),
  monthly_spend: z
    .number()
    .min(-MAX_MONTHLY_SPEND)
    .max(MAX_MONTHLY_SPEND, { message: `must be at most 2^31-1 (${MAX_MONTHLY_SPEND})` })
    .transform(Math.trunc)
    .optional(),
};

/** POST /companies: create or update by `company_id`. */
export const createOrUpdateCompanyBody = z
  .object({ company_id: companyId, ...companyFields })
  .strict();

/** PUT /companies/{id}: `company_id` may be repeated but never changed (checked by the route). */
export const updateCompanyBody = z
  .object({ company_id: companyId.optional(), ...companyFields })
  .strict();
