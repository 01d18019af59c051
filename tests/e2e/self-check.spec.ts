import type { Locator, Page } from '@playwright/test';
import siteConfig from './siteConfig';
import { buildDisclosure, buildParagraph } from '../../src/components/SelfCheck/disclosure';
import { longestPathFrom } from '../../src/components/SelfCheck/logic';
import { expect, gotoHydrated, sitePath, test } from './fixtures';

const options = siteConfig.policy.options;
/** The first question's progress line; the maximum depends on the project's options. */
const firstProgress = `Question 1 of at most ${longestPathFrom('start', options)}`;

const question = {
  start: 'Did an LLM, or a tool built on one, play any part in this contribution?',
  tool: 'Which kind of help did you use?',
  output: 'What did the LLM produce?',
  posted:
    'Who wrote the words you post: the issue, the pull-request description and your comments?',
  source: 'Do you know where every part of the contribution comes from?',
  decisions: 'Could you explain every decision in the work to a reviewer?',
} as const;

const outcome = {
  ready: 'Ready to submit',
  disclose: 'Ready once disclosed',
  work: 'Needs some work first',
  stop: 'Not acceptable under this policy',
} as const;

/** Work an LLM helped with: ready once disclosed, or ready where the project only encourages it. */
const disclosedOutcome = options.disclosure === 'required' ? outcome.disclose : outcome.ready;

const noticeText = 'could not read';
const fallbackLabel =
  'Your browser did not allow copying. The text is selected below: copy it with your keyboard or menu.';

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
 * Answers the current question with the keyboard alone: Tab into the radio
 * group, arrow keys to the answer, Space to choose it, Tab to Continue, Enter.
 */
async function answer(page: Page, title: string, option: string): Promise<void> {
  const group = page.getByRole('group', { name: title });
  await expect(group).toBeVisible();
  const radios = group.getByRole('radio');
  for (let presses = 0; presses < 80; presses += 1) {
    const focusedRadio = await radios.evaluateAll((elements) =>
      elements.some((element) => element === document.activeElement),
    );
    if (focusedRadio) {
      break;
    }
    await page.keyboard.press('Tab');
  }
  const target = group.getByRole('radio', { name: option, exact: true });
  for (let presses = 0; presses < 8 && !(await isFocused(target)); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }), 3);
  await page.keyboard.press('Enter');
}

/** The result's region, named by its heading; the heading has focus once the result appears. */
async function expectResult(page: Page, title: string): Promise<Locator> {
  const heading = page.getByRole('heading', { level: 2, name: title });
  await expect(heading).toBeFocused();
  return page.getByRole('region', { name: title });
}

async function expectQuestion(page: Page, title: string, progress: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await expect(page.getByRole('form', { name: progress })).toBeVisible();
}

const noLlm = 'No. I did not use any LLM-based tool.';
const helper = 'Yes, as a helper while I did the work myself.';
const produced = 'Yes, it produced some of the code, tests, documentation or text.';
const knownSource = 'Yes. I know where every part comes from, and nothing is copied.';
const everyDecision = 'Yes, every decision.';
const ownWords = 'I wrote them myself.';

