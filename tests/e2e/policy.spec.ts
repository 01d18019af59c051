import { routes } from '../../src/config/routes';
import { policyAnchors, policyPointIds } from '../../src/data/policySections';

const policyPath = routes.policy;
import { expect, gotoHydrated, sitePath, test } from './fixtures';

test('every policy anchor leads to its section', { tag: '@config' }, async ({ page }) => {
  for (const anchor of policyAnchors) {
    // A fresh load each time: a link from elsewhere opens the page at the anchor.
    await page.goto('about:blank');
    await gotoHydrated(page, `${policyPath}#${anchor}`);
    const heading = page.locator(`#${anchor}`);
    await expect(heading, anchor).toHaveCount(1);
    await expect(heading, anchor).toBeInViewport();
  }
});

test('the summary box links to each of the six points', { tag: '@config' }, async ({ page }) => {
  await gotoHydrated(page, policyPath);
  const summary = page.locator('.theme-admonition').first();
  for (const id of policyPointIds) {
    await expect(summary.locator(`a[href$="#${id}"]`).first()).toBeVisible();
  }
});

test.describe('with JavaScript turned off', { tag: '@config' }, () => {
  test.use({ javaScriptEnabled: false });

  test('the policy is fully readable', async ({ page }) => {
    const response = await page.goto(sitePath(policyPath));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The policy');
    await expect(page.getByText('I am the author').first()).toBeVisible();
    for (const id of policyPointIds) {
      await expect(page.locator(`h2#${id}`)).toBeVisible();
    }
    await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
  });

  test('the home page and its three paths are there', async ({ page }) => {
    await page.goto(sitePath('/'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read the policy' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the reviewers’ guide' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Adopt this policy' }).first()).toBeVisible();
  });
});
