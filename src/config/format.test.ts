import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, formatDate, formatDates, formatIsoDate } from './format';

describe('formatIsoDate', () => {
  it.each([
    ['2026-05-05', '5 May 2026'],
    ['2024-12-31', '31 December 2024'],
    ['2025-01-01', '1 January 2025'],
    ['2024-02-29', '29 February 2024'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('writes the site’s English dates in the British way', () => {
    expect(formatDate('2026-05-05', 'en')).toBe('5 May 2026');
  });

  it('follows the locale it is given', () => {
    expect(formatDate('2026-05-05', 'fr')).toBe('5 mai 2026');
    expect(formatDate('2026-05-05', 'de')).toBe('5. Mai 2026');
    expect(formatDate('2026-05-05', 'en-US')).toBe('May 5, 2026');
  });

  it('names the same day in every time zone', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
  });

  it('keeps years before 100 as they are', () => {
    expect(formatDate('0050-03-01', 'en')).toBe('1 March 50');
  });

  it('returns text that is not a date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('', 'fr')).toBe('');
    expect(formatDate('2026-13-45', 'en')).toBe('2026-13-45');
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

describe('formatDates', () => {
  it('gives each date once, as formatDate writes it', () => {
    expect(formatDates(['2026-05-05', '2025-12-31', '2026-05-05', 'soon'], 'en')).toEqual({
      '2026-05-05': '5 May 2026',
      '2025-12-31': '31 December 2025',
      soon: 'soon',
    });
  });
});
