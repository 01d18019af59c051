import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import siteConfig from './siteConfig';
import { buildTemplatesFile, exportFileName } from '../../src/components/ReplyTemplates/exportFile';
import {
  emptyInputs,
  filledReply,
  templatesFor,
  type ReplyInputs,
} from '../../src/components/ReplyTemplates/fill';
import { filterTemplates } from '../../src/components/ReplyTemplates/filters';
import { markdownText } from '../../src/utils/markdownText';
import { type ReplyTemplate } from '../../src/data/replyTemplates';
import { replyCaseTitles } from '../../src/data/replyCases';
import { expectNoAxeViolations } from './axe';
import { gotoAsWithoutJavaScript } from './withoutJavaScript';
import {
  expect,
  expectHydrated,
  expectSelectedFallback,
  gotoHydrated,
  sidewaysScroll,
  sitePath,
  test,
} from './fixtures';

const templates = templatesFor(siteConfig.policy.options);
const total = templates.length;
const siteRoot = `${siteConfig.site.url}${siteConfig.site.baseUrl}`;

function template(id: string): ReplyTemplate {
  const found = templates.find((entry) => entry.id === id);
  if (!found) {
    throw new Error(`No template ${id} for this configuration`);
  }
  return found;
}

const firstQuestion = template('unsure-first-question');

function card(page: Page, entry: ReplyTemplate): ReturnType<Page['getByRole']> {
  return page.getByRole('article', { name: entry.title.message, exact: true });
}

/** The template cards: articles inside the page's own article. */
function cards(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('article').getByRole('article');
}

/** The names' fields inside one template, shown when the page's address points to it. */
function namesInTemplate(page: Page, entry: ReplyTemplate): ReturnType<Page['getByRole']> {
  return card(page, entry).getByRole('group', { name: 'Fill in the names' });
}

async function fillInputs(page: Page, inputs: ReplyInputs): Promise<void> {
  await page.getByLabel('Contributor’s handle').fill(inputs.contributor);
  await page.getByLabel('Your name').fill(inputs.reviewer);
}

