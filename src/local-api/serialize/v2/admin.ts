/** 2.x admins (2.11 `admin`, and `admin_with_app` for `/me`). The local workspace has no teams. */
import type { AdminRow } from '../../db/rows.js';
import { LOCAL_WORKSPACE_ID } from './contact.js';

export function adminV2(row: AdminRow) {
  return {
    type: 'admin' as const,
    id: row.id,
    name: row.name,
    email: row.email,
    job_title: '',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [] as number[],
  };
}

/** `/me`: the token's admin with the workspace (`app`) it belongs to. */
export function adminWithAppV2(row: AdminRow) {
  return {
    ...adminV2(row),
    email_verified: true,
    app: {
      type: 'app',
      id_code: LOCAL_WORKSPACE_ID,
      name: 'Local grouping API',
      created_at: 0,
      secure: false,
      identity_verification: false,
      timezone: 'UTC',
      region: 'US',
    },
  };
}
