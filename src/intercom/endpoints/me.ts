import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';

export interface MeApi {
  /**
   * `GET /me`: the admin the token acts as. The cheapest call that proves both that the upstream
   * answers and that it accepts the token (readiness uses it). Only the type is relied on: the rest
   * (the admin's name and email) is personal data nothing needs.
   */
  getMe(): Promise<{ type: string }>;
}

export function meApi(t: Sender): MeApi {
  return {
    getMe: () => t.send(E.getMe),
  };
}
