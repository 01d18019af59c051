import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import siteConfig from './siteConfig';
import { templatesFor } from '../../src/components/ReplyTemplates/fill';
import { routePath } from '../../src/config/routes';
import { policySectionTitles } from '../../src/data/policySections';
import { expect, gotoHydrated, sitePath, test } from './fixtures';

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
  return title;
}
const policyTitle = pageTitle('policy.mdx');
const replyTemplatesTitle = pageTitle('reply-templates.mdx');

/**
 * Enters a query in the navbar's search box, then moves down the results with the arrow keys to
 * the one with this title on this page, and opens it with Enter.
 */
async function openResult(page: Page, query: string, title: string, onPage: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  // As one input, like a paste: each keystroke would list results again, each time anew.
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
  }
  await expect(target).toHaveAttribute('aria-selected', 'true');
  // The box tells assistive technology which result is selected.
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await target.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
}

test('search finds a reply template by its title and a policy term, from the keyboard alone', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, '/');
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
});

test('the search page and the open list of results pass axe in both themes', async ({
  page,
  makeAxeBuilder,
}) => {
  const policyResult = routePath(siteConfig.site.baseUrl, 'policy', 'machine-translation');
  for (const scheme of ['light', 'dark'] as const) {
    // A fresh load in each theme, so axe never measures a colour mid-transition.
    await page.emulateMedia({ colorScheme: scheme });
    const response = await page.goto(`${sitePath('/search')}?q=${encodeURIComponent(policyTerm)}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const result = page
      .getByRole('article')
      .getByRole('link', { name: policyTerm, exact: true })
      .and(page.locator(`[href="${policyResult}"]`));
    await expect(result.first()).toBeVisible();
    expect(await page.title()).toContain(siteConfig.project.name);
    if (scheme === 'light') {
      expect((await makeAxeBuilder().analyze()).violations, 'search page').toEqual([]);
    }

    // The navbar's list open over the page, with results, and in the light theme with none.
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type(policyTerm);
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations, `results, ${scheme}`).toEqual([]);
    if (scheme === 'light') {
      await page.getByRole('combobox', { name: 'Search' }).fill('qqxqzv');
      await expect(page.getByRole('listbox')).toContainText('No results');
      expect((await makeAxeBuilder().analyze()).violations, 'no results').toEqual([]);
    }
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});
