import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import siteConfig from './siteConfig';
import { templatesFor } from '../../src/components/ReplyTemplates/fill';
import { filterTemplates } from '../../src/components/ReplyTemplates/filters';
import { routePath } from '../../src/config/routes';
import { rowAnchor } from '../../src/data/disclosureUses';
import { policySectionTitles } from '../../src/data/policySections';
import { selfCheckText } from '../../src/components/SelfCheck/wordingText';
import {
  toolKindAnchor,
  toolKindIds,
  toolKinds,
  toolKindUses,
  type ToolKindId,
} from '../../src/data/toolKinds';
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
const faqTitle = pageTitle('faq.mdx');

/** The FAQ's question about tools, as its heading reads: `## Is my tool covered? … {/* #tools *\/}`. */
const toolsQuestion =
  /^## (.+) \{\/\* #tools \*\/\}$/m.exec(
    readFileSync(join(__dirname, '../../docs/faq.mdx'), 'utf8'),
  )?.[1] ?? '';

const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };

/** The words of a name, in lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
}

/**
 * A tool that only this kind names, and that the FAQ's question does not name either: a search
 * for it has one right answer, the kind's own section.
 */
function nameOfItsOwn(kind: ToolKindId): string {
  const elsewhere = new Set([
    ...wordsOf(toolsQuestion),
    ...toolKindIds
      .filter((other) => other !== kind)
      .flatMap((other) => [...toolKinds[other].tools, toolKinds[other].label.message])
      .flatMap(wordsOf),
  ]);
  const name = toolKinds[kind].tools.find((tool) =>
    wordsOf(tool).every((word) => !elsewhere.has(word)),
  );
  if (name === undefined) {
    throw new Error(`src/data/toolKinds.ts: every name of "${kind}" is shared with another kind`);
  }
  return name;
}

/** Opens the navbar's search, from the keyboard, and enters a query in place of any earlier one. */
async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  const box = page.getByRole('navigation', { name: 'Main' }).getByLabel('Search', { exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(query);
}

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

for (const [size, viewport] of Object.entries({ phone, desktop })) {
  test(
    `${size}: search finds each kind of tool by its name, one click from what the policy asks`,
    { tag: '@config' },
    async ({ page }) => {
      const { options } = siteConfig.policy;
      await page.setViewportSize(viewport);
      await gotoHydrated(page, '/policy');
      const policyRows = await page
        .locator('[id^="use-"]')
        .evaluateAll((rows) => rows.map((row) => row.id));

      for (const kind of toolKindIds) {
        const name = nameOfItsOwn(kind);
        await search(page, name);
        const result = page
          .getByRole('listbox')
          .getByRole('option')
          .filter({ hasText: name })
          .filter({ has: page.getByText(faqTitle, { exact: true }) });
        await expect(result).toHaveCount(1);
        await result.click();
        await expect(page).toHaveURL(
          (url) =>
            url.pathname === routePath(siteConfig.site.baseUrl, 'faq') &&
            url.hash === `#${toolKindAnchor(kind)}`,
        );

        // The answer is on the screen: the kind, the name searched for, and each use it leads
        // to, with what the policy asks of it.
        // Its name ends with the words of the "#" link beside it.
        const heading = page.getByRole('heading', {
          level: 3,
          name: new RegExp(`^${escapeRegExp(toolKinds[kind].label.message)}`),
        });
        await expect(heading).toBeInViewport();
        await expect(page.getByRole('listitem').getByText(name, { exact: true })).toBeInViewport();
        const uses = toolKindUses(kind, options);
        expect(uses.length).toBeGreaterThan(0);
        // After the heading: the description, the list of names, and the list of uses.
        const usesList = page.locator(`[id="${toolKindAnchor(kind)}"] ~ ul`).nth(1);
        await expect(usesList.getByRole('listitem')).toHaveCount(uses.length);
        const firstUse = usesList.getByRole('link', { name: uses[0].label.message, exact: true });
        await expect(firstUse).toBeInViewport();
        for (const use of uses) {
          const link = usesList.getByRole('link', { name: use.label.message, exact: true });
          await expect(link).toHaveAttribute(
            'href',
            routePath(siteConfig.site.baseUrl, 'policy', rowAnchor(use.use)),
          );
          // The build's link check cannot see the table's rows, so this test checks each one.
          expect(policyRows, `the policy has the row that ${kind} links to`).toContain(
            rowAnchor(use.use),
          );
          await expect(link.locator('xpath=..')).toContainText(use.verdictLabel.message);
        }
      }

      // One more click: the row of the table, with the same answer.
      const lastKind = toolKindIds[toolKindIds.length - 1];
      const [use] = toolKindUses(lastKind, options);
      await page
        .locator(`[id="${toolKindAnchor(lastKind)}"] ~ ul`)
        .nth(1)
        .getByRole('link', { name: use.label.message, exact: true })
        .click();
      await expect(page).toHaveURL(
        (url) =>
          url.pathname === routePath(siteConfig.site.baseUrl, 'policy') &&
          url.hash === `#${rowAnchor(use.use)}`,
      );
      const row = page.locator(`[id="${rowAnchor(use.use)}"]`);
      await expect(row).toBeInViewport();
      await expect(row).toContainText(use.verdictLabel.message);
    },
  );
}

test('search finds the tools people name in their own words', async ({ page }) => {
  await gotoHydrated(page, '/policy');
  // The names of issue 22, as a first-time contributor types them.
  for (const query of [
    'copilot',
    'ChatGPT',
    'Copilot autocomplete',
    'Claude',
    'DeepL',
    'Cursor',
    'Grammarly',
    'dictation',
  ]) {
    await search(page, query);
    const onFaq = page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ has: page.getByText(faqTitle, { exact: true }) });
    await expect(onFaq.first(), `"${query}" finds the FAQ`).toBeVisible();
  }
});