async function copyAndRead(page: Page, entry: ReplyTemplate): Promise<string> {
  await card(page, entry).getByRole('button', { name: 'Copy the reply' }).click();
  await expect(card(page, entry).getByRole('button', { name: 'Copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Waits until every preview on the page shows the templates filled with these inputs. */
async function expectPreviews(page: Page, inputs: ReplyInputs): Promise<void> {
  await expect.poll(() => previews(page), 'the previews').toEqual(expectedPreviews(inputs));
}

/** The exact text of every preview on the page, by template id. */
async function previews(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('article article')).map((article) => [
        article.querySelector('[id]')?.id ?? '',
        article.querySelector('pre')?.textContent ?? '',
      ]),
    ),
  );
}

function expectedPreviews(inputs: ReplyInputs): Record<string, string> {
  return Object.fromEntries(
    templates.map((entry) => [entry.id, filledReply(entry, siteConfig, inputs)]),
  );
}

test.describe('the reply templates page', () => {
  test(
    'lists every template under its case, each with its own anchor',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/reply-templates');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reply templates');
      await expect(cards(page)).toHaveCount(total);
      await expect(page.getByRole('status').first()).toHaveText(
        `Showing ${total} of ${total} templates.`,
      );
      for (const entry of templates) {
        await expect(page.locator(`h3#${entry.id}`)).toHaveText(entry.title.message);
        await expect(page.locator(`h2#${entry.case}`)).toHaveText(
          replyCaseTitles[entry.case].message,
        );
      }
      await expectPreviews(page, emptyInputs);
    },
  );

  test(
    'a template’s link opens the page at that template',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/reply-templates#closing-copyright');
      await expect(page.locator('#closing-copyright')).toBeInViewport();
      // The names can be filled in right there, and only there besides the top of the page.
      const names = namesInTemplate(page, template('closing-copyright'));
      await expect(names.getByLabel('Contributor’s handle')).toBeInViewport();
      await expect(page.getByRole('group', { name: 'Fill in the names' })).toHaveCount(1);
    },
  );

  test('filters by situation, and the filter lives in the URL', async ({ page }) => {
    const closing = templates.filter((entry) => entry.case === 'case-closing');
    await gotoHydrated(page, '/reply-templates');
    await page
      .getByLabel('Situation')
      .selectOption({ label: replyCaseTitles['case-closing'].message });
    await expect(page).toHaveURL(/\?case=case-closing$/);
    await expect(cards(page)).toHaveCount(closing.length);
    await expect(page.getByRole('status').first()).toHaveText(
      `Showing ${closing.length} of ${total} templates.`,
    );
    for (const entry of closing) {
      await expect(card(page, entry)).toBeVisible();
    }

    await page.reload();
    await expectHydrated(page);
    await expect(page.getByLabel('Situation')).toHaveValue('case-closing');
    await expect(cards(page)).toHaveCount(closing.length);

    await page.getByLabel('Situation').selectOption({ label: 'All situations' });
    await expect(page).toHaveURL(/\/reply-templates$/);
    await expect(cards(page)).toHaveCount(total);
  });

  test('searches every word, and a shared link opens the same search', async ({ page }) => {
    await gotoHydrated(page, '/reply-templates');
    // Typed key by key: each key updates the URL, and no character may be lost on the way.
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('copyright doubt');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('copyright doubt');
    await expect(page).toHaveURL(/\?q=copyright\+doubt$/);
    await expect(cards(page)).toHaveCount(1);
    await expect(card(page, template('closing-copyright'))).toBeVisible();

    // Words, not letters: "AI" finds what is about LLMs, not every "again" and "explain".
    await page.getByRole('searchbox', { name: 'Search' }).fill('AI');
    const aboutLlms = filterTemplates(
      templates,
      { caseId: null, query: 'AI' },
      siteConfig.policy.options,
    );
    expect(aboutLlms.length).toBeLessThan(total);
    await expect(cards(page)).toHaveCount(aboutLlms.length);

    await gotoHydrated(page, '/reply-templates?case=case-unsure&q=follow-up');
    await expect(page.getByLabel('Situation')).toHaveValue('case-unsure');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('follow-up');
    await expect(cards(page)).toHaveCount(1);
    await expect(card(page, template('unsure-follow-up'))).toBeVisible();
  });

  test('when nothing matches, it says so and offers the way back', async ({ page }) => {
    await gotoHydrated(page, '/reply-templates');
    await page.getByRole('searchbox', { name: 'Search' }).fill('zebra');
    await expect(page.getByText('No template matches.')).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(`Showing 0 of ${total} templates.`);
    await page.getByRole('button', { name: 'Show all templates' }).click();
    await expect(cards(page)).toHaveCount(total);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await expect(page).toHaveURL(/\/reply-templates$/);
  });

  test('ignores tampered URL parameters', async ({ page }) => {
    const tampered = encodeURIComponent('<img src=x onerror=alert(1)>');
    await gotoHydrated(page, `/reply-templates?case=${tampered}&q=${'a'.repeat(500)}&case=x`);
    await expect(page.getByLabel('Situation')).toHaveValue('');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('a'.repeat(100));
    await expect(page.getByText('No template matches.')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    await gotoHydrated(page, '/reply-templates?case=__proto__&q=%E0%A4%A');
    await expect(page.getByLabel('Situation')).toHaveValue('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reply templates');
  });

  test(
    'fills every preview as you type, and copies the filled Markdown',
    { tag: '@config' },
    async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await gotoHydrated(page, '/reply-templates');
      const inputs = { contributor: 'sam-lee', reviewer: 'Ana Souza' };
      await fillInputs(page, inputs);
      await expectPreviews(page, inputs);

      const copied = await copyAndRead(page, firstQuestion);
      expect(copied).toBe(filledReply(firstQuestion, siteConfig, inputs));
      expect(copied.startsWith('Hi @sam-lee, thank you for this contribution to ')).toBe(true);
      expect(copied).toContain(`(${siteRoot}policy#responsibility)`);
      expect(copied.endsWith('Best wishes,\nAna Souza')).toBe(true);
    },
  );

  test('warns on Copy when a fill-in is still in the reply', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/reply-templates');
    const repeat = template('repeat-close');
    await fillInputs(page, { contributor: 'sam-lee', reviewer: 'Ana' });
    await expect(card(page, repeat)).toContainText(
      'Before you post, fill in: [link to the earlier conversation], [what you noticed in the work].',
    );
    await copyAndRead(page, repeat);
    await expect(card(page, repeat).getByRole('status')).toHaveText(
      'Copied to the clipboard. Before you post, fill in: [link to the earlier conversation], [what you noticed in the work].',
    );
    // With everything filled in that the page can fill, a first question has nothing left.
    await copyAndRead(page, firstQuestion);
    await expect(card(page, firstQuestion).getByRole('status')).toHaveText(
      'Copied to the clipboard.',
    );
  });

  test('adds the @ once, never twice', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/reply-templates');
    await fillInputs(page, { contributor: '  @@sam-lee ', reviewer: '' });
    const copied = await copyAndRead(page, firstQuestion);
    expect(copied.startsWith('Hi @sam-lee, thank you')).toBe(true);
    expect(copied.endsWith('Best wishes,\n[your name]')).toBe(true);
  });

  test('shows and copies hostile input as plain text; nothing runs', async ({ page, context }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/reply-templates');
    const imagesBefore = await page.locator('img').count();

    for (const contributor of [
      '<img src=x onerror=alert(1)>',
      '**bold**',
      '@everyone',
      'مرحبا سامي',
      '🦊‍🔥 fox',
      '{reviewer} $& </pre><script>alert(2)</script>',
    ]) {
      const inputs = { contributor, reviewer: '<b>Ana</b>' };
      await fillInputs(page, inputs);
      const expected = filledReply(firstQuestion, siteConfig, inputs);
      await expect(card(page, firstQuestion).locator('pre')).toHaveText(expected, {
        useInnerText: false,
      });
      expect(await copyAndRead(page, firstQuestion)).toBe(expected);
    }

    await expect(page.locator('img')).toHaveCount(imagesBefore);
    await expect(page.locator('article b, article script, article strong')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('a 5,000-character handle wraps and is copied whole', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoHydrated(page, '/reply-templates');
    const inputs = { contributor: 'x'.repeat(5000), reviewer: 'y'.repeat(5000) };
    await fillInputs(page, inputs);
    expect(await copyAndRead(page, firstQuestion)).toBe(
      filledReply(firstQuestion, siteConfig, inputs),
    );
    await expect
      .poll(() => sidewaysScroll(page), 'how far the page scrolls sideways')
      .toBeLessThanOrEqual(0);
    await expect
      .poll(async () => (await card(page, firstQuestion).locator('pre').boundingBox())?.width)
      .toBeLessThanOrEqual(360);
  });

  test.describe('when the browser refuses to copy', () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: {
            writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
          },
        });
        // The old copy route must fail too, so the fallback text is the only way left.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        document.execCommand = () => false;
      });
    });

    test('shows the reply as selected text, with a message', async ({ page }) => {
      await gotoHydrated(page, '/reply-templates');
      const inputs = { contributor: 'sam-lee', reviewer: 'Ana' };
      await fillInputs(page, inputs);
      await card(page, firstQuestion).getByRole('button', { name: 'Copy the reply' }).click();
      const fallback = card(page, firstQuestion).getByRole('textbox', {
        name: /did not allow copying/,
      });
      await expectSelectedFallback(fallback, filledReply(firstQuestion, siteConfig, inputs));
    });
  });

  test(
    'downloads every template, filled in, as one Markdown file',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/reply-templates');
      const inputs = { contributor: '@sam-lee', reviewer: 'Ana' };
      await fillInputs(page, inputs);
      // The export holds every template, whatever the filter shows.
      await page.getByLabel('Situation').selectOption('case-agent');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download all templates' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(exportFileName);
      const content = readFileSync(await download.path(), 'utf8');
      expect(content).toBe(buildTemplatesFile(templates, siteConfig, inputs));
      // The project's name is Markdown text in the file: characters such as "*" are escaped.
      expect(
        content.startsWith(`# Reply templates for ${markdownText(siteConfig.project.name)}\n`),
      ).toBe(true);
      expect(content.match(/^### /gm)).toHaveLength(total);
      expect(content).toContain('Hi @sam-lee,');
    },
  );

  for (const theme of ['light', 'dark'] as const) {
    test(`${theme} theme: no axe violations with the inputs filled`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await gotoHydrated(page, '/reply-templates');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const inputs = { contributor: 'سامي <b>', reviewer: 'Ana' };
      await fillInputs(page, inputs);
      await page.getByRole('searchbox', { name: 'Search' }).fill('close');
      // Scanned once the page shows what was typed: the matching templates, filled in.
      const shown = filterTemplates(
        templates,
        { caseId: null, query: 'close' },
        siteConfig.policy.options,
      );
      expect(shown.length).toBeGreaterThan(0);
      await expect(cards(page)).toHaveCount(shown.length);
      await expect(card(page, shown[0]).locator('pre')).toHaveText(
        filledReply(shown[0], siteConfig, inputs),
        { useInnerText: false },
      );
      await expectNoAxeViolations(page, `reply templates with the inputs filled, ${theme} theme`);
    });
  }
});

