import type { Locator, Page } from '@playwright/test';
import siteConfig from './siteConfig';
import {
  buildDisclosure,
  buildParagraph,
  useSentences,
} from '../../src/components/SelfCheck/disclosure';
import { verdictFor } from '../../src/data/disclosureUses';
import {
  longestPathFrom,
  nextAfter,
  walk,
  type OutcomeId,
  type Result,
} from '../../src/components/SelfCheck/logic';
import { allPaths } from '../unit/selfCheckPaths';
import { addressFor } from '../../src/components/SelfCheck/url';
import type { Answer, QuestionId } from '../../src/data/selfCheck/flow';
import { selfCheckText } from '../../src/components/SelfCheck/wordingText';
import { expectNoAxeViolations } from './axe';
import {
  expect,
  expectHydrated,
  expectSelectedFallback,
  gotoHydrated,
  sidewaysScroll,
  sitePath,
  test,
} from './fixtures';

// Every expectation comes from the config under test: the wording and the flow are read through
// the same functions the page uses, so a project's own options give their own expected results.
const options = siteConfig.policy.options;
const wording = selfCheckText(options);
const questionTitle = (question: QuestionId): string => wording.questions[question].title;
const label = (question: QuestionId, option: string): string =>
  (wording.questions[question].options as Record<string, { label: string }>)[option].label;

const outcomeTitles: Readonly<Record<OutcomeId, string>> = {
  ready: 'Ready to submit',
  disclose: 'Ready once disclosed',
  yourCall: 'Your decision',
  work: 'Needs some work first',
  stop: 'Not acceptable under this policy',
};

const firstProgress = `Question 1 of at most ${longestPathFrom('start', options)}`;
const noticeText = 'could not read';
const fallbackLabel =
  'Your browser did not allow copying. The text is selected below: copy it with your keyboard or menu.';

/**
 * A path through the check, written without the question about closed models: where this
 * project asks it, the answer "no" is added, so the path fits any project's options.
 */
function path(...steps: readonly (readonly [QuestionId, ...string[]])[]): Answer[] {
  const answers: Answer[] = [];
  for (const [question, ...chosen] of steps) {
    const walked = walk(answers, options);
    if (walked.ok && walked.step.kind === 'question' && walked.step.question === 'closedModel') {
      answers.push({ question: 'closedModel', options: ['no'] });
    }
    answers.push({ question, options: chosen } as Answer);
  }
  return answers;
}

function resultOf(answers: readonly Answer[]): Result {
  const walked = walk(answers, options);
  if (!walked.ok || walked.step.kind !== 'result') {
    throw new Error(`${addressFor(answers)} does not lead to a result`);
  }
  return walked.step.result;
}

