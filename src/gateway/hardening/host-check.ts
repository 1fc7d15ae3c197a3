/**
 * Answers only requests whose `Host` the host policy allows (host-names.ts), at the HTTP layer before
 * yoga sees them — so GraphiQL, the health check and the GraphQL endpoint all stay silent to a page on
 * a rebinding domain. (Yoga runs its own GraphiQL and health hooks before any user plugin, so a yoga
 * plugin would come too late for those.)
 */
import type http from 'node:http';
import type { HostPolicy } from './host-names.js';

export const HOST_NOT_ALLOWED = 'HOST_NOT_ALLOWED';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export function withHostCheck(policy: HostPolicy, handler: Handler): Handler {
  return (req, res) => {
    const host = req.headers.host ?? '';
    if (policy.allows(host)) {
      handler(req, res);
      return;
    }
    const shown = host === '' ? 'none' : `'${host.slice(0, 100)}'`;
    const body = JSON.stringify({
      errors: [
        {
          message: `This gateway does not answer to the host name ${shown}; the operator can allow a name with --allowed-host`,
          extensions: { code: HOST_NOT_ALLOWED },
        },
      ],
    });
    // The body, if any, is not read: closing the connection keeps a refused sender from streaming it in.
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body);
  };
}
