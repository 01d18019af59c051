import { expect, gotoHydrated, test } from './fixtures';

// Docusaurus prefetches the files of the pages that visible links lead to. Those pages share most
// of their files, and each file is asked for once (src/bundle/prefetchOnce.ts).

test('each file that links lead to is prefetched once', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await gotoHydrated(page, '/policy');
  // Bring every link of the page into view: the table of contents, the text and the footer.
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await expect
    .poll(() => page.locator('link[rel="prefetch"]').count(), { message: 'prefetch links' })
    .toBeGreaterThan(0);
  const addresses = await page
    .locator('link[rel="prefetch"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(addresses.length).toBe(new Set(addresses).size);
});