test.describe('the self-check, by keyboard alone', () => {
  test('no LLM at all: ready to submit, with honest progress along the way', async ({
    page,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, '/self-check');
    await expect(page.getByRole('form', { name: firstProgress })).toBeVisible();
    const questionScan = await makeAxeBuilder().analyze();
    expect(questionScan.violations).toEqual([]);

    await answer(page, question.start, noLlm);
    await expectQuestion(page, question.source, 'Question 2 of at most 3');
    await answer(page, question.source, knownSource);
    await expectQuestion(page, question.decisions, 'Question 3 of at most 3');
    await answer(page, question.decisions, everyDecision);

    const result = await expectResult(page, outcome.ready);
    await expect(result).toContainText('there is nothing to disclose');
    await expect(result.getByRole('link', { name: 'Policy: Disclosure' })).toHaveAttribute(
      'href',
      /\/policy#disclosure$/,
    );
    await expect(result.getByRole('heading', { name: 'Your disclosure' })).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('?a=start.none,source.known,decisions.yes');

    const resultScan = await makeAxeBuilder().analyze();
    expect(resultScan.violations).toEqual([]);
  });

  test('machine translation of your own words follows the project’s option', async ({ page }) => {
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, helper);
    await answer(page, question.tool, 'Machine translation of words I wrote in my own language');
    await answer(
      page,
      question.posted,
      'I wrote them in my own language, and a tool translated them.',
    );
    await answer(page, question.source, knownSource);
    await answer(page, question.decisions, everyDecision);
    const exempt = options.machineTranslation === 'exempt';
    const result = await expectResult(page, exempt ? outcome.ready : disclosedOutcome);
    await expect(
      result.getByRole('link', { name: 'Policy: Machine translation' }).first(),
    ).toHaveAttribute('href', /\/policy#machine-translation$/);
  });

  test('a decision you cannot explain: needs some work first, with the steps', async ({
    page,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, noLlm);
    await answer(page, question.source, knownSource);
    await answer(
      page,
      question.decisions,
      'Not all of them. There is at least one part I cannot explain yet.',
    );
    const result = await expectResult(page, outcome.work);
    await expect(result.getByRole('heading', { name: 'What to do first' })).toBeVisible();
    await expect(result.getByRole('list').nth(1).getByRole('listitem')).toHaveCount(2);
    await expect(result.getByRole('link', { name: 'Policy: Responsibility' })).toBeVisible();
    const scan = await makeAxeBuilder().analyze();
    expect(scan.violations).toEqual([]);
  });

  test('code a model wrote and you vouch for: not acceptable, with a welcome way forward', async ({
    page,
    makeAxeBuilder,
  }) => {
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, produced);
    await expectQuestion(page, question.output, 'Question 2 of at most 5');
    await answer(
      page,
      question.output,
      'The work itself. I read it, tested it and I take responsibility for it, but I did not rewrite it.',
    );
    const result = await expectResult(page, outcome.stop);
    await expect(result).toContainText('not about you');
    await expect(result.getByRole('heading', { name: 'A welcome way forward' })).toBeVisible();
    await expect(result).toContainText('open an issue that describes the problem');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const scan = await makeAxeBuilder().analyze();
      expect(scan.violations, `${scheme} theme`).toEqual([]);
    }
  });

  test('Continue without an answer asks kindly for one', async ({ page }) => {
    await gotoHydrated(page, '/self-check');
    const continueButton = page.getByRole('button', { name: 'Continue' });
    await tabTo(page, continueButton);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('radio', { name: noLlm })).toBeFocused();
    const group = page.getByRole('group', { name: question.start });
    await expect(group).toHaveAccessibleDescription(/Please choose one answer to continue\./);
    await expect(page.getByRole('form', { name: firstProgress })).toBeVisible();
    await answer(page, question.start, noLlm);
    await expectQuestion(page, question.source, 'Question 2 of at most 3');
  });

  test('Back and Start over work at every step', async ({ page }) => {
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, produced);
    await answer(
      page,
      question.output,
      'A first draft. I rewrote it myself and made each decision.',
    );
    await expectQuestion(page, question.posted, 'Question 3 of at most 5');

    // Back returns to the previous question, with the earlier answer still chosen.
    await tabTo(page, page.getByRole('button', { name: 'Back' }));
    await page.keyboard.press('Enter');
    await expectQuestion(page, question.output, 'Question 2 of at most 5');
    await expect(
      page.getByRole('radio', {
        name: 'A first draft. I rewrote it myself and made each decision.',
      }),
    ).toBeChecked();
    expect(new URL(page.url()).search).toBe('?a=start.output');

    await tabTo(page, page.getByRole('button', { name: 'Start over' }));
    await page.keyboard.press('Enter');
    await expectQuestion(page, question.start, firstProgress);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);

    // From a result, Back returns to the last question and Start over to the first.
    await answer(page, question.start, noLlm);
    await answer(page, question.source, 'I copied some of it from another project or a website.');
    await expectResult(page, outcome.work);
    await tabTo(page, page.getByRole('button', { name: 'Back' }));
    await page.keyboard.press('Enter');
    await expectQuestion(page, question.source, 'Question 2 of at most 3');
    await answer(page, question.source, 'I copied some of it from another project or a website.');
    await expectResult(page, outcome.work);
    await tabTo(page, page.getByRole('button', { name: 'Start over' }));
    await page.keyboard.press('Enter');
    await expectQuestion(page, question.start, firstProgress);
  });

  test('the disclosure builder copies exactly the text it shows', async ({
    page,
    context,
    makeAxeBuilder,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, helper);
    await answer(
      page,
      question.tool,
      'Autocomplete that suggested whole lines or blocks of code, which I accepted',
    );
    await answer(page, question.posted, ownWords);
    await answer(page, question.source, knownSource);
    await answer(page, question.decisions, everyDecision);
    const result = await expectResult(page, disclosedOutcome);
    const scan = await makeAxeBuilder().analyze();
    expect(scan.violations).toEqual([]);

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
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.paragraph);

    if (expected.trailer === null) {
      await expect(result.getByRole('button', { name: 'Copy the commit trailer' })).toHaveCount(0);
    } else {
      const trailer = result.getByRole('figure', { name: 'Commit trailer (optional)' });
      await expect(trailer.getByRole('code')).toHaveText(expected.trailer);
      await tabTo(page, result.getByRole('button', { name: 'Copy the commit trailer' }));
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.trailer);
    }
  });

  test('a permalink brings back the same result', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, produced);
    await answer(
      page,
      question.output,
      'Tests or repetitive code, such as boilerplate or configuration. The rest of the work is mine.',
    );
    await answer(page, question.posted, ownWords);
    await answer(page, question.source, knownSource);
    await answer(page, question.decisions, everyDecision);
    const result = await expectResult(page, disclosedOutcome);
    const answers = await result.getByRole('list').last().innerText();

    await tabTo(page, result.getByRole('button', { name: 'Copy the link to this result' }));
    await page.keyboard.press('Enter');
    const permalink = await page.evaluate(() => navigator.clipboard.readText());
    expect(permalink).toBe(page.url());
    expect(new URL(permalink).search).toBe(
      '?a=start.output,output.tests,posted.own,source.known,decisions.yes',
    );

    const reviewer = await context.newPage();
    await reviewer.goto(permalink);
    await expect(reviewer.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const restored = reviewer.getByRole('region', { name: disclosedOutcome });
    await expect(restored).toBeVisible();
    expect(await restored.getByRole('list').last().innerText()).toBe(answers);
    await expect(restored.getByLabel('How you used it')).toHaveValue(
      'It generated tests or repetitive code, which I checked one by one.',
    );
    await reviewer.close();
  });

  test('a link to a question, not a result, opens that question', async ({ page }) => {
    await gotoHydrated(page, '/self-check?a=start.tool,tool.grammar');
    await expect(page.getByRole('heading', { level: 2, name: question.posted })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Question 3 of at most 5' })).toBeVisible();
    await answer(page, question.posted, ownWords);
    await expectQuestion(page, question.source, 'Question 4 of at most 5');
  });
});

