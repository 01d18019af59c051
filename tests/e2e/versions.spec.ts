import { expectNoAxeViolations } from './axe';
import { expect, gotoHydrated, sidewaysScroll, test } from './fixtures';
import siteConfig from './siteConfig';
import { comparePath, versionPath, versionsIndexPath } from '../../src/config/versionPaths';
import { routePath } from '../../src/config/routes';

// Paths without the base path; Playwright's baseURL adds it.
const base = '/';
const { version } = siteConfig.policy;

test(
  'the list of versions gives each version its permanent address',
  { tag: '@config' },
  async ({ page }) => {
    await gotoHydrated(page, versionsIndexPath(base));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Versions of the policy' }),
    ).toBeVisible();
    const current = page.getByRole('region', { name: `Version ${version} In force` });
    await expect(current).toBeVisible();
    const address = `${siteConfig.site.url}${versionPath(siteConfig.site.baseUrl, version)}`;
    await expect(current.getByRole('link', { name: address })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Draft of the next version Not in force yet' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the list of versions');

    await current.getByRole('link', { name: `Version ${version}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${versionPath('', version).replace(/\./g, '\\.')}$`));
    await expect(
      page.getByRole('heading', { level: 1, name: `The policy, version ${version}` }),
    ).toBeVisible();
  },
);

test(
  'a version’s page shows its text, its status, and keeps its anchors',
  { tag: '@config' },
  async ({ page }) => {
    await gotoHydrated(page, versionPath(base, version, 'disclosure'));
    await expect(page.getByRole('heading', { level: 2, name: 'Disclosure' })).toBeInViewport();
    const note = page.getByRole('note');
    await expect(note).toContainText(`This is version ${version}, the version in force.`);
    await expect(note.getByRole('link', { name: /The policy page/ })).toHaveAttribute(
      'href',
      routePath(siteConfig.site.baseUrl, 'policy'),
    );
    // The same passages as the policy page, in the same order.
    const headings = await page.locator('article .markdown h2').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    await page.goto(routePath(base, 'policy').slice(1));
    await expect(page.locator('article .markdown h2')).toHaveText(headings);

    await gotoHydrated(page, versionPath(base, version));
    await page.getByText('What this version changed, and why').click();
    await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible();
    await expectNoAxeViolations(page, 'a version with what it changed open');
  },
);

test(
  'the draft says it is not in force, and asks search engines to leave it out',
  { tag: '@config' },
  async ({ page }) => {
    await gotoHydrated(page, versionPath(base, 'next'));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Draft of the next version' }),
    ).toBeVisible();
    await expect(page.getByRole('note')).toContainText('It is not in force');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await page.getByRole('link', { name: 'See what the draft changes' }).click();
    await expect(page).toHaveURL(/\/versions\/compare\?from=[^&]+&to=next$/);
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: `Changes from version ${version} to the draft of the next version`,
      }),
    ).toBeVisible();
  },
);

test(
  'the comparison follows the two menus, and its address',
  { tag: '@config' },
  async ({ page }) => {
    await gotoHydrated(page, comparePath(base));
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    await expect(from).toHaveValue(version);
    await expect(to).toHaveValue('next');
    await from.selectOption('next');
    await to.selectOption(version);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(
      new RegExp(`compare\\?from=next&to=${encodeURIComponent(version).replace(/\./g, '\\.')}$`),
    );
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: `Changes from the draft of the next version to version ${version}`,
      }),
    ).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the comparison of the draft with a version');

    await page.goBack();
    await expect(from).toHaveValue(version);
  },
);

for (const [what, query, notice] of [
  ['a version that does not exist', '?from=%3Cimg%20src%3Dx%3E&to=1', 'does not exist'],
  ['one version twice', `?from=next&to=next`, 'with itself'],
] as const) {
  test(`an address that asks for ${what} gets the usual comparison and a notice`, async ({
    page,
  }) => {
    await gotoHydrated(page, `${comparePath(base)}${query}`);
    await expect(page.getByRole('status')).toContainText(notice);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(version);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('next');
    await expect(page.locator('main img')).toHaveCount(0);
  });
}

test('the comparison fits a narrow screen in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [comparePath(base), versionsIndexPath(base), versionPath(base, version)]) {
    await gotoHydrated(page, path);
    await expect
      .poll(() => sidewaysScroll(page), `how far ${path} scrolls sideways`)
      .toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${path}, dark theme, 360 px`);
  }
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a version and the comparison are readable', async ({ page }) => {
    await page.goto(versionPath(base, version).slice(1));
    await expect(
      page.getByRole('heading', { level: 1, name: `The policy, version ${version}` }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Disclosure' })).toBeVisible();
    await page.goto(comparePath(base).slice(1));
    // Playwright's text search skips <noscript>, so read the note's paragraph directly.
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript p')).toContainText(
      'Choosing other versions needs JavaScript',
    );
    await expect(
      page.getByRole('heading', { level: 2, name: /^Changes from version/ }),
    ).toBeVisible();
  });
});