function outcomeOf(answers: readonly Answer[]): OutcomeId {
  return resultOf(answers).outcome;
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until the target has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit && !(await isFocused(target)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Answers the current question with the keyboard alone. One answer: Tab into the radio
 * group, arrow keys to the answer, Space. Several answers: Tab to each checkbox, Space.
 * Then Tab to Continue and Enter.
 */
async function answer(page: Page, { question, options: chosen }: Answer): Promise<void> {
  const group = page.getByRole('group', { name: questionTitle(question) });
  await expect(group).toBeVisible();
  if (question === 'uses' || question === 'source') {
    for (const option of chosen) {
      const box = group.getByRole('checkbox', { name: label(question, option), exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
  } else {
    const radios = group.getByRole('radio');
    for (let presses = 0; presses < 80; presses += 1) {
      const focused = await radios.evaluateAll((elements) =>
        elements.some((element) => element === document.activeElement),
      );
      if (focused) {
        break;
      }
      await page.keyboard.press('Tab');
    }
    const target = group.getByRole('radio', { name: label(question, chosen[0]), exact: true });
    for (let presses = 0; presses < 8 && !(await isFocused(target)); presses += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Space');
    await expect(target).toBeChecked();
  }
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
}

async function answerAll(page: Page, answers: readonly Answer[]): Promise<void> {
  for (const given of answers) {
    await answer(page, given);
  }
}

/** The result's region, named by its heading; the heading has focus once the result appears. */
async function expectResult(page: Page, outcome: OutcomeId): Promise<Locator> {
  const heading = page.getByRole('heading', { level: 2, name: outcomeTitles[outcome] });
  await expect(heading).toBeFocused();
  return page.getByRole('region', { name: outcomeTitles[outcome] });
}

async function expectQuestion(page: Page, question: QuestionId, number: number): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 2, name: questionTitle(question) }),
  ).toBeFocused();
  await expect(
    page.getByRole('form', { name: new RegExp(`^Question ${number} of at most`) }),
  ).toBeVisible();
}

const noLlm = path(['start', 'no'], ['source', 'own'], ['decisions', 'yes']);

test.describe('the self-check, by keyboard alone', () => {
  test('no LLM at all: ready to submit, with honest progress along the way', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, '/self-check');
    await expect(page.getByRole('form', { name: firstProgress })).toBeVisible();
    await expectNoAxeViolations(page, 'first question, light theme');

    await answer(page, noLlm[0]);
    await expectQuestion(page, 'source', 2);
    await expect(page.getByRole('form', { name: 'Question 2 of at most 3' })).toBeVisible();
    await answer(page, noLlm[1]);
    await expectQuestion(page, 'decisions', 3);
    await answer(page, noLlm[2]);

    const result = await expectResult(page, 'ready');
    await expect(result).toContainText('there is nothing to disclose');
    await expect(result.getByRole('link', { name: 'Policy: Disclosure' })).toHaveAttribute(
      'href',
      /\/policy#disclosure$/,
    );
    await expect(result.getByRole('heading', { name: 'Your disclosure' })).toHaveCount(0);
    await expect(page).toHaveURL((url) => url.search === '?start=no&source=own&decisions=yes');
    await expectNoAxeViolations(page, 'ready to submit, light theme');
  });

  test(
    'several kinds of help: the answer follows the heaviest, and explains each',
    { tag: '@config' },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      const answers = path(
        ['start', 'yes'],
        ['uses', 'lineCompletion', 'accessibility'],
        ['source', 'own'],
        ['decisions', 'yes'],
      );
      await gotoHydrated(page, '/self-check');
      await answer(page, answers[0]);
      await expectQuestion(page, 'uses', 2);
      await expectNoAxeViolations(page, 'a question with several answers, dark theme');
      await answerAll(page, answers.slice(1));
      const result = await expectResult(page, outcomeOf(answers));
      await expect(result.getByRole('list').first().getByRole('listitem')).toHaveCount(
        resultOf(answers).findings.length,
      );
      await expect(result).toContainText(wording.findings.lineCompletion.reason);
      await expect(result).toContainText(wording.findings.accessibility.reason);
      await expectNoAxeViolations(page, 'a result with several findings, dark theme');
    },
  );

  test(
    'a translator reaches the translation answer, whatever else helped',
    { tag: '@config' },
    async ({ page }) => {
      const answers = path(
        ['start', 'yes'],
        ['uses', 'grammar', 'translation'],
        ['source', 'own'],
        ['decisions', 'yes'],
      );
      await gotoHydrated(page, '/self-check');
      await answerAll(page, answers);
      const result = await expectResult(page, outcomeOf(answers));
      await expect(result).toContainText(wording.findings.translation.reason);
      await expect(
        result.getByRole('link', { name: 'Policy: Machine translation' }).first(),
      ).toHaveAttribute('href', /\/policy#machine-translation$/);
    },
  );

  test('a gray area: the result leaves the decision to the contributor', async ({ page }) => {
    const answers = path(
      ['start', 'yes'],
      ['uses', 'generatedCode'],
      ['source', 'own'],
      ['decisions', 'yes'],
    );
    expect(outcomeOf(answers)).toBe('yourCall');
    await gotoHydrated(page, '/self-check');
    await answerAll(page, answers);
    const result = await expectResult(page, 'yourCall');
    await expect(result).toContainText('The policy leaves this case to your judgement.');
  });

  test('a decision you cannot explain: needs some work first, with the steps', async ({ page }) => {
    await gotoHydrated(page, '/self-check');
    await answerAll(page, path(['start', 'no'], ['source', 'own'], ['decisions', 'notAll']));
    const result = await expectResult(page, 'work');
    await expect(result.getByRole('heading', { name: 'What to do first' })).toBeVisible();
    await expect(result.getByRole('list').nth(1).getByRole('listitem')).toHaveCount(2);
    await expect(result.getByRole('link', { name: 'Policy: Responsibility' })).toBeVisible();
  });

  test('code a model wrote and you vouch for: not acceptable, with a welcome way forward', async ({
    page,
  }) => {
    const answers = path(
      ['start', 'yes'],
      ['uses', 'vouchedWork'],
      ['source', 'unchecked'],
      ['decisions', 'notAll'],
    );
    await gotoHydrated(page, '/self-check');
    await answerAll(page, answers.slice(0, 2));
    // An answer that is not acceptable does not end the check: the next question still comes.
    await expectQuestion(page, answers[2].question, 3);
    await answerAll(page, answers.slice(2));
    const result = await expectResult(page, 'stop');
    // The result lists every finding, from every question.
    await expect(result.getByRole('list').first().getByRole('listitem')).toHaveCount(
      resultOf(answers).findings.length,
    );
    await expect(result).toContainText(wording.findings.vouchedWork.reason);
    await expect(result).toContainText(wording.findings.sourceUnchecked.reason);
    await expect(result).toContainText(wording.findings.decisionsUnexplained.reason);
    await expect(result).toContainText('not about you');
    await expect(result.getByRole('heading', { name: 'A welcome way forward' })).toBeVisible();
    await expect(result).toContainText('open an issue that describes the problem');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      // The helper scans once every colour transition has ended.
      await expectNoAxeViolations(page, `not acceptable, ${scheme} theme`);
    }
  });

  test('code pasted from a chat with an LLM is judged by the authorship test, even with a credit', async ({
    page,
  }) => {
    const answers = path(
      ['start', 'yes'],
      ['uses', 'pastedModelCode'],
      ['source', 'credited'],
      ['decisions', 'yes'],
    );
    expect(outcomeOf(answers)).toBe('yourCall');
    await gotoHydrated(page, '/self-check');
    await answerAll(page, answers);
    const result = await expectResult(page, 'yourCall');
    await expect(result).toContainText(wording.findings.pastedModelCode.reason);
    await expect(page.getByRole('heading', { name: outcomeTitles.disclose })).toHaveCount(0);
  });

  test(
    'model text posted in a conversation: write it in your own words, a thing you can fix',
    { tag: '@config' },
    async ({ page }) => {
      const answers = path(
        ['start', 'yes'],
        ['uses', 'postedVerbatim'],
        ['source', 'own'],
        ['decisions', 'yes'],
      );
      const outcome = outcomeOf(answers);
      if (options.verbatimModelText === 'not-allowed') {
        expect(outcome).toBe('work');
      }
      await gotoHydrated(page, '/self-check');
      await answerAll(page, answers);
      const result = await expectResult(page, outcome);
      await expect(result).toContainText(wording.findings.postedVerbatim.reason);
      await expect(page.getByRole('heading', { name: outcomeTitles.stop })).toHaveCount(0);
      if (outcome === 'work') {
        await expect(result.getByRole('heading', { name: 'What to do first' })).toBeVisible();
      }
    },
  );

  test(
    'the disclosure never names an exempt use unless the contributor ticks it',
    { tag: '@config' },
    async ({ page }) => {
      const answers = path(
        ['start', 'yes'],
        ['uses', 'accessibility', 'explanation'],
        ['source', 'own'],
        ['decisions', 'yes'],
      );
      await gotoHydrated(page, '/self-check');
      await answerAll(page, answers);
      const result = await expectResult(page, outcomeOf(answers));
      const how = result.getByLabel('How you used it');
      const paragraph = result
        .getByRole('figure', { name: 'For the pull-request description' })
        .getByRole('code');
      const sentence = useSentences.accessibility ?? '';
      const mention = result.getByRole('checkbox', { name: /^Mention this anyway/ });
      if (verdictFor('accessibility', options) === 'none') {
        // Exempt: left out of the text, and offered as an option that is not ticked.
        await expect(how).toHaveValue(useSentences.explanation ?? '');
        await expect(paragraph).not.toContainText(sentence);
        await expect(mention).toHaveCount(1);
        await expect(mention).not.toBeChecked();
        await mention.check();
        await expect(how).toHaveValue(`${useSentences.explanation} ${sentence}`);
        await expect(paragraph).toContainText(sentence);
        await mention.uncheck();
        await expect(paragraph).not.toContainText(sentence);
      } else {
        // Not exempt: a use to disclose like the others.
        expect(await how.inputValue()).toContain(sentence);
        await expect(paragraph).toContainText(sentence);
        await expect(mention).toHaveCount(0);
      }
    },
  );

  test('on a phone, the first question shows on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoHydrated(page, '/self-check');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const group = page.getByRole('group', { name: questionTitle('start') });
    await expect(group).toBeInViewport();
    // The whole question can be read without scrolling.
    await expect(group.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    // How the check works is still on the page, below the check and folded.
    const about = page.getByText('The check is a guide, not a judgement.');
    await expect(about).toBeHidden();
    await page.getByText('How the check works', { exact: true }).click();
    await expect(about).toBeVisible();
  });

  test('Continue without an answer asks kindly for one', async ({ page }) => {
    await gotoHydrated(page, '/self-check');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('radio', { name: label('start', 'no') })).toBeFocused();
    await expect(
      page.getByRole('group', { name: questionTitle('start') }),
    ).toHaveAccessibleDescription(/Please choose one answer to continue\./);
    await answer(page, { question: 'start', options: ['yes'] });
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('group', { name: questionTitle('uses') }),
    ).toHaveAccessibleDescription(/Please choose at least one answer to continue\./);
  });

  test('an answer that stands alone clears the others, and the other way round', async ({
    page,
  }) => {
    await gotoHydrated(page, '/self-check?start=no');
    const own = page.getByRole('checkbox', { name: label('source', 'own') });
    const credited = page.getByRole('checkbox', { name: label('source', 'credited') });
    await credited.check();
    await own.check();
    await expect(credited).not.toBeChecked();
    await credited.check();
    await expect(own).not.toBeChecked();
  });

  test('Back, Start over and the browser’s Back and Forward step through the questions', async ({
    page,
  }) => {
    const answers = path(['start', 'yes'], ['uses', 'rewrittenDraft'], ['source', 'own']);
    await gotoHydrated(page, '/self-check');
    await answerAll(page, answers.slice(0, -1));
    const sourceNumber = answers.length;
    await expectQuestion(page, 'source', sourceNumber);

    // Back returns to the previous question, with the earlier answer still chosen.
    await tabTo(page, page.getByRole('button', { name: 'Back' }));
    await page.keyboard.press('Enter');
    const previous = answers[answers.length - 2];
    await expectQuestion(page, previous.question, sourceNumber - 1);
    await expect(page).toHaveURL((url) => url.search === addressFor(answers.slice(0, -2)));

    // The browser's Back and Forward buttons step through the same history.
    await page.goBack();
    await expectQuestion(page, 'source', sourceNumber);
    await page.goBack();
    await expectQuestion(page, previous.question, sourceNumber - 1);
    await page.goForward();
    await expectQuestion(page, 'source', sourceNumber);

    await tabTo(page, page.getByRole('button', { name: 'Start over' }));
    await page.keyboard.press('Enter');
    await expectQuestion(page, 'start', 1);
    await expect(page).toHaveURL((url) => url.search === '');
    await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);
    await page.goBack();
    await expectQuestion(page, 'source', sourceNumber);
  });

  test(
    'the disclosure builder copies exactly the text it shows',
    { tag: '@config' },
    async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.emulateMedia({ colorScheme: 'light' });
      const answers = path(
        ['start', 'yes'],
        ['uses', 'lineCompletion'],
        ['source', 'own'],
        ['decisions', 'yes'],
      );
      await gotoHydrated(page, '/self-check');
      await answerAll(page, answers);
      const result = await expectResult(page, outcomeOf(answers));
      await expectNoAxeViolations(page, 'a result with a disclosure, light theme');

      const how = result.getByLabel('How you used it');
      await expect(how).toHaveValue(
        'It suggested whole lines or blocks of code while I typed, and I accepted some.',
      );
      await tabTo(page, result.getByLabel('Tool', { exact: true }));
      await page.keyboard.type('ExampleCode');
      await page.keyboard.press('Tab');
      await expect(result.getByLabel('Model', { exact: true })).toBeFocused();
      await page.keyboard.type('example-large-2');
      await tabTo(page, result.getByLabel('Which parts it produced'));
      await page.keyboard.type('the loop in parse_dates');

      const input = {
        tool: 'ExampleCode',
        model: 'example-large-2',
        how: await how.inputValue(),
        parts: 'the loop in parse_dates',
      };
      const expected = buildDisclosure(input, options.commitTrailer);
      const paragraph = result.getByRole('figure', { name: 'For the pull-request description' });
      await expect(paragraph.getByRole('code')).toHaveText(expected.paragraph);

      await tabTo(page, result.getByRole('button', { name: 'Copy the disclosure' }));
      await page.keyboard.press('Enter');
      await expect(result.getByRole('button', { name: 'Copied' })).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(expected.paragraph);

      if (expected.trailer === null) {
        await expect(result.getByRole('button', { name: 'Copy the commit trailer' })).toHaveCount(
          0,
        );
      } else {
        const trailer = result.getByRole('figure', { name: 'Commit trailer (optional)' });
        await expect(trailer.getByRole('code')).toHaveText(expected.trailer);
        await tabTo(page, result.getByRole('button', { name: 'Copy the commit trailer' }));
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()))
          .toBe(expected.trailer);
      }
    },
  );

  test('a permalink brings back the same result', { tag: '@config' }, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const answers = path(
      ['start', 'yes'],
      ['uses', 'explanation', 'postedRewritten'],
      ['source', 'credited'],
      ['decisions', 'yes'],
    );
    const outcome = outcomeOf(answers);
    await gotoHydrated(page, '/self-check');
    await answerAll(page, answers);
    const result = await expectResult(page, outcome);
    const shown = await result.getByRole('list').last().innerText();
    await expect(page).toHaveURL((url) => url.search === addressFor(answers));

    await tabTo(page, result.getByRole('button', { name: 'Copy the link to this result' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), 'the copied link')
      .toBe(page.url());
    const permalink = page.url();

    const reviewer = await context.newPage();
    await reviewer.goto(permalink);
    await expectHydrated(reviewer);
    const restored = reviewer.getByRole('region', { name: outcomeTitles[outcome] });
    await expect(restored).toBeVisible();
    await expect(restored.getByRole('list').last()).toHaveText(shown, { useInnerText: true });
    await reviewer.close();
  });

  test('a link to a question, not a result, opens that question', async ({ page }) => {
    const answers = path(['start', 'yes'], ['uses', 'grammar'], ['source', 'own']);
    await gotoHydrated(page, `/self-check${addressFor(answers.slice(0, -1))}`);
    await expect(
      page.getByRole('heading', { level: 2, name: questionTitle('source') }),
    ).toBeVisible();
    await answer(page, answers[answers.length - 1]);
    await expectQuestion(
      page,
      nextAfter(answers[answers.length - 1], options) as QuestionId,
      answers.length + 1,
    );
  });
});

