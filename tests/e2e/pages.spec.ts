import siteConfig from './siteConfig';
import { expect, expectHydrated, gotoHydrated, test } from './fixtures';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();

test('the sitemap lists every page of the policy site', () => {
  expect([...paths].sort()).toEqual(
    [
      '/',
      '/about',
      '/adopt',
      '/changelog',
      '/concerns',
      '/faq',
      '/glossary',
      '/policy',
      '/reviewers-guide',
      '/reply-templates',
      '/self-check',
      '/values',
      // The versions of the policy: the list, the comparison, and the version in force. The
      // draft of the next version asks search engines to leave it out.
      '/versions',
      '/versions/compare',
      `/versions/${siteConfig.policy.version}`,
    ].sort(),
  );
});

for (const path of paths) {
  test(`page ${path}: one h1, a title, the project's name, no axe violations in the light theme, nor in the dark theme at 360 px, where nothing scrolls sideways`, async ({
    page,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, path);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).toContain(siteConfig.project.name);
    await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(
      siteConfig.project.name,
    );
    if (siteConfig.isExample) {
      await expect(page.getByText('You are looking at the example configuration')).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect((await makeAxeBuilder().analyze()).violations, 'light theme').toEqual([]);

    // A fresh load in the dark theme on a narrow screen, so no colour is caught mid-transition.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expectHydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect((await makeAxeBuilder().analyze()).violations, 'dark theme, 360 px').toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the theme switch changes the theme and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, '/policy');
  const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
  // The switch cycles through system, light and dark; click until it reports dark.
  for (let clicks = 0; clicks < 3; clicks += 1) {
    if ((await toggle.getAttribute('aria-label'))?.includes('currently dark mode')) {
      break;
    }
    await toggle.click();
  }
  await expect(toggle).toHaveAccessibleName(/currently dark mode/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the home page offers a path for each kind of reader', async ({ page }) => {
  await gotoHydrated(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('author');
  const paths = page.getByRole('region', { name: 'Where do you want to start?' });
  for (const [heading, link, target] of [
    ['I’m contributing', 'Read the policy', /\/policy$/],
    ['I’m reviewing', 'Open the reviewers’ guide', /\/reviewers-guide$/],
    ['I’m adopting this policy', 'Adopt this policy', /\/adopt$/],
  ] as const) {
    await expect(paths.getByRole('heading', { name: heading })).toBeVisible();
    await expect(paths.getByRole('link', { name: link })).toHaveAttribute('href', target);
  }
});

test('the navbar keeps each label on one line just above the mobile breakpoint', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await gotoHydrated(page, '/');
  const links = page.getByRole('navigation', { name: 'Main' }).locator('a.navbar__link');
  const boxes = await links.evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => element.getBoundingClientRect().height),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(6);
  const tallest = Math.max(...boxes);
  const lowest = Math.min(...boxes);
  expect(tallest - lowest).toBeLessThan(2);
});
