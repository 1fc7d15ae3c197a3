/**
 * What the cost estimate remembers per upstream scope is bounded: with passthrough auth each caller's
 * token is a scope, so a stream of random tokens must not grow it without end. The least recently
 * used scope goes first; one in use keeps its facts.
 */
import { expect, it } from 'vitest';
import { createSeenSizes } from '../../../src/gateway/cost/seen-sizes.js';

it('keeps at most maxScopes scopes, dropping the least recently used', () => {
  const sizes = createSeenSizes({ maxScopes: 2, now: () => 0 });
  sizes.recorder('a').total('tag 1 contacts', 7);
  sizes.recorder('b').total('tag 1 contacts', 8);
  expect(sizes.view('a').total('tag 1 contacts')).toBe(7); // 'a' is now the most recently used
  sizes.recorder('c').total('tag 1 contacts', 9); // drops 'b'
  expect(sizes.view('a').total('tag 1 contacts')).toBe(7);
  expect(sizes.view('c').total('tag 1 contacts')).toBe(9);
  expect(sizes.view('b').total('tag 1 contacts')).toBeUndefined();
});

it('drops nothing below the bound', () => {
  const sizes = createSeenSizes({ now: () => 0 });
  for (let i = 0; i < 1_000; i++) sizes.recorder(`token-${i}`).total('tags', i);
  expect(sizes.view('token-0').total('tags')).toBe(0);
  for (let i = 1_000; i < 3_000; i++) sizes.recorder(`token-${i}`).total('tags', i);
  expect(sizes.view('token-1').total('tags')).toBeUndefined();
  expect(sizes.view('token-2999').total('tags')).toBe(2_999);
});
