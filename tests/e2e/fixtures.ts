import { test as base, expect, type Locator, type Page } from '@playwright/test';

// Axe scans go through expectNoAxeViolations in ./axe, which asserts their result.
interface Fixtures {
  /** Console errors and uncaught page errors; every test fails if any are left. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
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

/** Text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Turns a site path such as "/policy" into one relative to the configured base URL. */
export function sitePath(path: string): string {
  return path.replace(/^\//, '');
}

/** Opens a page and waits until React has hydrated it, so every control works. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  const response = await page.goto(sitePath(path));
  expect(response?.status(), `status of ${path}`).toBe(200);
  await expectHydrated(page);
}

/** Waits until React has hydrated the page, so every control works. */
export async function expectHydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/** How far the page scrolls sideways, in CSS pixels: 0 when the page fits its width. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** A copy that the browser refused falls back to a box that is shown, focused and selected. */
export async function expectSelectedFallback(fallback: Locator, text: string): Promise<void> {
  await expect(fallback).toBeVisible();
  await expect(fallback).toBeFocused();
  await expect(fallback).toHaveValue(text);
  await expect
    .poll(
      () =>
        fallback.evaluate((area: HTMLTextAreaElement) =>
          area.value.slice(area.selectionStart, area.selectionEnd),
        ),
      'the selected text',
    )
    .toBe(text);
}
