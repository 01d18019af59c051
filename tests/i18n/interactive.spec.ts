// In the pseudo-locale build, the text that appears only after a visit or a click went through
// the translation files too: every result of the self-check, the builder's messages about the
// fields the build would stop on, and the messages of the copy and download buttons.
import type { Page } from '@playwright/test';
import { load } from 'cheerio';
import { allPaths } from '../unit/selfCheckPaths';
import { addressFor } from '../../src/components/SelfCheck/url';
import { expect, gotoHydrated, test } from '../e2e/fixtures';
import siteConfig from '../e2e/siteConfig';
import { configValues, hasUntransformedLetters, readerTexts } from './readerText';

const allowed = configValues(siteConfig);

async function untransformedTexts(page: Page): Promise<string[]> {
  return readerTexts(load(await page.content()))
    .filter(({ text }) => hasUntransformedLetters(text, allowed))
    .map(({ where, text }) => `${where}: ${text.trim()}`);
}

/** A result section's title, which the check focuses once the result shows. */
function resultTitle(page: Page): ReturnType<Page['locator']> {
  return page.locator('section h2[tabindex="-1"]');
}

test.describe('the pseudo-locale, after a visit or a click', () => {
  test('the self-check: its first question, its error and every kind of result', async ({
    page,
  }) => {
    await gotoHydrated(page, '/self-check');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('form [id$="-error"]')).toBeVisible();
    expect(await untransformedTexts(page)).toEqual([]);

    // The button that folds the list of every question, in both its states.
    const toggle = page.locator('[aria-controls="self-check-checklist-content"]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await untransformedTexts(page)).toEqual([]);

    // Read once the notice about the unreadable answer shows, so that its text is read too.
    await gotoHydrated(page, '/self-check?start=maybe');
    await expect(page.getByRole('status').filter({ hasText: /\S/ }).first()).toBeVisible();
    expect(await untransformedTexts(page)).toEqual([]);

    const kinds = new Map<string, string>();
    for (const { answers, result } of allPaths(siteConfig.policy.options)) {
      const kind = `${result.outcome}/${result.disclosure}`;
      if (!kinds.has(kind)) {
        kinds.set(kind, addressFor(answers));
      }
    }
    for (const [kind, address] of kinds) {
      await gotoHydrated(page, `/self-check${address}`);
      await expect(resultTitle(page), kind).toBeVisible();
      expect(await untransformedTexts(page), kind).toEqual([]);
    }
  });

  test('the adoption builder: errors, reminders, the summary and the zip', async ({ page }) => {
    const broken = new URLSearchParams({
      'project.name': 'Kelpwood',
      'site.baseUrl': 'policy',
      'policy.adoptedOn': '',
      'textLicense.name': 'x'.repeat(81),
      'contact.url': 'ftp://example.org',
    });
    await gotoHydrated(page, `/adopt#choices?${broken.toString()}`);
    await expect(page.locator('.alert--danger').first()).toBeVisible();
    await page.locator('input[type="radio"]:not(:checked)').first().check();
    await expect(page.locator('[role="status"]').filter({ hasText: /\S/ }).first()).toBeVisible();
    // While a field would stop the build, the downloads say why they wait.
    expect(await untransformedTexts(page)).toEqual([]);

    await gotoHydrated(page, '/adopt');
    await page.locator('button.button--primary').first().click();
    await expect(page.locator('[role="status"]').filter({ hasText: '.zip' })).toBeVisible();
    expect(await untransformedTexts(page)).toEqual([]);
  });

  test('the reply templates: no match, and a copied reply', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/reply-templates?q=zebra');
    await expect(page.locator('.alert--secondary')).toBeVisible();
    expect(await untransformedTexts(page)).toEqual([]);

    await gotoHydrated(page, '/reply-templates');
    await page.locator('article article button').first().click();
    await expect(page.locator('article article [role="status"]').first()).not.toBeEmpty();
    expect(await untransformedTexts(page)).toEqual([]);
  });

  test('the search boxes, once the page runs', async ({ page }) => {
    await gotoHydrated(page, '/');
    await expect(page.locator('input.navbar__search-input')).toHaveAttribute('aria-label', /⟦/u);
    await gotoHydrated(page, '/search');
    await expect(page.locator('input[type="search"][name="q"]')).toHaveAttribute(
      'aria-label',
      /⟦/u,
    );
    expect(await untransformedTexts(page)).toEqual([]);
  });
});
