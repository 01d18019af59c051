// axe runs inside the page, so it cannot scan a page opened with JavaScript turned off. This
// opens a page as such a browser shows it, in a page where axe can still run.
import type { Page } from '@playwright/test';
import { expect, sitePath } from './fixtures';

/**
 * Opens `path` with its HTML as a browser without JavaScript reads it: no script runs, and the
 * content of each `noscript` element is part of the page. Use it for axe scans; test what a
 * reader does in a context with `javaScriptEnabled: false`.
 */
export async function gotoAsWithoutJavaScript(page: Page, path: string): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith(sitePath(path).replace(/[?#].*$/, '')),
    async (route) => {
      if (route.request().resourceType() !== 'document') {
        await route.continue();
        return;
      }
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<\/?noscript>/g, '');
      await route.fulfill({ response, body: html });
    },
  );
  const response = await page.goto(sitePath(path));
  expect(response?.status(), `status of ${path}`).toBe(200);
  await expect(page.locator('script')).toHaveCount(0);
}
