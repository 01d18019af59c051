import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, formatIsoDate } from './format';

describe('formatIsoDate', () => {
  it.each([
    ['2026-05-05', '5 May 2026'],
    ['2024-12-31', '31 December 2024'],
    ['2025-01-01', '1 January 2025'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('makes markup inert', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co',
    );
  });
});

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('https://policy.example.org')).toBe('"https://policy.example.org"');
  });

  it('escapes every character that could end the string or the style element', () => {
    expect(cssString(`a"b'c\\d</style>\n`)).toBe('"a\\22 b\\27 c\\5c d\\3c /style\\3e \\a "');
  });
});
