/** The 2.x contact request bodies (2.11 `create_contact_request` / `update_contact_request`) as zod schemas. */
import { z } from 'zod';
import type { ContactFields } from '../../store/contacts.js';

const customAttributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** Clients send ids as strings, but some SDK examples send numbers ("external_id": 70). */
const idString = z.union([z.string().trim().min(1).max(255), z.number().int().transform(String)]);
const timestamp = z.number().int().min(0).nullable().optional();
const text = (max: number) => z.string().max(max).nullable().optional();

export const contactBody = z.object({
  role: z.enum(['user', 'lead']).optional(),
  external_id: idString.nullable().optional(),
  email: text(255),
  phone: text(255),
  name: text(255),
  avatar: text(2048),
  signed_up_at: timestamp,
  last_seen_at: timestamp,
  owner_id: z.union([z.number().int().min(0), z.string().regex(/^\d{1,15}$/)]).nullable().optional(),
  unsubscribed_from_emails: z.boolean().nullable().optional(),
  custom_attributes: z.record(z.string().min(1).max(190), customAttributeValue).nullable().optional(),
});
export type ContactBody = z.infer<typeof contactBody>;

/** A request body as store fields; absent keys stay absent so an update touches only what was sent. */
export function contactFieldsFrom(body: ContactBody): ContactFields {
  const fields: ContactFields = {};
  if (body.role !== undefined) fields.role = body.role;
  if (body.external_id !== undefined) fields.external_id = body.external_id;
  if (body.email !== undefined) fields.email = body.email;
  if (body.phone !== undefined) fields.phone = body.phone;
  if (body.name !== undefined) fields.name = body.name;
  if (body.avatar !== undefined) fields.avatar = body.avatar;
  if (body.signed_up_at !== undefined) fields.signed_up_at = body.signed_up_at;
  if (body.last_seen_at !== undefined) fields.last_seen_at = body.last_seen_at;
  if (body.owner_id !== undefined) fields.owner_id = body.owner_id === null ? null : String(body.owner_id);
  if (body.unsubscribed_from_emails !== undefined && body.unsubscribed_from_emails !== null) {
    fields.unsubscribed_from_emails = body.unsubscribed_from_emails;
  }
  if (body.custom_attributes) fields.custom_attributes = body.custom_attributes;
  return fields;
}

const SORT_ORDERS = ['ascending', 'descending'] as const;

export const searchBody = z.object({
  query: z.unknown(),
  pagination: z
    .object({
      per_page: z.number().int().min(1).max(150).optional(),
      starting_after: z.string().min(1).nullable().optional(),
    })
    .nullable()
    .optional(),
  sort: z.object({ field: z.string().min(1), order: z.string().optional() }).optional(),
});

export function isSortOrder(value: string): value is (typeof SORT_ORDERS)[number] {
  return (SORT_ORDERS as readonly string[]).includes(value);
}
export { SORT_ORDERS };
