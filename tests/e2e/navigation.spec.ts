import type { Page } from '@playwright/test';
import { expect, sitePath, test } from './fixtures';
import siteConfig from './siteConfig';
import { sitemapPaths } from './sitemap';
import { expectNoAxeViolations } from './axe';
import { gotoAsWithoutJavaScript } from './withoutJavaScript';

// The names of the pages, as a reader sees them in the navbar, the sidebar and the footer, and
// where the pages name each other: each has one spelling on every page, with the typographic
// apostrophe (’) that the rest of the site uses. The project's name is left as the config writes it.

/** A text with its apostrophes made the same and its spaces tidied, to find other spellings. */
function plain(text: string): string {
  return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A text without the project's name, which the config may spell with any apostrophe. */
function withoutProjectName(text: string): string {
  return text.split(siteConfig.project.name).join(' ');
}

/** The text of each link in a part of the page, spaces tidied. */
async function linkTexts(page: Page, part: 'Main' | 'Docs sidebar' | 'footer'): Promise<string[]> {
  const area =
    part === 'footer'
      ? page.getByRole('contentinfo')
      : page.getByRole('navigation', { name: part, exact: true });
  const texts = await area.getByRole('link').allTextContents();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

test(
  'every navigation label has one spelling on every page, with the typographic apostrophe',
  { tag: '@config' },
  async ({ page }) => {
    test.slow();
    const spellings = new Map<string, Set<string>>();
    const elsewhere: { path: string; text: string }[] = [];
    for (const path of sitemapPaths()) {
      const response = await page.goto(sitePath(path));
      expect(response?.status(), `status of ${path}`).toBe(200);
      for (const part of ['Main', 'Docs sidebar', 'footer'] as const) {
        for (const label of await linkTexts(page, part)) {
          const key = plain(label);
          spellings.set(key, (spellings.get(key) ?? new Set()).add(label));
        }
      }
      // Where pages name each other: the page's title, its heading and the links in its text.
      const texts = [
        await page.title(),
        ...(await page.locator('h1').allTextContents()),
        ...(await page.locator('main a').allTextContents()),
      ];
      elsewhere.push(...texts.map((text) => ({ path, text: text.replace(/\s+/g, ' ').trim() })));
    }
    expect(spellings.size, 'navigation labels found').toBeGreaterThan(10);

    for (const [key, labels] of spellings) {
      expect([...labels], `spellings of "${key}"`).toHaveLength(1);
      const [label] = labels;
      expect(withoutProjectName(label), `"${label}" uses the typographic apostrophe`).not.toContain(
        "'",
      );
    }

    // A label with an apostrophe is spelled the same wherever a page names it.
    const withApostrophe = [...spellings.values()]
      .map((labels) => [...labels][0])
      .filter((label) => withoutProjectName(label).includes('’'));
    expect(withApostrophe, 'the test meets at least one label with an apostrophe').not.toEqual([]);
    for (const { path, text } of elsewhere) {
      for (const label of withApostrophe) {
        if (plain(withoutProjectName(text)).includes(plain(label))) {
          expect(text.toLowerCase(), `"${text}" on ${path}`).toContain(label.toLowerCase());
        }
      }
    }
  },
);

test.describe('without JavaScript', () => {
  test.describe('on a phone, 360 × 740', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

    test('the menu opens and leads to each page; the buttons that need JavaScript are hidden', async ({
      page,
    }) => {
      const response = await page.goto(sitePath('/policy'));
      expect(response?.status()).toBe(200);
      const navbar = page.getByRole('navigation', { name: 'Main' });
      await expect(navbar.getByRole('button', { name: 'Toggle navigation bar' })).toBeHidden();
      await expect(navbar.getByRole('textbox', { name: 'Search' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'On this page' })).toBeHidden();

      const faq = navbar.getByRole('link', { name: 'FAQ', exact: true });
      await expect(faq).toBeHidden();
      // Text matching skips noscript elements, so the menu is found by its element.
      const menu = navbar.locator('noscript details');
      const opener = menu.locator('summary');
      await expect(opener).toBeInViewport();
      await expect(opener).toHaveText('Menu');
      const box = await opener.boundingBox();
      expect(box?.height, 'the height of the menu button').toBeGreaterThanOrEqual(44);
      await opener.click();
      for (const label of [
        'Policy',
        'Self-check',
        'Reviewers’ guide',
        'Reply templates',
        'Adopt',
      ]) {
        await expect(menu.getByRole('link', { name: label, exact: true })).toBeInViewport();
      }
      // The same address, written as a valid URI.
      const repository = await menu
        .getByRole('link', { name: /^Repository\b/ })
        .getAttribute('href');
      expect(new URL(repository ?? '').href).toBe(new URL(siteConfig.project.repositoryUrl).href);
      await menu.getByRole('link', { name: 'FAQ', exact: true }).click();
      await expect(page).toHaveURL(/\/faq$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });

  test.describe('on a desktop, 1280 × 900', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

    test('the navbar shows its links, and no menu button or search box', async ({ page }) => {
      const response = await page.goto(sitePath('/policy'));
      expect(response?.status()).toBe(200);
      const navbar = page.getByRole('navigation', { name: 'Main' });
      await expect(navbar.getByRole('link', { name: 'FAQ', exact: true })).toBeVisible();
      await expect(navbar.locator('noscript details')).toBeHidden();
      await expect(navbar.getByRole('textbox', { name: 'Search' })).toBeHidden();
    });
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: no axe violations with the phone menu open, as it shows without JavaScript`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: theme });
    await gotoAsWithoutJavaScript(page, '/policy');
    const opener = page.getByRole('navigation', { name: 'Main' }).locator('details > summary');
    await opener.click();
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'FAQ', exact: true }),
    ).toBeVisible();
    await expectNoAxeViolations(page, `the phone menu without JavaScript, ${theme} theme`);
  });
}
