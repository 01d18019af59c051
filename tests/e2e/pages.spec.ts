import siteConfig from './siteConfig';
import { themes as prismThemes } from 'prism-react-renderer';
import { expectNoAxeViolations } from './axe';
import {
  escapeRegExp,
  expect,
  expectHydrated,
  gotoHydrated,
  sidewaysScroll,
  test,
} from './fixtures';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();

test('the sitemap lists every page of the policy site', { tag: '@config' }, () => {
  expect([...paths].sort()).toEqual(
    [
      '/',
      '/about',
      '/adopt',
      '/changelog',
      '/comparison',
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
  test(
    `page ${path}: one h1, a title, the project's name, no axe violations in the light theme, nor in the dark theme at 360 px, where nothing scrolls sideways`,
    { tag: '@config' },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await gotoHydrated(page, path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(new RegExp(escapeRegExp(siteConfig.project.name)));
      await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(
        siteConfig.project.name,
      );
      if (siteConfig.isExample) {
        await expect(page.getByText('You are looking at the example configuration')).toBeVisible();
      }
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expectNoAxeViolations(page, `${path}, light theme`);

      // A fresh load in the dark theme on a narrow screen, so no colour is caught mid-transition.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.reload();
      await expectHydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expectNoAxeViolations(page, `${path}, dark theme, 360 px`);
      await expect
        .poll(() => sidewaysScroll(page), 'how far the page scrolls sideways')
        .toBeLessThanOrEqual(0);
    },
  );
}

test('code blocks take the colours of the theme the page opens in', async ({ page }) => {
  // The code themes' backgrounds, as docusaurus.config.ts sets them, as the browser writes them.
  const rgbOf = (hex: string | undefined): string =>
    `rgb(${[1, 3, 5].map((start) => parseInt(hex?.slice(start, start + 2) ?? '', 16)).join(', ')})`;
  const codeBlock = page.locator('article pre').first();

  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, '/adopt');
  await expect(codeBlock).toHaveCSS(
    'background-color',
    rgbOf(prismThemes.github.plain.backgroundColor),
  );

  // A fresh load in the dark theme: the block is drawn in light colours on the server, and must
  // change to dark ones once the page runs.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expectHydrated(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(codeBlock).toHaveCSS(
    'background-color',
    rgbOf(prismThemes.dracula.plain.backgroundColor),
  );
});

test('the theme switch changes the theme and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, '/policy');
  const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
  // The switch cycles through system, light and dark; click until it reports dark. Each click
  // waits until the switch has named its new mode, so no label is read before it changes.
  for (let clicks = 0; clicks < 3; clicks += 1) {
    const label = (await toggle.getAttribute('aria-label')) ?? '';
    if (label.includes('currently dark mode')) {
      break;
    }
    await toggle.click();
    await expect(toggle).not.toHaveAttribute('aria-label', label);
  }
  await expect(toggle).toHaveAccessibleName(/currently dark mode/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test(
  'the home page offers a path for each kind of reader',
  { tag: '@config' },
  async ({ page }) => {
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
  },
);

test(
  'the navbar keeps each label on one line just above the mobile breakpoint',
  { tag: '@config' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await gotoHydrated(page, '/');
    const links = page.getByRole('navigation', { name: 'Main' }).locator('a.navbar__link');
    const heights = (): Promise<number[]> =>
      links.evaluateAll((elements) =>
        elements
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => element.getBoundingClientRect().height),
      );
    await expect.poll(async () => (await heights()).length).toBeGreaterThanOrEqual(6);
    // The labels settle once the fonts are in; then the tallest is as tall as the lowest.
    await expect
      .poll(async () => {
        const boxes = await heights();
        return Math.max(...boxes) - Math.min(...boxes);
      })
      .toBeLessThan(2);
  },
);
