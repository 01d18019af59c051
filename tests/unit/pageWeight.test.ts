import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import siteConfig from '../selectedConfig';
import { routePath } from '../../src/config/routes';
import {
  isSpeculativeRequest,
  judgeWeight,
  keyPages,
  readBudgets,
  resourceTypeOf,
  summarizeWeight,
  weightReport,
  type ResponseRecord,
} from '../../scripts/lib/pageWeight';

const record = (
  url: string,
  type: ResponseRecord['type'],
  bodyBytes: number,
  headerBytes = 300,
): ResponseRecord => ({
  url,
  type,
  bodyBytes,
  transferBytes: bodyBytes + headerBytes,
  encoding: type === 'image' ? '' : 'gzip',
});

const kib = 1024;
const limits = { jsKiB: 200, allKiB: 300 };

/** A page whose JavaScript is over 200 KiB gzip: it must fail the guard. */
const heavyPage = [
  record('https://site.example/adopt', 'html', 21 * kib),
  record('https://site.example/assets/css/styles.css', 'css', 20 * kib),
  record('https://site.example/assets/js/main.js', 'js', 160 * kib),
  record('https://site.example/assets/js/adopt.js', 'js', 45 * kib),
  record('https://site.example/img/mark.svg', 'image', 1 * kib),
];

describe('summarizeWeight', () => {
  it('sums JavaScript bodies as sent, and every response with its headers', () => {
    const summary = summarizeWeight(heavyPage);
    expect(summary.requests).toBe(5);
    expect(summary.jsBytes).toBe(205 * kib);
    expect(summary.allBytes).toBe(247 * kib + 5 * 300);
    expect(summary.byType).toEqual({
      js: 205 * kib + 600,
      css: 20 * kib + 300,
      html: 21 * kib + 300,
      font: 0,
      image: 1 * kib + 300,
      other: 0,
    });
  });

  it('gives zero for a page that loaded nothing', () => {
    expect(summarizeWeight([]).allBytes).toBe(0);
  });
});

describe('judgeWeight', () => {
  it('fails a page whose JavaScript goes over the limit', () => {
    expect(judgeWeight(summarizeWeight(heavyPage), limits)).toEqual([
      { measure: 'JS before load (gzip)', bytes: 205 * kib, limitKiB: 200 },
    ]);
  });

  it('fails a page whose total goes over the limit, even with little JavaScript', () => {
    const photo = record('https://site.example/img/photo.png', 'image', 290 * kib);
    const misses = judgeWeight(summarizeWeight([...heavyPage.slice(0, 3), photo]), limits);
    expect(misses.map((miss) => miss.measure)).toEqual(['all before load']);
  });

  it('passes a page exactly at the limits, and fails it one byte over', () => {
    const atLimit = [
      record('https://site.example/', 'html', 100 * kib - 300),
      record('https://site.example/main.js', 'js', 200 * kib, 0),
    ];
    expect(judgeWeight(summarizeWeight(atLimit), limits)).toEqual([]);
    const over = [...atLimit, record('https://site.example/x.js', 'js', 1, 0)];
    expect(judgeWeight(summarizeWeight(over), limits)).toHaveLength(2);
  });

  it('writes a report that lists every request, largest first', () => {
    const summary = summarizeWeight(heavyPage);
    const report = weightReport('/adopt', heavyPage, judgeWeight(summary, limits));
    expect(report).toContain(
      '/adopt: JS before load (gzip) is 205.0 KiB, over the limit of 200 KiB',
    );
    const listed = report
      .split('\n')
      .filter((line) => line.includes('https://'))
      .map((line) => line.trim().split(/\s+/).at(-1));
    expect(listed).toEqual([
      'https://site.example/assets/js/main.js',
      'https://site.example/assets/js/adopt.js',
      'https://site.example/adopt',
      'https://site.example/assets/css/styles.css',
      'https://site.example/img/mark.svg',
    ]);
    expect(report).toContain('160.3 KiB  js     gzip');
  });
});

describe('resourceTypeOf', () => {
  it('sorts responses by their MIME type', () => {
    expect(resourceTypeOf('text/javascript', '/a.js')).toBe('js');
    expect(resourceTypeOf('application/javascript', '/a')).toBe('js');
    expect(resourceTypeOf('text/css', '/a.css')).toBe('css');
    expect(resourceTypeOf('text/html', '/a')).toBe('html');
    expect(resourceTypeOf('font/woff2', '/a.woff2')).toBe('font');
    expect(resourceTypeOf('image/svg+xml', '/a.svg')).toBe('image');
    expect(resourceTypeOf('application/json', '/search-index.json')).toBe('other');
    expect(resourceTypeOf('', '/assets/js/a.js?v=1')).toBe('js');
  });
});

describe('isSpeculativeRequest', () => {
  it('knows a prefetch by the header Chromium sends with it', () => {
    expect(isSpeculativeRequest({ 'Sec-Purpose': 'prefetch' }, 'Other')).toBe(true);
    expect(isSpeculativeRequest({ 'sec-purpose': 'prefetch;prerender' })).toBe(true);
    expect(isSpeculativeRequest({ Purpose: 'prefetch' })).toBe(true);
  });

  it('knows a prefetch by the type the DevTools Protocol gives it', () => {
    expect(isSpeculativeRequest({}, 'Prefetch')).toBe(true);
  });

  it('counts every other request, whatever its headers say', () => {
    expect(isSpeculativeRequest({}, 'Script')).toBe(false);
    expect(isSpeculativeRequest({ Referer: 'prefetch' }, 'Other')).toBe(false);
    expect(isSpeculativeRequest({ 'Sec-Purpose': 'prerender' }, 'Document')).toBe(false);
    expect(isSpeculativeRequest({ 'Sec-Purpose': 1 }, 'Script')).toBe(false);
  });
});

describe('budgets', () => {
  const budgets = readBudgets();

  it('names key pages that are routes of the site', () => {
    expect(budgets.pages.length).toBeGreaterThan(0);
  });

  it('keeps the targets of the bench within the guard of npm test', () => {
    expect(budgets.targets.jsKiB).toBeLessThanOrEqual(budgets.guard.jsKiB);
    expect(budgets.targets.allKiB).toBeLessThanOrEqual(budgets.guard.allKiB);
  });

  it('puts each key page under the base path of the selected config', () => {
    const pages = keyPages(siteConfig.site.baseUrl, budgets.pages);
    for (const page of pages) {
      expect(page.path).toBe(routePath(siteConfig.site.baseUrl, page.name));
      expect(page.path.startsWith(siteConfig.site.baseUrl.replace(/\/$/, ''))).toBe(true);
    }
    expect(keyPages('/policy/', ['home', 'adopt']).map((page) => page.path)).toEqual([
      '/policy/',
      '/policy/adopt',
    ]);
  });

  it('refuses a key page that is not a route', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
    try {
      const file = join(dir, 'budgets.json');
      writeFileSync(file, JSON.stringify({ ...budgets, pages: ['home', 'nowhere'] }));
      expect(() => readBudgets(file)).toThrow('"nowhere" is not a route');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
