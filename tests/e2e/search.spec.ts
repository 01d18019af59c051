import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import siteConfig from './siteConfig';
import { templatesFor } from '../../src/components/ReplyTemplates/fill';
import { routePath } from '../../src/config/routes';
import { policySectionTitles } from '../../src/data/policySections';
import { expectNoAxeViolations } from './axe';
import { escapeRegExp, expect, expectHydrated, gotoHydrated, sitePath, test } from './fixtures';

// Expectations come from the config under test: its reply templates, its base path.
const template = templatesFor(siteConfig.policy.options)[0];
const policyTerm = policySectionTitles['machine-translation'].message;

/** A page's title, as its front matter gives it and search results show it. */
function pageTitle(file: string): string {
  const title = /^title: (.+)$/m.exec(
    readFileSync(join(__dirname, '../../docs', file), 'utf8'),
  )?.[1];
  if (title === undefined) {
    throw new Error(`docs/${file} has no title in its front matter`);
  }
  return title.replace(/^(['"])(.*)\1$/, '$2');
}
const policyTitle = pageTitle('policy.mdx');
const replyTemplatesTitle = pageTitle('reply-templates.mdx');

/**
 * Enters a query in the navbar's search box, then moves down the results with the arrow keys to
 * the one with this title on this page, and opens it with Enter.
 */
async function openResult(page: Page, query: string, title: string, onPage: string): Promise<void> {
  // A text box until the plugin sets it up on focus, a combobox after.
  const box = page.getByRole('navigation', { name: 'Main' }).getByLabel('Search', { exact: true });
  await expect(box).toBeFocused();
  // In place of any earlier query, and as one input, like a paste: each keystroke would list
  // results again, each time anew.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(query);
  const options = page.getByRole('listbox').getByRole('option');
  const target = options
    .filter({ has: page.getByText(title, { exact: true }) })
    .filter({ has: page.getByText(onPage, { exact: true }) })
    .first();
  await expect(target).toBeVisible();
  // The first result is selected as the results appear.
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const count = await options.count();
  for (let presses = 0; presses < count; presses += 1) {
    if ((await target.getAttribute('aria-selected')) === 'true') {
      break;
    }
    await page.keyboard.press('ArrowDown');
    // The selection has moved before the next look at the target.
    await expect(options.nth(presses + 1)).toHaveAttribute('aria-selected', 'true');
  }
  await expect(target).toHaveAttribute('aria-selected', 'true');
  // The box tells assistive technology which result is selected.
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await target.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
}

test(
  'search finds a reply template by its title and a policy term, from the keyboard alone',
  { tag: '@config' },
  async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, '/policy');

    // Tabbing through the box and past it: focus stays where the reader put it, even when the
    // index, which focus on the box starts loading, arrives later.
    // A text box until the plugin sets it up on focus, a combobox after.
    const box = page
      .getByRole('navigation', { name: 'Main' })
      .getByLabel('Search', { exact: true });
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      if (await box.evaluate((element) => element === document.activeElement)) {
        break;
      }
    }
    await expect(box).toBeFocused();
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.outerHTML);
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeAttached();
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(next);

    await page.keyboard.press('ControlOrMeta+k');

    await openResult(page, template.title.message, template.title.message, replyTemplatesTitle);
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === routePath(siteConfig.site.baseUrl, 'replyTemplates') &&
        url.hash === `#${template.id}`,
    );
    const templateHeading = page.locator(`[id="${template.id}"]`);
    await expect(templateHeading).toHaveText(template.title.message);
    await expect(templateHeading).toBeInViewport();

    // A second search from the page it landed on.
    await page.keyboard.press('ControlOrMeta+k');
    await openResult(page, policyTerm, policyTerm, policyTitle);
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === routePath(siteConfig.site.baseUrl, 'policy') &&
        url.hash === '#machine-translation',
    );
    const sectionHeading = page.locator('[id="machine-translation"]');
    await expect(sectionHeading).toHaveText(policyTerm);
    await expect(sectionHeading).toBeInViewport();
  },
);

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} theme: the search page and its open list of results pass axe`, async ({
    page,
  }) => {
    const policyResult = routePath(siteConfig.site.baseUrl, 'policy', 'machine-translation');
    // Loaded in the theme, so axe never measures a colour mid-transition.
    await page.emulateMedia({ colorScheme: scheme });
    const response = await page.goto(`${sitePath('/search')}?q=${encodeURIComponent(policyTerm)}`);
    expect(response?.status()).toBe(200);
    await expectHydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const result = page
      .getByRole('article')
      .getByRole('link', { name: policyTerm, exact: true })
      .and(page.locator(`[href="${policyResult}"]`));
    await expect(result.first()).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(escapeRegExp(siteConfig.project.name)));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    if (scheme === 'light') {
      await expectNoAxeViolations(page, 'search page, light theme');
    }

    // The navbar's list open over the page: with results, and in the dark theme with none.
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.insertText(policyTerm);
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await expectNoAxeViolations(page, `navbar's list of results, ${scheme} theme`);
    if (scheme === 'dark') {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText('qqxqzv');
      await expect(page.getByRole('listbox')).toContainText('No results');
      await expectNoAxeViolations(page, "navbar's list with no results, dark theme");
    }
  });
}