test.describe('the reviewers’ guide', () => {
  test(
    'shows each case’s templates under its "Replies" heading',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/reviewers-guide');
      const placement = await page.evaluate(() => {
        const headings = Array.from(document.querySelectorAll('.markdown h4[id], article h5[id]'));
        return Object.fromEntries(
          headings
            .filter((heading) => heading.tagName === 'H5')
            .map((heading) => {
              const before = headings.slice(0, headings.indexOf(heading)).reverse();
              return [heading.id, before.find((element) => element.tagName === 'H4')?.id];
            }),
        );
      });
      expect(placement).toEqual(
        Object.fromEntries(templates.map((entry) => [entry.id, `${entry.case}-reply`])),
      );
      await expectPreviews(page, emptyInputs);
      await expect(card(page, firstQuestion).locator('pre')).toContainText(
        "Hi [contributor's handle], thank you",
      );
    },
  );

  test('links each template to the templates page, to fill in the names', async ({ page }) => {
    await gotoHydrated(page, '/reviewers-guide');
    await card(page, firstQuestion).getByRole('link', { name: 'Fill in the names' }).click();
    await expect(page).toHaveURL(/\/reply-templates#unsure-first-question$/);
    await expect(page.locator('#unsure-first-question')).toBeInViewport();
  });

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    test(
      `at ${viewport.width} × ${viewport.height}, "Fill in the names" opens the template with the names beside it`,
      { tag: '@config' },
      async ({ page, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.setViewportSize(viewport);
        await gotoHydrated(page, '/reviewers-guide');
        await card(page, firstQuestion).getByRole('link', { name: 'Fill in the names' }).click();
        await expect(page).toHaveURL(/\/reply-templates#unsure-first-question$/);

        // The reviewer lands on the template, with its fields in view: no scrolling up and back.
        const heading = page.locator('h3#unsure-first-question');
        const names = namesInTemplate(page, firstQuestion);
        await expect(heading).toBeInViewport();
        await expect(names.getByLabel('Contributor’s handle')).toBeInViewport();
        await expect(names.getByLabel('Your name')).toBeInViewport();

        const inputs = { contributor: 'sam-lee', reviewer: 'Ana Souza' };
        await names.getByLabel('Contributor’s handle').fill(inputs.contributor);
        await names.getByLabel('Your name').fill(inputs.reviewer);
        await expect(card(page, firstQuestion).locator('pre')).toHaveText(
          filledReply(firstQuestion, siteConfig, inputs),
          { useInnerText: false },
        );
        await expect(heading).toBeInViewport();
        expect(await copyAndRead(page, firstQuestion)).toBe(
          filledReply(firstQuestion, siteConfig, inputs),
        );
        // The same names fill every reply: the fields at the top hold them too.
        const everyReply = page.getByRole('group', { name: 'Fill in every reply' });
        await expect(everyReply.getByLabel('Contributor’s handle')).toHaveValue(inputs.contributor);
        await expect(everyReply.getByLabel('Your name')).toHaveValue(inputs.reviewer);
        await expectPreviews(page, inputs);
        await expectNoAxeViolations(
          page,
          `a linked template with its names, ${viewport.width} × ${viewport.height}`,
        );
      },
    );
  }

  test('copies a template with its markers, and says which are left to fill in', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/reviewers-guide');
    expect(await copyAndRead(page, firstQuestion)).toBe(
      filledReply(firstQuestion, siteConfig, emptyInputs),
    );
    await expect(card(page, firstQuestion).getByRole('status')).toHaveText(
      "Copied to the clipboard. Before you post, fill in: [contributor's handle], [your name].",
    );
  });

  test('links to the templates page from its introduction', async ({ page }) => {
    await gotoHydrated(page, '/reviewers-guide');
    await page.getByRole('link', { name: 'reply templates', exact: true }).click();
    await expect(page).toHaveURL(/\/reply-templates$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`${theme} theme: no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await gotoHydrated(page, '/reviewers-guide');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page, `reviewers' guide, ${theme} theme`);
    });
  }
});