test.describe('a tampered or broken link', () => {
  for (const [kind, search] of [
    ['an unknown answer', '?start=perhaps'],
    ['answers that skip a question', '?start=no&decisions=yes'],
    ['answers after the end', '?start=no&source=own&decisions=yes&uses=grammar'],
    ['two answers where one is asked', '?start=yes.no'],
    ['markup', '?start=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a very long value', `?start=yes&uses=${'grammar.'.repeat(80)}grammar`],
    ['a repeated parameter', '?start=no&start=yes'],
    ['garbage', '?start=%E2%80%AE%F0%9F%98%80%25%00'],
    ['broken percent-encoding', '?start=no%E0%A4%A'],
    ['an unknown answer to a later question', '?uses=bogus'],
  ] as const) {
    test(`${kind} starts the check afresh with a gentle notice`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected dialog: ${dialog.message()}`);
      });
      await gotoHydrated(page, `/self-check${search}`);
      await expect(page.getByRole('status').filter({ hasText: noticeText })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 2, name: questionTitle('start') }),
      ).toBeVisible();
      await expect(page.getByRole('form', { name: firstProgress })).toBeVisible();

      await answer(page, noLlm[0]);
      await expectQuestion(page, 'source', 2);
      await expect(page.getByRole('status').filter({ hasText: noticeText })).toHaveCount(0);
      await expect(page).toHaveURL((url) => url.search === '?start=no');
    });
  }
});

/** The two screens every opened link and every control is checked on, with the least target size. */
const screens = [
  { name: 'a phone', viewport: { width: 360, height: 740 }, minTarget: 44 },
  { name: 'a desktop', viewport: { width: 1280, height: 900 }, minTarget: 24 },
] as const;

/** For each result this project's options can give, the longest way to it: its deepest result. */
function longestPathToEachOutcome(): readonly (readonly Answer[])[] {
  const longest = new Map<OutcomeId, readonly Answer[]>();
  for (const { answers, result } of allPaths(options)) {
    if (answers.length > (longest.get(result.outcome)?.length ?? 0)) {
      longest.set(result.outcome, answers);
    }
  }
  return [...longest.values()];
}

/** A result that offers the disclosure builder, so that every kind of button is on the page. */
function pathWithDisclosure(): readonly Answer[] {
  const found = allPaths(options).find(
    ({ result }) => result.disclosure === 'required' || result.disclosure === 'recommended',
  );
  if (found === undefined) {
    throw new Error('No answers lead to a result with a disclosure under these options');
  }
  return found.answers;
}

/** Fails unless the element shows whole, below the sticky navbar and above the window's bottom. */
async function expectOnScreen(page: Page, element: Locator): Promise<void> {
  await expect(element).toBeInViewport({ ratio: 1 });
  const box = await element.boundingBox();
  const navbar = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  // A pixel for rounding.
  expect(box?.y ?? 0).toBeGreaterThanOrEqual((navbar?.y ?? 0) + (navbar?.height ?? 0) - 1);
}

test.describe('an opened link shows what it points to', () => {
  for (const { name, viewport } of screens) {
    test(
      `a shared result opens with its heading in view and focused, on ${name}`,
      { tag: '@config' },
      async ({ page }) => {
        await page.setViewportSize(viewport);
        for (const answers of longestPathToEachOutcome()) {
          await gotoHydrated(page, `/self-check${addressFor(answers)}`);
          const heading = page.getByRole('heading', {
            level: 2,
            name: outcomeTitles[outcomeOf(answers)],
          });
          // Focus tells a screen reader where the page went.
          await expect(heading).toBeFocused();
          await expectOnScreen(page, heading);
          await expectOnScreen(page, page.getByText('Your result', { exact: true }));
        }
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await expectNoAxeViolations(page, `an opened result on ${name}, ${scheme} theme`);
        }
      },
    );

    test(`a link to a question opens with the question in view, on ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const answers = path(['start', 'yes']);
      const next = nextAfter(answers[0], options) as QuestionId;
      await gotoHydrated(page, `/self-check${addressFor(answers)}`);
      const heading = page.getByRole('heading', { level: 2, name: questionTitle(next) });
      await expect(heading).toBeFocused();
      await expectOnScreen(page, heading);
    });

    test(`a link that cannot be read says so, in view, on ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await gotoHydrated(page, '/self-check?uses=bogus');
      const notice = page.getByRole('status').filter({ hasText: noticeText });
      await expect(notice).toContainText('starts again from the first question');
      await expect(notice).toBeFocused();
      await expectOnScreen(page, notice);
      await expect(page.getByRole('form', { name: firstProgress })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 2, name: questionTitle('start') }),
      ).toBeInViewport();
      await expectNoAxeViolations(page, `the notice of a link that cannot be read, on ${name}`);
    });
  }

  test('a plain visit, and each answer after it, leave the scroll position alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoHydrated(page, '/self-check');
    const heading = page.getByRole('heading', { level: 2, name: questionTitle('start') });
    await expect(heading).not.toBeFocused();
    await answer(page, noLlm[0]);
    await expectQuestion(page, 'source', 2);
    // The next question is in view already, so moving focus to it scrolls nothing.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

/** Fails unless the button or link is at least `size` CSS px wide and tall. */
async function expectBoxAtLeast(control: Locator, size: number, what: string): Promise<void> {
  const box = await control.boundingBox();
  expect(box?.width, `width of ${what}`).toBeGreaterThanOrEqual(size);
  expect(box?.height, `height of ${what}`).toBeGreaterThanOrEqual(size);
}

/**
 * Fails unless a tap anywhere on a cross of `size` CSS px, centred on `area`, reaches the control,
 * through the control itself or its label. For answers, whose label covers their whole box, and
 * for a summary, whose tap area grows beyond its text.
 */
async function expectTapArea(
  control: Locator,
  area: Locator,
  size: number,
  what: string,
): Promise<void> {
  await area.scrollIntoViewIfNeeded();
  const box = await area.boundingBox();
  expect(box, `box of ${what}`).not.toBeNull();
  const x = (box?.x ?? 0) + (box?.width ?? 0) / 2;
  const y = (box?.y ?? 0) + (box?.height ?? 0) / 2;
  const half = size / 2 - 0.5;
  const points = [
    [x - half, y],
    [x + half, y],
    [x, y - half],
    [x, y + half],
  ];
  const reached = await control.evaluate(
    (element, corners) =>
      corners.map(([left, top]) => {
        const hit = document.elementFromPoint(left, top);
        const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
        return (
          hit !== null && (element.contains(hit) || labels.some((label) => label.contains(hit)))
        );
      }),
    points,
  );
  expect(reached, `taps around the middle of ${what}`).toEqual(points.map(() => true));
}

test.describe('every control is easy to hit', () => {
  for (const { name, viewport, minTarget } of screens) {
    test(`buttons, answers and links are at least ${minTarget} px, on ${name}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const main = page.getByRole('main');

      // The answers of a question with one answer, then of one with several.
      await gotoHydrated(page, '/self-check');
      for (const radio of await main.getByRole('radio').all()) {
        await expectTapArea(radio, radio.locator('..'), minTarget, 'an answer');
      }
      await expectBoxAtLeast(main.getByRole('button', { name: 'Continue' }), minTarget, 'Continue');
      const about = page.getByText('How the check works', { exact: true });
      await expectTapArea(about, about, minTarget, 'How the check works');

      await gotoHydrated(page, `/self-check${addressFor(path(['start', 'yes']))}`);
      for (const box of await main.getByRole('checkbox').all()) {
        await expectTapArea(box, box.locator('..'), minTarget, 'an answer');
      }

      // A result with every kind of button: copy, Back, Start over, and the list of questions.
      await gotoHydrated(page, `/self-check${addressFor(pathWithDisclosure())}`);
      await main.getByLabel('Tool', { exact: true }).fill('ExampleCode');
      await main.getByRole('button', { name: 'Show every question' }).click();
      const buttons = await main.getByRole('button').all();
      expect(buttons.length).toBeGreaterThanOrEqual(5);
      for (const button of buttons) {
        await expectBoxAtLeast(button, minTarget, `the button "${await button.innerText()}"`);
      }
      const nextLinks = await main.getByRole('link', { name: /^Next: question \d+$/ }).all();
      expect(nextLinks.length).toBeGreaterThan(0);
      for (const link of nextLinks) {
        await expectBoxAtLeast(link, minTarget, `the link "${await link.innerText()}"`);
      }
      for (const box of await main.getByRole('checkbox').all()) {
        await expectTapArea(box, box.locator('..'), minTarget, 'a mention in the disclosure');
      }
      for (const field of await main.getByRole('textbox').all()) {
        await expectBoxAtLeast(field, minTarget, 'a text field');
      }
    });
  }
});

