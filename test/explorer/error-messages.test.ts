/**
 * The explorer's sentences for the gateway's error codes: each code a person can meet gets its own
 * message (the retry time when the gateway gave one), and an unknown code still shows the
 * gateway's message. The browser test sees FORBIDDEN and UNAUTHENTICATED come from a real gateway.
 */
import { describe, expect, it } from 'vitest';
import { describeError, GatewayError } from '../../examples/explorer/src/client/gateway-error.js';

describe('explorer error messages', () => {
  it('says how long to wait when rate limited, and that it will pass when it does not know', () => {
    expect(describeError(new GatewayError('slow down', 'RATE_LIMITED', 12.2))).toEqual({ title: 'Too many requests', detail: 'Rate limited: try again in 13 s.' });
    expect(describeError(new GatewayError('slow down', 'RATE_LIMITED')).detail).toBe('Rate limited: wait a little and try again.');
  });

  it('gives every known code its own title', () => {
    const titles = ['COST_LIMIT_EXCEEDED', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'PERSISTED_QUERY_NOT_FOUND'].map(
      (code) => describeError(new GatewayError('gateway text', code)).title,
    );
    expect(titles).toEqual(['Query too expensive', 'Not found', 'Key needed', 'Not allowed with this key', 'Explorer and gateway out of step']);
    expect(describeError(new GatewayError('cost 900 > 500', 'COST_LIMIT_EXCEEDED')).detail).toContain('cost 900 > 500');
    // The gateway's FORBIDDEN names the scope; a missing write scope is the one a person meets here.
    const refusedWrite = "Forbidden: a mutation needs the 'write' scope, which this caller does not have";
    expect(describeError(new GatewayError(refusedWrite, 'FORBIDDEN')).detail).toBe('This key can only read: tagging and untagging need a key with the write scope.');
    expect(describeError(new GatewayError("Forbidden: a query needs the 'read' scope", 'FORBIDDEN')).detail).toContain("needs the 'read' scope");
  });

  it("shows the gateway's own message for a code it does not know, and any other failure as it is", () => {
    expect(describeError(new GatewayError('Upstream is down', 'UPSTREAM_UNAVAILABLE'))).toEqual({ title: 'UPSTREAM_UNAVAILABLE', detail: 'Upstream is down' });
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ title: 'Something went wrong', detail: 'Failed to fetch' });
  });
});
