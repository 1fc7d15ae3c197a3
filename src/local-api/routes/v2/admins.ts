/**
 * Admins (teammates), read-only: conversation tagging names an admin, so clients need a way to find
 * one. The same shapes serve both dialects.
 */
import { ok, type Route } from '../../http/route.js';
import { ApiError } from '../../http/errors.js';
import { findAdmin, listAdmins } from '../../store/admins.js';
import { adminV2, adminWithAppV2 } from '../../serialize/v2/admin.js';

const adminNotFound = () => new ApiError(404, 'admin_not_found', 'Admin not found');

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/admins',
    dialect: 'any',
    handler: (req) => ok({ type: 'admin.list', admins: listAdmins(req.service.db).map(adminV2) }),
  },
  {
    method: 'GET',
    path: '/admins/:id',
    dialect: 'any',
    handler: (req) => {
      const admin = findAdmin(req.service.db, req.params.id!);
      if (!admin) throw adminNotFound();
      return ok(adminV2(admin));
    },
  },
  {
    // Every token of the local API acts as the workspace's first admin.
    method: 'GET',
    path: '/me',
    dialect: 'any',
    handler: (req) => {
      const admin = listAdmins(req.service.db)[0];
      if (!admin) throw adminNotFound();
      return ok(adminWithAppV2(admin));
    },
  },
];