test.describe('hostile input in the disclosure builder', () => {
  test('is shown and copied literally, wraps, and never runs', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 360, height: 740 });
    page.on('dialog', (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    });
    const answers = path(
      ['start', 'yes'],
      ['uses', 'rewrittenDraft'],
      ['source', 'own'],
      ['decisions', 'yes'],
    );
    await gotoHydrated(page, `/self-check${addressFor(answers)}`);
    const result = page.getByRole('region', { name: outcomeTitles[outcomeOf(answers)] });
    await expect(result).toBeVisible();

    const input = {
      tool: '<img src=x onerror=alert(1)>',
      model: 'نموذج-٢ 🤖👩🏽‍💻',
      how: '**bold** [link](javascript:alert(1)) <script>alert(2)</script>',
      parts: `${'a'.repeat(2500)} ${'שלום'.repeat(625)}`,
    };
    await tabTo(page, result.getByLabel('Tool', { exact: true }));
    await page.keyboard.insertText(input.tool);
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(input.model);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(input.how);
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(input.parts);
    expect(input.parts.length).toBe(5001);

    const expected = buildParagraph(input);
    const code = result.getByRole('figure', { name: 'For the pull-request description' });
    await expect(code.getByRole('code')).toHaveText(expected);
    await expect(result.getByRole('img')).toHaveCount(0);

    await expect
      .poll(() => sidewaysScroll(page), 'how far the page scrolls sideways')
      .toBeLessThanOrEqual(0);

    await tabTo(page, result.getByRole('button', { name: 'Copy the disclosure' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });
});