test.describe('a tampered or broken link', () => {
  for (const [kind, search] of [
    ['an unknown question', '?a=weather.sunny'],
    ['an unknown option', '?a=start.perhaps'],
    ['answers that skip a question', '?a=start.none,decisions.yes'],
    ['answers after the end', '?a=start.output,output.vouched,posted.own'],
    ['markup', '?a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a very long value', `?a=${'start.none,'.repeat(60)}`],
    ['a repeated parameter', '?a=start.none&a=start.tool'],
    ['garbage', '?a=%E2%80%AE%F0%9F%98%80%25%00'],
    ['broken percent-encoding', '?a=start.none%E0%A4%A'],
  ] as const) {
    test(`${kind} starts the check afresh with a gentle notice`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected dialog: ${dialog.message()}`);
      });
      await gotoHydrated(page, `/self-check${search}`);
      await expect(page.getByRole('status').filter({ hasText: noticeText })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: question.start })).toBeVisible();
      await expect(page.getByRole('form', { name: firstProgress })).toBeVisible();

      await answer(page, question.start, noLlm);
      await expectQuestion(page, question.source, 'Question 2 of at most 3');
      await expect(page.getByRole('status').filter({ hasText: noticeText })).toHaveCount(0);
      expect(new URL(page.url()).search).toBe('?a=start.none');
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
    await gotoHydrated(
      page,
      '/self-check?a=start.output,output.rewritten,posted.own,source.known,decisions.yes',
    );
    const result = page.getByRole('region', { name: disclosedOutcome });
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

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await tabTo(page, result.getByRole('button', { name: 'Copy the disclosure' }));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
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
    await gotoHydrated(page, '/self-check');
    await answer(page, question.start, helper);
    await answer(
      page,
      question.tool,
      'An LLM that explained code, an error or an idea to me while I worked on this',
    );
    await answer(page, question.posted, ownWords);
    await answer(page, question.source, knownSource);
    await answer(page, question.decisions, everyDecision);
    const result = await expectResult(page, disclosedOutcome);

    await tabTo(page, result.getByLabel('Tool', { exact: true }));
    await page.keyboard.type('ExampleChat');
    const expected = buildParagraph({
      tool: 'ExampleChat',
      model: '',
      how: await result.getByLabel('How you used it').inputValue(),
      parts: '',
    });
    await tabTo(page, result.getByRole('button', { name: 'Copy the disclosure' }));
    await page.keyboard.press('Enter');

    const fallback = result.getByLabel(fallbackLabel);
    await expect(fallback).toBeVisible();
    await expect(fallback).toBeFocused();
    await expect(fallback).toHaveAttribute('readonly', '');
    await expect(fallback).toHaveValue(expected);
    const selected = await fallback.evaluate((area: HTMLTextAreaElement) =>
      area.value.slice(area.selectionStart, area.selectionEnd),
    );
    expect(selected).toBe(expected);
    await expect(result.getByRole('button', { name: 'Copy the disclosure' })).toBeEnabled();
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows every question as a readable checklist', async ({ page }) => {
    const response = await page.goto(sitePath('/self-check'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-check');
    await expect(page.getByRole('main')).toContainText('needs JavaScript');
    await expect(
      page.getByRole('heading', { level: 2, name: 'All questions on one page' }),
    ).toBeVisible();
    for (const title of [question.start, question.tool, question.output, question.posted]) {
      await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Next: question 2' }).first()).toBeVisible();
    await expect(page.getByRole('main')).toContainText('This answer ends the check.');
    await expect(page.getByRole('radio')).toHaveCount(0);
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