test('no result is listed twice with the same words', { tag: '@config' }, async ({ page }) => {
  await gotoHydrated(page, '/policy');
  // A question of the self-check is a heading inside a section of the page: the plugin indexes
  // its words twice.
  const question = selfCheckText(siteConfig.policy.options).questions.start.title;
  for (const query of [question, 'summary', 'agent']) {
    await search(page, query);
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(options.first()).not.toHaveAttribute('aria-disabled', 'true');
    const texts = (await options.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
    expect(
      texts.filter((text, index) => texts.indexOf(text) !== index),
      query,
    ).toEqual([]);
  }
});

test(
  'the search page shows no result whose page and words repeat one above it',
  { tag: '@config' },
  async ({ page }) => {
    // Words of the self-check, the builder and the FAQ, whose nested sections repeat their text.
    for (const query of ['disclose', 'authorship', 'agents']) {
      await page.goto(`${sitePath('/search')}?q=${encodeURIComponent(query)}`);
      await expectHydrated(page);
      const results = page.getByRole('main').getByRole('article');
      await expect(results.first()).toBeVisible();
      // What a reader sees of each result: its page, and the words found there.
      const shown = await results.evaluateAll((articles) =>
        articles.map((article) => {
          const href = article.querySelector('h2 a')?.getAttribute('href') ?? '';
          const found = article.querySelector('p[class*="searchResultItemSummary"]');
          const summary = (found?.textContent ?? '').replace(/\s+/g, ' ').trim();
          return summary === '' ? '' : `${href.replace(/[?#].*$/, '')} ${summary}`;
        }),
      );
      const keys = shown.filter((key) => key !== '');
      expect(
        keys.filter((key, index) => keys.indexOf(key) !== index),
        query,
      ).toEqual([]);
    }
  },
);

test('phone: the results show whole titles, and the list scrolls within the screen', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  await gotoHydrated(page, '/policy');
  await search(page, 'agent');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  const cut = await options.evaluateAll((elements) =>
    elements.flatMap((element) =>
      [...element.querySelectorAll('span')]
        .filter((span) => span.scrollWidth > span.clientWidth + 1)
        .map((span) => span.textContent),
    ),
  );
  expect(cut, 'titles cut short').toEqual([]);
  // The last result can be reached: the list scrolls, and ends on the screen.
  const listbox = page.getByRole('listbox');
  const box = await listbox.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(phone.height);
  await options.last().scrollIntoViewIfNeeded();
  await expect(options.last()).toBeInViewport();
  await expectNoAxeViolations(page, "navbar's list of results on a phone");
});

test(
  'the search page has a main landmark, and when nothing matches it points to the tools and the table',
  { tag: '@config' },
  async ({ page }) => {
    await page.goto(`${sitePath('/search')}?q=${encodeURIComponent(policyTerm)}`);
    await expectHydrated(page);
    const main = page.getByRole('main');
    await expect(main).toHaveCount(1);
    await expect(main.getByRole('searchbox')).toBeVisible();
    await expect(main.getByRole('article').first()).toBeVisible();
    const toolsLink = main.getByRole('link', { name: 'the list of tools in the FAQ' });
    await expect(toolsLink).toBeHidden();

    await main.getByRole('searchbox').fill('qqxqzv');
    await expect(main.getByText('Nothing on this site matches your search.')).toBeVisible();
    await expect(main.getByText('No documents were found')).toBeHidden();
    await expect(main.getByRole('link', { name: 'the table “When to disclose”' })).toHaveAttribute(
      'href',
      routePath(siteConfig.site.baseUrl, 'policy', 'when-to-disclose'),
    );
    await expectNoAxeViolations(page, 'search page with no results');

    await toolsLink.click();
    await expect(page).toHaveURL(
      (url) => url.pathname === routePath(siteConfig.site.baseUrl, 'faq') && url.hash === '#tools',
    );
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${escapeRegExp(toolsQuestion)}`) }),
    ).toBeInViewport();
  },
);

test(
  'the reply templates’ search finds the replies for what a tool’s users did',
  { tag: '@config' },
  async ({ page }) => {
    const { options } = siteConfig.policy;
    const templates = templatesFor(options);
    await gotoHydrated(page, '/reply-templates');
    for (const kind of toolKindIds) {
      const name = nameOfItsOwn(kind);
      const expected = filterTemplates(templates, { caseId: null, query: name }, options);
      await page.getByRole('searchbox', { name: 'Search' }).fill(name);
      // The template cards: articles inside the page's own article.
      const cards = page.getByRole('article').getByRole('article');
      await expect(cards, name).toHaveCount(expected.length);
      for (const entry of expected) {
        await expect(
          page.getByRole('article', { name: entry.title.message, exact: true }),
        ).toBeAttached();
      }
    }
    // A contributor who used a chat assistant: at least one reply fits.
    await page.getByRole('searchbox', { name: 'Search' }).fill(nameOfItsOwn('chat'));
    await expect(page.getByRole('article').getByRole('article').first()).toBeVisible();
  },
);
