import type { Locator, Page } from '@playwright/test';
import siteConfig from './siteConfig';
import { walk, type Result } from '../../src/components/SelfCheck/logic';
import type { Answer, QuestionId } from '../../src/data/selfCheck/flow';
import { selfCheckText } from '../../src/components/SelfCheck/wordingText';
import { expect, gotoHydrated, test } from './fixtures';
import { pdfOutlineTitles, pdfPageCount } from './pdf';

// Expectations come from the config under test: its address for the links, its options for the
// self-check's questions.
const { site, policy } = siteConfig;
const wording = selfCheckText(policy.options);

/** Checks what paper shows: the page's text without the site's frame or any control. */
async function expectPrintedCleanly(page: Page): Promise<void> {
  // On screen first, so that each check below can fail.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('button').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // Print styles hide these elements, so no role or label finds them any more.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Docs sidebar' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Docs pages' })).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByText('You are looking at the example configuration')).toBeHidden();
  for (const frame of ['.theme-doc-toc-desktop', '.theme-doc-toc-mobile', '.hash-link']) {
    for (const element of await page.locator(frame).all()) {
      await expect(element).toBeHidden();
    }
  }
  // The policy's version and date stay on paper, as the footer that says them is gone.
  await expect(page.getByRole('article').first()).toContainText(
    `Policy version ${policy.version}, adopted `,
  );
}

/** The text that print styles write after a link. */
async function printedAfter(link: Locator): Promise<string> {
  return link.evaluate((element) => getComputedStyle(element, '::after').content);
}

/** Whether a link leads to a place on the page that is open: "#part" or "<this page>#part". */
function isSamePage(href: string, page: Page): boolean {
  const here = new URL(page.url());
  const target = new URL(href, here);
  return (
    target.hash !== '' &&
    target.origin === here.origin &&
    target.pathname === here.pathname &&
    target.search === here.search
  );
}

/**
 * Every link of the article to another page leads somewhere that paper names in full; links to
 * a place on the same page print no address, however they are written.
 */
async function expectLinkAddresses(page: Page): Promise<void> {
  const links = await page.getByRole('article').first().locator('a[href]').all();
  expect(links.length).toBeGreaterThan(3);
  for (const link of links) {
    const href = (await link.getAttribute('href')) ?? '';
    if (!(await link.isVisible())) {
      continue;
    }
    const printed = expect.poll(() => printedAfter(link), href);
    if (isSamePage(href, page)) {
      await printed.toBe('none');
    } else if (href.startsWith('/')) {
      await printed.toBe(`" (${site.url}${href})"`);
    } else {
      await printed.toBe(`" (${href})"`);
    }
  }
}

for (const [path, heading] of [
  ['/policy', 'Responsibility'],
  ['/reviewers-guide', 'Before you ask'],
] as const) {
  test(
    `${path} prints without the site's frame, with each link's address, to a PDF with its headings`,
    { tag: '@config' },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await gotoHydrated(page, path);
      await expectPrintedCleanly(page);
      await expectLinkAddresses(page);
      if (path === '/policy') {
        // The "In short" box links to the sections below it: no address on paper, as the
        // sections are on the same sheets.
        const summaryLinks = page
          .locator('.theme-admonition')
          .filter({ hasText: 'In short' })
          .getByRole('link');
        expect(await summaryLinks.count()).toBeGreaterThan(0);
        for (const link of await summaryLinks.all()) {
          await expect(link).toBeVisible();
          await expect.poll(() => printedAfter(link)).toBe('none');
        }
      }
      // Ink on paper, whatever the colour theme.
      await expect(page.getByRole('article').first().locator('p').first()).toHaveCSS(
        'color',
        'rgb(0, 0, 0)',
      );
      await expect(page.getByRole('heading', { level: 2, name: heading })).toHaveCSS(
        'break-after',
        'avoid',
      );

      // The outline, which Chromium makes from a tagged PDF's headings, shows that the text is there.
      const pdf = await page.pdf({ format: 'A4', tagged: true, outline: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(30);
      expect(pdfOutlineTitles(pdf)).toContain(heading);
    },
  );
}

/** A path through the self-check on which an LLM finished lines of code, and its result. */
function pathToResult(): { readonly answers: Answer[]; readonly result: Result } {
  const answers: Answer[] = [];
  const chosen: Readonly<Record<QuestionId, readonly string[]>> = {
    start: ['yes'],
    uses: ['lineCompletion'],
    closedModel: ['no'],
    source: ['own'],
    decisions: ['yes'],
  };
  for (;;) {
    const walked = walk(answers, policy.options);
    if (!walked.ok) {
      throw new Error('The path to a result is not valid under these options.');
    }
    if (walked.step.kind === 'result') {
      return { answers, result: walked.step.result };
    }
    const { question } = walked.step;
    answers.push({ question, options: [...chosen[question]] } as Answer);
  }
}

test('a self-check result prints its outcome, reasons and disclosure, without the form', async ({
  page,
}) => {
  const { answers, result: expected } = pathToResult();
  await gotoHydrated(page, '/self-check');
  for (const { question, options } of answers) {
    const { title, options: labels } = wording.questions[question] as {
      readonly title: string;
      readonly options: Readonly<Record<string, { readonly label: string }>>;
    };
    const group = page.getByRole('group', { name: title });
    for (const option of options) {
      await group.getByLabel(labels[option].label, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  const result = page.getByRole('region').filter({ hasText: 'Your result' });
  const outcome = result.getByRole('heading', { level: 2 });
  await expect(outcome).toBeFocused();

  await expectPrintedCleanly(page);
  await expect(outcome).toBeVisible();
  await expect(result.getByRole('listitem').first()).toBeVisible();
  if (expected.disclosure === 'required' || expected.disclosure === 'recommended') {
    await expect(result.getByRole('figure').first()).toBeVisible();
  }
  const policyLink = result.getByRole('link', { name: /^Policy: / }).first();
  const policyHref = (await policyLink.getAttribute('href')) ?? '';
  expect(policyHref).toMatch(/^\//);
  await expect.poll(() => printedAfter(policyLink)).toBe(`" (${site.url}${policyHref})"`);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(6);
});
