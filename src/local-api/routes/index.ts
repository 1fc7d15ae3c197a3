import type { Route } from '../http/route.js';
import { routes as users } from './v1/users.js';
import { routes as leads } from './v1/leads.js';
import { routes as companiesV1 } from './v1/companies.js';
import { routes as contacts } from './v2/contacts.js';
import { routes as contactRelations } from './v2/contact-relations.js';
import { routes as companiesV2 } from './v2/companies.js';
import { routes as conversations } from './v2/conversations.js';
import { routes as admins } from './v2/admins.js';
import { routes as tags } from './tags.js';
import { routes as segments } from './segments.js';
import { routes as counts } from './counts.js';
import { routes as admin } from './admin.js';
import { routes as scroll } from './scroll.js';

/** Every route of the service, both dialects; the router picks by method, path and version. */
export const allRoutes: readonly Route[] = [
  ...users,
  ...leads,
  ...companiesV1,
  ...contacts,
  ...contactRelations,
  ...companiesV2,
  ...conversations,
  ...admins,
  ...tags,
  ...segments,
  ...counts,
  ...admin,
  ...scroll,
];
