// The three people of the site, each walking their journey from start to end, at phone and
// desktop size. Each step asserts what the person sees: the answer on screen, not only in the page.
import type { Locator, Page } from '@playwright/test';
import { rowAnchor, reviewerCaseFor, verdictFor } from '../../src/data/disclosureUses';
import { replyTemplates } from '../../src/data/replyTemplates';
import { replyCaseTitles } from '../../src/data/replyCases';
import { matchesOptions } from '../../src/components/ReplyTemplates/fill';
import { toolKinds, toolKindUses } from '../../src/data/toolKinds';
import { questions, type QuestionId } from '../../src/data/selfCheck/flow';
import { selfCheckText } from '../../src/components/SelfCheck/wordingText';
import { expectNoAxeViolations } from './axe';
import { escapeRegExp, expect, gotoHydrated, sitePath, test } from './fixtures';
import siteConfig from './siteConfig';

const { options } = siteConfig.policy;
const wording = selfCheckText(options);

const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** Answers one question of the self-check with the pointer, as most people do. */
async function answer(page: Page, question: QuestionId, chosen: readonly string[]): Promise<void> {
  const text = wording.questions[question] as {
    readonly title: string;
    readonly options: Readonly<Record<string, { readonly label: string }>>;
  };
  const group = page.getByRole('group', { name: text.title });
  await expect(group).toBeInViewport();
  const multiple = questions[question].kind === 'multiple';
  for (const option of chosen) {
    const name = text.options[option].label;
    const control = group.getByRole(multiple ? 'checkbox' : 'radio', { name, exact: true });
    await control.click();
    await expect(control).toBeChecked();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Where an element is, fully, inside the screen and below the sticky navbar. */
async function expectOnScreen(page: Page, element: Locator): Promise<void> {
  await expect(element).toBeInViewport({ ratio: 1 });
  const navbar = await page.locator('.navbar').boundingBox();
  const box = await element.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThanOrEqual((navbar?.y ?? 0) + (navbar?.height ?? 0) - 1);
}

for (const viewport of viewports) {
  test.describe(`on a ${viewport.name}, ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test(
      'a contributor asks "is Copilot OK?", finds the answer, and checks their change',
      { tag: '@config' },
      async ({ page }) => {
        // They search in their own words and land on the kind of tool, with what the policy asks.
        await page.goto(`${sitePath('/search')}?q=Copilot`);
        const kind = toolKinds.completion;
        const result = page.getByRole('link', {
          name: new RegExp(escapeRegExp(kind.label.message)),
        });
        await result.first().click();
        const heading = page.getByRole('heading', {
          level: 3,
          name: new RegExp(`^${escapeRegExp(kind.label.message)}`),
        });
        await expectOnScreen(page, heading);
        const [firstUse] = toolKindUses('completion', options);
        const useLink = page.getByRole('link', { name: firstUse.label.message, exact: true });
        await expect(useLink).toBeInViewport();

        // One click on: the row of the table, with the same verdict.
        await useLink.click();
        const row = page.locator(`[id="${rowAnchor(firstUse.use)}"]`);
        await expect(row).toBeInViewport();
        await expect(row).toContainText(firstUse.verdictLabel.message);

        // Then the self-check, with what they did: Copilot suggested whole lines.
        await gotoHydrated(page, '/self-check');
        await answer(page, 'start', ['yes']);
        await answer(page, 'uses', ['lineCompletion']);
        if (options.closedCommercialModels === 'not-accepted') {
          await answer(page, 'closedModel', ['no']);
        }
        await answer(page, 'source', ['own']);
        await answer(page, 'decisions', ['yes']);
        // The result's heading takes the focus, on screen, and a screen reader reads it out.
        const resultHeading = page.locator(':focus');
        await expect(resultHeading).toHaveRole('heading');
        await expectOnScreen(page, resultHeading);
        // Lines that a tool suggested are disclosed wherever the policy asks it.
        expect(verdictFor('lineCompletion', options)).toBe('disclose');
        await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
        await expectNoAxeViolations(page, `the self-check result on a ${viewport.name}`);
      },
    );

    test(
      'a reviewer meets a disclosed gray area, finds its replies, and fills in the names beside one',
      { tag: '@config' },
      async ({ page }) => {
        await gotoHydrated(page, '/reviewers-guide');
        const replyCase = reviewerCaseFor('generatedCode', options);
        expect(replyCase).not.toBeNull();
        if (replyCase === null) {
          return;
        }
        // The table from what the contributor disclosed to the case with its replies.
        const table = page.getByRole('table').filter({
          has: page.getByRole('columnheader', { name: 'What the contributor disclosed' }),
        });
        const caseTitle = replyCaseTitles[replyCase].message;
        await table.getByRole('link', { name: caseTitle, exact: true }).first().click();
        const caseHeading = page.getByRole('heading', { level: 3, name: caseTitle });
        await expectOnScreen(page, caseHeading);

        // The first reply of the case: "Fill in the names" opens it with the fields beside it.
        const firstReply = replyTemplates.find(
          (template) => template.case === replyCase && matchesOptions(template.onlyWhen, options),
        );
        expect(firstReply).toBeDefined();
        if (firstReply === undefined) {
          return;
        }
        const inGuide = page.getByRole('article', { name: firstReply.title.message, exact: true });
        await inGuide.getByRole('link', { name: 'Fill in the names' }).click();
        const template = page.getByRole('article', { name: firstReply.title.message, exact: true });
        const names = template.getByRole('group', { name: 'Fill in the names' });
        const handle = names.getByLabel('Contributor’s handle');
        await expect(handle).toBeInViewport();
        await handle.fill('sam-lee');
        await names.getByLabel('Your name').fill('Ana Souza');
        // The reply they will copy now names both people, and starts less than a screen below
        // the fields: no hunting for it.
        const reply = template.locator('pre');
        await expect(reply).toContainText('@sam-lee');
        await expect(reply).toContainText('Ana Souza');
        const fieldsBox = await handle.boundingBox();
        const replyBox = await reply.boundingBox();
        expect((replyBox?.y ?? Infinity) - (fieldsBox?.y ?? 0)).toBeLessThan(viewport.height);
        await reply.scrollIntoViewIfNeeded();
        await expect(reply).toBeInViewport();
        await expect(page.getByText("[contributor's handle]")).toHaveCount(0);
      },
    );

    test(
      'an adopting maintainer finds what to fork, makes their files, and loses nothing',
      { tag: '@config' },
      async ({ page }) => {
        await gotoHydrated(page, '/adopt');
        const source = siteConfig.site.sourceRepository;
        if (source !== undefined) {
          await expect(page.getByRole('link', { name: source, exact: true })).toBeVisible();
        }
        const name = page.getByLabel('Project name', { exact: true });
        await name.fill('Quillmate');
        const repository = page.getByLabel('Code repository', { exact: true });
        const newRepository = 'https://git.example.net/quillmate/quillmate';
        await repository.fill(newRepository);
        // An address made from the repository's (its issues) follows the new one.
        const { repositoryUrl, issuesUrl } = siteConfig.project;
        await expect(page.getByLabel('Issues', { exact: true })).toHaveValue(
          issuesUrl.startsWith(`${repositoryUrl}/`)
            ? `${newRepository}${issuesUrl.slice(repositoryUrl.length)}`
            : issuesUrl,
        );

        // The preview of site.config.ts opens on demand and holds what they typed.
        const toggle = page.getByText('Preview of site.config.ts', { exact: true });
        await toggle.click();
        const preview = page.getByLabel('Preview of site.config.ts', { exact: true });
        await expect(preview).toBeInViewport();
        await expect(preview).toHaveValue(/name: 'Quillmate'/);

        // Start again, then undo it: one click loses no work.
        await page.getByRole('button', { name: /^Start again/ }).click();
        await expect(name).not.toHaveValue('Quillmate');
        await page.getByRole('button', { name: /^Undo/ }).click();
        await expect(name).toHaveValue('Quillmate');
        await expectNoAxeViolations(page, `the adoption builder on a ${viewport.name}`, {
          include: ['section[aria-labelledby^="adopt-step"]'],
        });
      },
    );
  });
}

test.describe('touch targets on a phone, 360 × 740', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  for (const path of [
    '/',
    '/policy',
    '/self-check',
    '/reviewers-guide',
    '/reply-templates',
    '/adopt',
    '/faq',
    '/comparison',
    '/versions',
    '/versions/compare',
    '/search',
  ]) {
    test(`every control of ${path} is at least 44 × 44 px`, async ({ page }) => {
      await gotoHydrated(page, path);
      const small = await page
        .locator('button, .button, summary, select, input:not([type="checkbox"], [type="radio"])')
        .evaluateAll((controls) =>
          controls.flatMap((control) => {
            const box = control.getBoundingClientRect();
            // Shown to the reader: not in a closed menu, not hidden or see-through.
            const shown =
              box.width > 0 &&
              control.checkVisibility({ visibilityProperty: true, opacityProperty: true });
            const name = control.getAttribute('aria-label') ?? control.textContent;
            return shown && (box.width < 44 || box.height < 44)
              ? [`${control.tagName} "${name.trim().slice(0, 40)}" ${box.width}×${box.height}`]
              : [];
          }),
        );
      expect(small).toEqual([]);
    });
  }
});