test.describe('when the browser refuses to copy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Copy refused', 'NotAllowedError')),
      });
      // The copy button's older route; refusing it too leaves the fallback as the only way.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      document.execCommand = () => false;
    });
  });

  test('the disclosure is shown selected in a read-only box, with a message', async ({ page }) => {
    const answers = path(
      ['start', 'yes'],
      ['uses', 'explanation'],
      ['source', 'own'],
      ['decisions', 'yes'],
    );
    await gotoHydrated(page, '/self-check');
    await answerAll(page, answers);
    const result = await expectResult(page, outcomeOf(answers));

    await tabTo(page, result.getByLabel('Tool', { exact: true }));
    await page.keyboard.type('ExampleChat');
    await expect(result.getByLabel('Tool', { exact: true })).toHaveValue('ExampleChat');
    // The result fills in how the LLM was used from the answers.
    const how = result.getByLabel('How you used it');
    await expect(how).not.toHaveValue('');
    const expected = buildParagraph({
      tool: 'ExampleChat',
      model: '',
      how: await how.inputValue(),
      parts: '',
    });
    await tabTo(page, result.getByRole('button', { name: 'Copy the disclosure' }));
    await page.keyboard.press('Enter');

    const fallback = result.getByLabel(fallbackLabel);
    await expectSelectedFallback(fallback, expected);
    await expect(fallback).toHaveAttribute('readonly', '');
    await expect(result.getByRole('button', { name: 'Copy the disclosure' })).toBeEnabled();
  });
});

