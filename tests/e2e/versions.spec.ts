import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { buildDirectory } from './buildDirectory';
import { expect, gotoHydrated, sidewaysScroll, test } from './fixtures';
import siteConfig from './siteConfig';
import {
  comparePath,
  draftId,
  versionPath,
  versionsFolder,
  versionsIndexPath,
} from '../../src/config/versionPaths';
import { routePath } from '../../src/config/routes';
import { compareVersions, defaultComparison } from '../../src/versions/releases';

// Paths without the base path; Playwright's baseURL adds it.
const base = '/';
const { version } = siteConfig.policy;

/**
 * The versions in the build under test, read from its pages. The main build has no draft of the
 * next version; the release simulation (tests/fork/simulate.mjs) starts one, builds the site with
 * it, and runs this file on that build as well.
 */
const versionsDir = join(buildDirectory, versionsFolder.slice(1));
const pageNames = readdirSync(versionsDir).filter((name) => name.endsWith('.html'));
const hasDraft = existsSync(join(versionsDir, `${draftId}.html`));
const releasedIds = pageNames
  .map((name) => name.slice(0, -'.html'.length))
  .filter((id) => id !== draftId && id !== 'compare')
  .sort((a, b) => compareVersions(b, a));
/** The two versions the comparison shows by default, or null when there is only one version. */
const usual = defaultComparison([
  ...(hasDraft ? [{ id: draftId, status: 'draft' as const }] : []),
  ...releasedIds.map((id) => ({
    id,
    status: id === version ? ('current' as const) : ('archived' as const),
  })),
]);

/** How the comparison's heading names a version. */
function nameInSentence(id: string): string {
  return id === draftId ? 'the draft of the next version' : `version ${id}`;
}

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

test.describe('while no draft of the next version is under way', () => {
  test.skip(hasDraft, 'The build under test has a draft.');

  test(
    'no page is at the draft’s address, and no page links to it',
    { tag: '@config' },
    async ({ page }) => {
      const draftPath = versionPath(siteConfig.site.baseUrl, draftId);
      const response = await page.request.get(versionPath(base, draftId).slice(1));
      expect(response.status(), draftPath).toBe(404);
      for (const path of [
        versionsIndexPath(base),
        comparePath(base),
        versionPath(base, version),
        routePath(base, 'changelog'),
      ]) {
        await gotoHydrated(page, path);
        await expect(page.locator(`a[href^="${draftPath}"]`), path).toHaveCount(0);
      }
    },
  );
});

test.describe('while the version in force is the only one', () => {
  test.skip(usual !== null, 'The build under test has more than one version.');

  test(
    'the comparison says there is nothing to compare yet',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, comparePath(base));
      await expect(page.getByText('There is only one version of the policy so far')).toBeVisible();
      await expect(page.getByLabel('From', { exact: true })).toHaveCount(0);
      await page.getByRole('link', { name: `version ${version}`, exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: `The policy, version ${version}` }),
      ).toBeVisible();

      await gotoHydrated(page, versionsIndexPath(base));
      await expect(page.getByRole('link', { name: 'Compare any two versions' })).toHaveCount(0);
    },
  );
});

test.describe('while a draft of the next version is under way', () => {
  test.skip(!hasDraft, 'The build under test has no draft.');

  test(
    'the list of versions shows the draft after the versions in force',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, versionsIndexPath(base));
      const draft = page.getByRole('region', {
        name: 'Draft of the next version Not in force yet',
      });
      await expect(draft).toBeVisible();
      await expect(draft).toContainText('The draft is at this address until it is released');
      await gotoHydrated(page, routePath(base, 'changelog'));
      await expect(
        page.getByRole('link', { name: 'draft of the next version', exact: true }),
      ).toHaveAttribute('href', versionPath(siteConfig.site.baseUrl, draftId));
    },
  );

  test(
    'the draft says it is not in force, and asks search engines to leave it out',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, versionPath(base, draftId));
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
});

test.describe('while there are two versions or more', () => {
  test.skip(usual === null, 'The build under test has one version only.');
  // The skip above leaves the usual pair set in every test below.
  const { from: usualFrom, to: usualTo } = usual ?? { from: '', to: '' };

  test(
    'the comparison follows the two menus, and its address',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, comparePath(base));
      const from = page.getByLabel('From', { exact: true });
      const to = page.getByLabel('To', { exact: true });
      await expect(from).toHaveValue(usualFrom);
      await expect(to).toHaveValue(usualTo);
      await from.selectOption(usualTo);
      await to.selectOption(usualFrom);
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page).toHaveURL(
        new RegExp(
          `compare\\?from=${encodeURIComponent(usualTo)}&to=${encodeURIComponent(usualFrom)}$`.replace(
            /\./g,
            '\\.',
          ),
        ),
      );
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: `Changes from ${nameInSentence(usualTo)} to ${nameInSentence(usualFrom)}`,
        }),
      ).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoAxeViolations(page, 'the comparison of two versions, the newer one first');

      await page.goBack();
      await expect(from).toHaveValue(usualFrom);
    },
  );

  for (const [what, query, notice] of [
    ['a version that does not exist', '?from=%3Cimg%20src%3Dx%3E&to=1', 'does not exist'],
    ['one version twice', `?from=${version}&to=${version}`, 'with itself'],
  ] as const) {
    test(`an address that asks for ${what} gets the usual comparison and a notice`, async ({
      page,
    }) => {
      await gotoHydrated(page, `${comparePath(base)}${query}`);
      await expect(page.getByRole('status')).toContainText(notice);
      await expect(page.getByLabel('From', { exact: true })).toHaveValue(usualFrom);
      await expect(page.getByLabel('To', { exact: true })).toHaveValue(usualTo);
      await expect(page.locator('main img')).toHaveCount(0);
    });
  }
});

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

  test('a version and the comparison page are readable', async ({ page }) => {
    await page.goto(versionPath(base, version).slice(1));
    await expect(
      page.getByRole('heading', { level: 1, name: `The policy, version ${version}` }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Disclosure' })).toBeVisible();
    await page.goto(comparePath(base).slice(1));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare versions of the policy' }),
    ).toBeVisible();
    if (usual === null) {
      await expect(page.getByText('There is only one version of the policy so far')).toBeVisible();
      return;
    }
    // Playwright's text search skips <noscript>, so read the note's paragraph directly.
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript p')).toContainText(
      'Choosing other versions needs JavaScript',
    );
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: `Changes from ${nameInSentence(usual.from)} to ${nameInSentence(usual.to)}`,
      }),
    ).toBeVisible();
  });
});