test('the navbar leads to the templates, right after the guide', async ({ page }) => {
  await gotoHydrated(page, '/');
  const navbar = page.getByRole('navigation', { name: 'Main' });
  await expect
    .poll(async () => {
      const labels = await navbar.getByRole('link').allInnerTexts();
      return labels.indexOf('Reply templates') - labels.indexOf('Reviewers’ guide');
    }, 'how far the templates come after the guide')
    .toBe(1);
  await navbar.getByRole('link', { name: 'Reply templates' }).click();
  await expect(page).toHaveURL(/\/reply-templates$/);
});

test.describe('with JavaScript turned off', { tag: '@config' }, () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/reply-templates', '/reviewers-guide']) {
    test(`${path} still shows every template, with markers`, async ({ page }) => {
      const response = await page.goto(sitePath(path));
      expect(response?.status()).toBe(200);
      await expect(cards(page)).toHaveCount(total);
      await expectPreviews(page, emptyInputs);
      await expect(page.getByText("[contributor's handle]").first()).toBeVisible();
      // Copying and filling in the names need JavaScript: nothing shows that would not work.
      await expect(cards(page).getByRole('button')).toHaveCount(0);
      await expect(cards(page).getByRole('link', { name: 'Fill in the names' })).toHaveCount(0);
    });
  }

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    test(`at ${viewport.width} × ${viewport.height}, the templates page says what needs JavaScript and hides the controls that need it`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const response = await page.goto(sitePath('/reply-templates'));
      expect(response?.status()).toBe(200);
      const main = page.getByRole('main');
      // Text matching skips noscript elements, so the notice is found by where it sits.
      const notice = main.locator('noscript > div');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(
        'Filling in the names, finding a template, copying and downloading need JavaScript.',
      );
      await expect(notice).toContainText('Select the text of a reply, copy it');
      for (const role of ['textbox', 'searchbox', 'combobox', 'button'] as const) {
        await expect(main.getByRole(role), `${role}es on the page`).toHaveCount(0);
      }
      // What still works: every reply's text is there to select.
      await expect(card(page, firstQuestion).locator('pre')).toBeVisible();
      await expect(card(page, firstQuestion).locator('pre')).toHaveText(
        filledReply(firstQuestion, siteConfig, emptyInputs),
        { useInnerText: false },
      );
    });
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: no axe violations on the templates page and the guide as they show without JavaScript`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await gotoAsWithoutJavaScript(page, '/reply-templates');
    await expect(page.getByText('copying and downloading need JavaScript')).toBeVisible();
    for (const path of ['/reply-templates', '/reviewers-guide']) {
      await gotoAsWithoutJavaScript(page, path);
      await expect(page.getByText("[contributor's handle]").first()).toBeVisible();
      await expectNoAxeViolations(page, `${path} without JavaScript, ${theme} theme`);
    }
  });
}
