/**
 * Graceful stop of the HTTP server: stop accepting connections, let requests in flight finish, close
 * each keep-alive connection as soon as it falls idle, and at the deadline cut whatever is left (which
 * aborts those requests' upstream calls through their signals).
 */
import type http from 'node:http';

export function drainServer(server: http.Server, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Connections between requests would otherwise hold the server open until their keep-alive timeout.
    const idle = setInterval(() => server.closeIdleConnections(), 25);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
