import { describe, expect, it } from 'vitest';
import { upstreamRoute } from '../../src/gateway/metrics/upstream-route.js';

describe('upstreamRoute', () => {
  it('keeps endpoints and replaces ids, so labels stay as few as the endpoints', () => {
    expect(upstreamRoute('/contacts')).toBe('/contacts');
    expect(upstreamRoute('/contacts/search')).toBe('/contacts/search');
    expect(upstreamRoute('/companies/list')).toBe('/companies/list');
    expect(upstreamRoute('/contacts/5a03e2d33e69b29660557c9f')).toBe('/contacts/:id');
    expect(upstreamRoute('/contacts/5a03e2d33e69b29660557c9f/tags/1373897')).toBe('/contacts/:id/tags/:id');
    expect(upstreamRoute('/companies/abc/segments')).toBe('/companies/:id/segments');
  });

  it('never passes through what it does not know', () => {
    expect(upstreamRoute('/someone%40example.com/x')).toBe('/:other/:id');
    expect(upstreamRoute('/contacts/search/a/b/c/d/e/f/g')).toBe('/contacts/search/:other/:id/:other/:id');
    expect(upstreamRoute('/')).toBe('/');
  });
});
