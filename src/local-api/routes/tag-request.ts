/**
 * `POST /tags` — one endpoint, several bodies (docs/intercom-contract.md#tags): create `{name}`, rename `{id, name}`,
 * tag/untag people `{name, users:[…]}` and tag/untag companies `{name, companies:[…]}`. The server runs
 * the request in one transaction, and every target is resolved before anything changes, so an unknown
 * user or company leaves the store as it was.
 */
import { z } from 'zod';
import type { Db } from '../db/open.js';
import type { ContactRow, CompanyRow, TagRow } from '../db/rows.js';
import { ApiError, companyNotFound, notFound, parameterInvalid, userNotFound } from '../http/errors.js';
import { parseBody } from '../http/validate.js';
import { findCompany, findCompanyByCompanyId } from '../store/companies.js';
import { findContact, findContactByExternalId, findContactsByEmail } from '../store/contacts.js';
import { ensureTag, findTag, findTagByName, renameTag, tagCompany, tagContact, untagCompany, untagContact } from '../store/tags.js';

/** Ids arrive as strings, or as numbers from clients that read the 1.x examples (`"id": 1`). */
const identifier = z.union([z.string().trim().min(1), z.number().int().nonnegative()]).transform(String);

const userItem = z
  .object({
    id: identifier.optional(),
    user_id: identifier.optional(),
    email: z.string().trim().min(1).optional(),
    untag: z.boolean().optional(),
  })
  .refine((item) => item.id ?? item.user_id ?? item.email, { message: 'each user needs an id, user_id or email' });

const companyItem = z
  .object({
    id: identifier.optional(),
    company_id: identifier.optional(),
    untag: z.boolean().optional(),
  })
  .refine((item) => item.id ?? item.company_id, { message: 'each company needs an id or company_id' });

const tagRequestSchema = z.object({
  id: identifier.optional(),
  name: z.string().trim().min(1, 'name must not be empty').max(255),
  users: z.array(userItem).optional(),
  companies: z.array(companyItem).optional(),
});

type UserItem = z.output<typeof userItem>;
type CompanyItem = z.output<typeof companyItem>;

/** What happened, in the 2.16 `tag_create_response` terms: which Intercom ids were tagged or untagged. */
export interface TagOutcome {
  tag: TagRow;
  users: { id: string; tagged: boolean }[];
  companies: { id: string; tagged: boolean }[];
}

export function applyTagRequest(db: Db, body: unknown, now: number): TagOutcome {
  const request = parseBody(tagRequestSchema, body);
  if (request.users && request.companies) {
    throw parameterInvalid('Companies and user tag directives cannot be mixed in the same request', 'companies');
  }
  if (request.id !== undefined) {
    if (request.users || request.companies) {
      throw parameterInvalid('A rename ({id, name}) cannot also tag users or companies; send the name only', 'id');
    }
    return { tag: rename(db, request.id, request.name), users: [], companies: [] };
  }
  if (request.users) {
    // Resolve every person first: one unknown item fails the whole request before anything is written.
    const targets = request.users.map((item, index) => ({ item, contact: resolvePerson(db, item, index) }));
    const tag = ensureTag(db, request.name, now);
    const users = targets.map(({ item, contact }) => {
      if (item.untag === true) untagContact(db, tag.seq, contact.seq);
      else tagContact(db, tag.seq, contact.seq, now);
      return { id: contact.id, tagged: item.untag !== true };
    });
    return { tag, users, companies: [] };
  }
  if (request.companies) {
    const targets = request.companies.map((item, index) => ({ item, company: resolveCompany(db, item, index) }));
    const tag = ensureTag(db, request.name, now);
    const companies = targets.map(({ item, company }) => {
      if (item.untag === true) untagCompany(db, tag.seq, company.seq);
      else tagCompany(db, tag.seq, company.seq, now);
      return { id: company.id, tagged: item.untag !== true };
    });
    return { tag, users: [], companies };
  }
  // A bare name creates the tag, or returns the existing one of that name (any case).
  return { tag: ensureTag(db, request.name, now), users: [], companies: [] };
}

function rename(db: Db, id: string, name: string): TagRow {
  const tag = findTag(db, id);
  if (!tag) throw notFound('Resource Not Found', 'id');
  const clash = findTagByName(db, name);
  if (clash && clash.seq !== tag.seq) {
    throw parameterInvalid(`A tag named '${clash.name}' already exists`, 'name');
  }
  return renameTag(db, tag, name);
}

/**
 * Users are addressed by id, user_id or email; leads by id only (the 1.x rule). A lead reached through
 * user_id or email is refused with a message that says so, rather than a bare "not found".
 */
function resolvePerson(db: Db, item: UserItem, index: number): ContactRow {
  if (item.id !== undefined) {
    const contact = findContact(db, item.id);
    if (!contact) throw withField(userNotFound(), `users.${index}.id`);
    return contact;
  }
  if (item.user_id !== undefined) {
    const contact = findContactByExternalId(db, item.user_id);
    if (contact?.role === 'user') return contact;
    if (contact) throw leadByIdOnly(index, 'user_id');
    throw withField(userNotFound(), `users.${index}.user_id`);
  }
  const email = item.email!;
  const users = findContactsByEmail(db, email, 'user');
  if (users.length > 1) {
    throw new ApiError(
      409,
      'conflict',
      'Multiple existing users match this email address – must be more specific using user_id',
      `users.${index}.email`,
    );
  }
  if (users[0]) return users[0];
  if (findContactsByEmail(db, email, 'lead').length > 0) throw leadByIdOnly(index, 'email');
  throw withField(userNotFound(), `users.${index}.email`);
}

function leadByIdOnly(index: number, key: 'user_id' | 'email'): ApiError {
  return new ApiError(
    404,
    'not_found',
    `User Not Found: users.${index} matches a lead by ${key}, and leads can only be tagged by their Intercom id`,
    `users.${index}.${key}`,
  );
}

function resolveCompany(db: Db, item: CompanyItem, index: number): CompanyRow {
  const byId = item.id !== undefined;
  const company = byId ? findCompany(db, item.id!) : findCompanyByCompanyId(db, item.company_id!);
  if (!company) throw withField(companyNotFound(), `companies.${index}.${byId ? 'id' : 'company_id'}`);
  return company;
}

function withField(error: ApiError, field: string): ApiError {
  return new ApiError(error.status, error.code, error.message, field);
}

