import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Fixtures {
  /** An axe scan limited to the WCAG tags this site promises to meet. */
  makeAxeBuilder: () => AxeBuilder;
  /** Console errors and uncaught page errors; every test fails if any are left. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  makeAxeBuilder: async ({ page }, use) => {
    await use(() => new AxeBuilder({ page }).withTags(wcagTags));
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Turns a site path such as "/policy" into one relative to the configured base URL. */
export function sitePath(path: string): string {
  return path.replace(/^\//, '');
}

/**
 * Opens a page and waits until React has hydrated it, and its tools, whose code loads after the
 * page (src/components/AfterLoad), run too, so every control works.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  const response = await page.goto(sitePath(path));
  expect(response?.status(), `status of ${path}`).toBe(200);
  await expectHydrated(page);
}

/** Waits until React has hydrated the page and every tool on it runs. */
export async function expectHydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-tools-ready', 'false');
}
