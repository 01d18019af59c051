// The page-weight guard. Each key page of the build under test is served with gzip, as a host
// serves it, and opened in Chromium with an empty cache. What it downloads before its load event
// must stay within the guard's limits in bench/budgets.json: its JavaScript (gzip bodies) and
// everything (headers included). Byte counts do not change between runs, so a change that
// crosses a limit fails every time, and the message lists each request, largest first.
import { test, expect } from '@playwright/test';
import { resolve } from 'node:path';
import {
  judgeWeight,
  keyPages,
  kib,
  measurePageWeight,
  readBudgets,
  summarizeWeight,
  weightReport,
} from '../../scripts/lib/pageWeight';
import { serveBuild, type BuildServer } from '../../scripts/lib/serveBuild';
import { buildDirectory } from './buildDirectory';
import siteConfig from './siteConfig';

const budgets = readBudgets();

// One gzip server for this file's tests, on a free port of the loopback interface.
let gzipServer: BuildServer;

test.beforeAll(async () => {
  gzipServer = await serveBuild({
    root: resolve(__dirname, '../..', buildDirectory),
    baseUrl: siteConfig.site.baseUrl,
    // As docusaurus.config.ts sets it.
    trailingSlash: false,
    encodings: ['gzip'],
  });
});

test.afterAll(async () => {
  await gzipServer.close();
});

test.describe('page weight before the load event, served with gzip', () => {
  for (const { name, path } of keyPages(siteConfig.site.baseUrl, budgets.pages)) {
    test(`${name} (${path}) stays within ${budgets.guard.jsKiB} KiB of JS and ${budgets.guard.allKiB} KiB in all`, async ({
      page,
    }) => {
      const records = await measurePageWeight(page, `${gzipServer.origin}${path}`);
      const summary = summarizeWeight(records);
      test.info().annotations.push({
        type: 'weight',
        description: `${path}: ${summary.requests} requests, JS ${kib(summary.jsBytes)} KiB gzip, all ${kib(summary.allBytes)} KiB`,
      });
      console.log(
        `weight ${path}: ${summary.requests} requests, JS ${kib(summary.jsBytes)} KiB gzip, ` +
          `all ${kib(summary.allBytes)} KiB`,
      );

      // The measure is only right if the page and its code loaded and came compressed.
      expect(summary.byType.html, 'bytes of the page itself').toBeGreaterThan(0);
      expect(summary.jsBytes, 'bytes of JavaScript').toBeGreaterThan(0);
      const uncompressed = records.filter(
        (record) => ['html', 'js', 'css'].includes(record.type) && record.encoding !== 'gzip',
      );
      expect(
        uncompressed.map((record) => record.url),
        'text sent without gzip',
      ).toEqual([]);

      const misses = judgeWeight(summary, budgets.guard);
      expect(misses, weightReport(path, records, misses)).toEqual([]);
    });
  }
});
