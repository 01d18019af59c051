import { describe, expect, it } from 'vitest';
import { parseCompareQuery } from './compareQuery';

const ids = ['next', '2', '1.1', '1'];
const fallback = { from: '1.1', to: '2' };

describe('parseCompareQuery', () => {
  it('shows the usual pair when the address names none', () => {
    expect(parseCompareQuery('', ids, fallback)).toEqual({ ...fallback, notice: null });
  });

  it.each([
    ['?from=1&to=next', { from: '1', to: 'next', notice: null }],
    ['?to=1&from=2', { from: '2', to: '1', notice: null }],
    ['?from=1.1&to=1&utm=x', { from: '1.1', to: '1', notice: null }],
  ])('follows %s', (search, expected) => {
    expect(parseCompareQuery(search, ids, fallback)).toEqual(expected);
  });

  it.each([
    ['?from=9&to=1'],
    ['?from=1'],
    ['?to=next'],
    ['?from=1&from=2&to=next'],
    ['?from=%3Cscript%3E&to=1'],
    ['?from=&to='],
    [`?from=${'9'.repeat(5000)}&to=1`],
    ['?from=1%E2%80%AE&to=2'],
  ])('falls back, with a notice, for %s', (search) => {
    expect(parseCompareQuery(search, ids, fallback)).toEqual({
      ...fallback,
      notice: 'unknown-version',
    });
  });

  it('falls back, with its own notice, when both sides are the same version', () => {
    expect(parseCompareQuery('?from=2&to=2', ids, fallback)).toEqual({
      ...fallback,
      notice: 'same-version',
    });
  });
});