test('every question stays on the page, folded behind a button', async ({ page }) => {
  await gotoHydrated(page, '/self-check');
  const checklist = page.getByRole('region', { name: 'All questions on one page' });
  const show = checklist.getByRole('button', { name: 'Show every question' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  const secondQuestion = checklist.getByRole('heading', {
    level: 3,
    name: questionTitle('source'),
  });
  await expect(secondQuestion).toBeHidden();

  await show.focus();
  await page.keyboard.press('Enter');
  const hide = checklist.getByRole('button', { name: 'Hide the questions' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).toBeFocused();
  await expect(secondQuestion).toBeVisible();
  await expect(checklist.getByRole('link', { name: 'Next: question 2' }).first()).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(secondQuestion).toBeHidden();
});

test.describe('with JavaScript turned off', { tag: '@config' }, () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows every question as a readable checklist', async ({ page }) => {
    const response = await page.goto(sitePath('/self-check'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-check');
    // Text matching skips noscript elements, so the note is found by where it sits.
    const note = page.getByRole('main').locator('noscript > p');
    await expect(note).toBeVisible();
    await expect(note).toContainText('needs JavaScript');
    await expect(page.getByRole('button', { name: 'Show every question' })).toHaveCount(0);
    await expect(
      page.getByRole('heading', { level: 2, name: 'All questions on one page' }),
    ).toBeVisible();
    for (const question of ['start', 'uses', 'source', 'decisions'] as const) {
      await expect(
        page.getByRole('heading', { level: 3, name: questionTitle(question) }),
      ).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Next: question 2' }).first()).toBeVisible();
    await expect(page.getByRole('main')).toContainText('This answer ends the check.');
    // How the check works is folded, and opens without JavaScript.
    const about = page.getByText('The check is a guide, not a judgement.');
    await expect(about).toBeHidden();
    await page.getByText('How the check works', { exact: true }).click();
    await expect(about).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Policy: Disclosure' }).first()).toHaveAttribute(
      'href',
      /\/policy#disclosure$/,
    );
  });
});

test('the home page, the policy and the FAQ link to the self-check', async ({ page }) => {
  await gotoHydrated(page, '/');
  const paths = page.getByRole('region', { name: 'Where do you want to start?' });
  await expect(paths.getByRole('link', { name: 'Check your contribution' })).toHaveAttribute(
    'href',
    /\/self-check$/,
  );
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-check' }),
  ).toHaveAttribute('href', /\/self-check$/);
  for (const path of ['/policy', '/faq']) {
    await gotoHydrated(page, path);
    await expect(
      page.getByRole('article').getByRole('link', { name: 'self-check' }).first(),
    ).toHaveAttribute('href', /\/self-check$/);
  }
});
