/**
 * 1.x request bodies for people (`POST /users`, `POST /contacts`) and their mapping onto the store's
 * contact columns. Unknown keys are ignored, as the 1.x API did (old SDK scripts send whole objects back).
 */
import { z } from 'zod';
import type { ContactFields } from '../../store/contacts.js';
import { createOrUpdateCompanyBody } from '../v2/company-input.js';

/** Ids and user_ids arrive as strings, or as numbers from clients that read the docs' examples. */
export const identifier = z.union([z.string().trim().min(1).max(255), z.number().int()]).transform(String);

const timestamp = z.number().int().min(0).nullable();
const customAttributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A `companies[]` item: the company fields of `POST /companies`, plus `remove: true` to detach. */
export const companyDirective = createOrUpdateCompanyBody.extend({
  company_id: identifier,
  remove: z.boolean().optional(),
});
export type CompanyDirective = z.output<typeof companyDirective>;

export const personBody = z.object({
  id: z.string().trim().min(1).optional(),
  user_id: identifier.optional(),
  email: z.string().trim().max(255).nullable().optional(),
  phone: z.string().trim().max(255).nullable().optional(),
  name: z.string().max(255).nullable().optional(),
  avatar: z.object({ image_url: z.string().max(2048).nullable() }).optional(),
  signed_up_at: timestamp.optional(),
  /** Older name of signed_up_at. */
  remote_created_at: timestamp.optional(),
  last_request_at: timestamp.optional(),
  update_last_request_at: z.boolean().optional(),
  new_session: z.boolean().optional(),
  unsubscribed_from_emails: z.boolean().optional(),
  owner_id: identifier.nullable().optional(),
  custom_attributes: z.record(z.string().min(1).max(190), customAttributeValue).optional(),
  companies: z.array(companyDirective).max(100).optional(),
});
export type PersonBody = z.output<typeof personBody>;

/** The contact columns a 1.x body sets (identity keys and companies are handled by the routes). */
export function personFields(body: PersonBody, now: number, currentSessions = 0): ContactFields {
  const fields: ContactFields = {};
  if (body.email !== undefined) fields.email = body.email;
  if (body.phone !== undefined) fields.phone = body.phone;
  if (body.name !== undefined) fields.name = body.name;
  if (body.avatar !== undefined) fields.avatar = body.avatar.image_url;
  const signedUp = body.signed_up_at !== undefined ? body.signed_up_at : body.remote_created_at;
  if (signedUp !== undefined) fields.signed_up_at = signedUp;
  if (body.last_request_at !== undefined) fields.last_seen_at = body.last_request_at;
  if (body.update_last_request_at) fields.last_seen_at = now;
  if (body.new_session) fields.session_count = currentSessions + 1;
  if (body.unsubscribed_from_emails !== undefined) fields.unsubscribed_from_emails = body.unsubscribed_from_emails;
  if (body.owner_id !== undefined) fields.owner_id = body.owner_id;
  if (body.custom_attributes !== undefined) fields.custom_attributes = body.custom_attributes;
  return fields;
}
