// Every expectation here comes from the config the site was built with (./siteConfig) or from an
// explicit fixture, so the spec passes for the shipped example and for any fork.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { fileCatalog, includedFileIds } from '../../src/adoption/fileCatalog';
import {
  followersOf,
  withField,
  type AddressField,
  type DetailField,
} from '../../src/components/AdoptionBuilder/builderState';
import { snippetFolder } from '../../src/components/AdoptionBuilder/zipArchive';
import type { SiteConfig } from '../../src/config/types';
import type { Message } from '../../src/data/message';
import { findSiteConfigProblems } from '../../src/config/validate';
import { expectationText } from '../../src/config/expectations';
import {
  policyOptionMeta,
  policyOptionValues,
  type PolicyOptionId,
  type PolicyOptions,
} from '../../src/data/policyOptions';
import {
  chosenSentence,
  closedModelsSentence,
  disclosureSentence,
} from '../../src/data/policySummary';
import markup from '../fixtures/markup.config';
import { expectNoAxeViolations } from './axe';
import { gotoAsWithoutJavaScript } from './withoutJavaScript';
import {
  escapeRegExp,
  expect,
  expectHydrated,
  gotoHydrated,
  sidewaysScroll,
  sitePath,
  test,
} from './fixtures';
import siteConfig from './siteConfig';

const { options } = siteConfig.policy;
const startName = siteConfig.project.name;
/** A name that no fixture uses, so that entering it is always a rename. */
const newName = 'Kelpwood';

/** The files this site's build made: the name on their buttons, their path under /files/ and in the zip. */
const builtFiles = includedFileIds(options).map((id) => {
  const { fileName, repositoryPath } = fileCatalog[id];
  return {
    name: fileName.split('/').pop() ?? fileName,
    fileName,
    zipPath: repositoryPath ?? `${snippetFolder}/${fileName}`,
  };
});

async function builtBytes(page: Page, fileName: string): Promise<Buffer> {
  const response = await page.request.get(sitePath(`/files/${fileName}`));
  expect(response.status(), `status of /files/${fileName}`).toBe(200);
  return response.body();
}

async function builtText(page: Page, fileName: string): Promise<string> {
  return (await builtBytes(page, fileName)).toString('utf8');
}

function optionGroup(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** The first value of an option that this site did not choose. */
function otherValue<Id extends PolicyOptionId>(id: Id): PolicyOptions[Id] {
  const values: readonly string[] = policyOptionValues[id];
  const other = values.find((value) => value !== options[id]);
  if (other === undefined) {
    throw new Error(`${id} has only one value`);
  }
  return other as PolicyOptions[Id];
}

function valueLabel(id: PolicyOptionId, value: string): string {
  return (policyOptionMeta[id].values as Readonly<Record<string, { label: Message }>>)[value].label
    .message;
}

async function choose(page: Page, id: PolicyOptionId, value: string): Promise<void> {
  await optionGroup(page, policyOptionMeta[id].label.message)
    .getByRole('radio', { name: new RegExp(`^${escapeRegExp(valueLabel(id, value))}`) })
    .check();
}

function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** What opens a file's preview; there is none for a file that the choices do not make. */
function previewToggle(page: Page, name: string): Locator {
  return page.getByText(`Preview of ${name}`, { exact: true });
}

/** The text of a file's preview, opened first: a preview shows its text once the reader opens it. */
async function preview(page: Page, name: string): Promise<Locator> {
  const toggle = previewToggle(page, name);
  const details = toggle.locator('xpath=..');
  if ((await details.getAttribute('open')) === null) {
    await toggle.click();
  }
  return page.getByLabel(`Preview of ${name}`, { exact: true });
}

/** The box above the files that lists the fields the build would stop on. */
function errorSummary(page: Page): Locator {
  return page.locator('.alert').filter({ hasText: /^The build would stop on/ });
}

/** The box above the files that lists the fields that still hold the starting project's details. */
function traceSummary(page: Page): Locator {
  return page.locator('.alert').filter({ hasText: /still holds? the name or an address of/ });
}

/** What the validator says a field should be, given a value, in the English the site shows. */
function expectedFor(fieldName: DetailField, value: string): string | null {
  const config: SiteConfig = withField(siteConfig, fieldName, value);
  const expected = findSiteConfigProblems(config).find(
    (problem) => problem.field === fieldName,
  )?.expected;
  return expected ? expectationText(expected) : null;
}

async function downloadFrom(page: Page, button: Locator): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

test.describe('the adoption builder', () => {
  test(
    'changes the summary and the files as the options change',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/adopt');
      const summary = page.getByRole('list', { name: 'Summary of your policy' });
      const status = page.getByRole('status').filter({ hasText: 'now follow this choice' });

      for (const value of [otherValue('disclosure'), options.disclosure]) {
        await choose(page, 'disclosure', value);
        const sentence = chosenSentence(disclosureSentence, { ...options, disclosure: value });
        await expect(summary).toContainText(sentence);
        await expect(await preview(page, 'CONTRIBUTING-section.md')).toHaveValue(
          new RegExp(escapeRegExp(sentence)),
        );
        await expect(status).toHaveText(
          new RegExp(`^Disclosure: ${escapeRegExp(valueLabel('disclosure', value))}\\.`),
        );
      }

      const closed = otherValue('closedCommercialModels');
      await choose(page, 'closedCommercialModels', closed);
      const closedSentence = chosenSentence(closedModelsSentence, {
        ...options,
        closedCommercialModels: 'not-accepted',
      });
      if (closed === 'not-accepted') {
        await expect(summary).toContainText(closedSentence);
      } else {
        await expect(summary).not.toContainText(closedSentence);
      }

      for (const trailer of policyOptionValues.commitTrailer.filter(
        (value) => value !== options.commitTrailer,
      )) {
        await choose(page, 'commitTrailer', trailer);
        const template = await preview(page, 'PULL_REQUEST_TEMPLATE.md');
        if (trailer === 'none') {
          await expect(template).not.toHaveValue(/trailer line/);
        } else {
          await expect(template).toHaveValue(new RegExp(`"${trailer}: TOOL`));
        }
      }

      for (const value of [otherValue('agentsFile'), options.agentsFile]) {
        await choose(page, 'agentsFile', value);
        if (value === 'none') {
          await expect(previewToggle(page, 'AGENTS.md')).toHaveCount(0);
          await expect(page.getByText('Your choices include no AGENTS.md.')).toBeVisible();
        } else {
          await expect(await preview(page, 'AGENTS.md')).toHaveValue(/^# Notes for coding agents/);
        }
      }
    },
  );

  test(
    'the pull-request check’s mode changes the check and site.config.ts, and survives a reload',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/adopt');
      const siteMode = siteConfig.pullRequestCheck?.mode ?? 'advise';
      const other = siteMode === 'advise' ? 'require' : 'advise';
      const group = optionGroup(page, 'Pull-request check');
      await expect(
        group.getByRole('radio', {
          name: new RegExp(`^${siteMode === 'advise' ? 'Advise' : 'Require'}`),
        }),
      ).toBeChecked();
      await group
        .getByRole('radio', { name: new RegExp(`^${other === 'advise' ? 'Advise' : 'Require'}`) })
        .check();
      await expect(
        page.getByRole('status').filter({ hasText: /^Pull-request check: / }),
      ).toHaveText(
        `Pull-request check: ${other === 'advise' ? 'Advise' : 'Require'}. The files below now follow this choice.`,
      );
      await expect(await preview(page, 'llm-policy-check.mjs')).toHaveValue(
        new RegExp(`"mode": "${other}"`),
      );
      await expect(await preview(page, 'llm-policy-check.yml')).toHaveValue(
        new RegExp(`Its mode is "${other}"`),
      );
      await expect(await preview(page, 'site.config.ts')).toHaveValue(
        new RegExp(`pullRequestCheck: \\{\\n    mode: '${other}',`),
      );
      await expect(page).toHaveURL(new RegExp(`#choices\\?.*pullRequestCheck\\.mode=${other}`));

      await page.reload();
      await expectHydrated(page);
      await expect(await preview(page, 'llm-policy-check.mjs')).toHaveValue(
        new RegExp(`"mode": "${other}"`),
      );
    },
  );

  test('keeps the choices in the address after "#", and restores them on reload', async ({
    page,
  }) => {
    await gotoHydrated(page, '/adopt');
    const verbatim = otherValue('verbatimModelText');
    await choose(page, 'verbatimModelText', verbatim);
    await field(page, 'Project name').fill(`${newName} & Co`);
    await expect(page).toHaveURL(new RegExp(`#choices\\?.*verbatimModelText=${verbatim}`));
    await expect(page).toHaveURL(new RegExp(`project\\.name=${newName}\\+%26\\+Co`));

    await page.reload();
    await expectHydrated(page);
    await expect(
      optionGroup(page, policyOptionMeta.verbatimModelText.label.message).getByRole('radio', {
        name: new RegExp(`^${escapeRegExp(valueLabel('verbatimModelText', verbatim))}`),
      }),
    ).toBeChecked();
    await expect(field(page, 'Project name')).toHaveValue(`${newName} & Co`);
    await expect(await preview(page, 'site.config.ts')).toHaveValue(
      new RegExp(`name: '${newName} & Co',`),
    );

    await page.getByRole('button', { name: 'Start again from this site’s choices' }).click();
    await expect(field(page, 'Project name')).toHaveValue(startName);
    await expect(page).not.toHaveURL(/#choices\?/);
  });

  test(
    'Copy gives exactly the text of each file the build made',
    { tag: '@config' },
    async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await gotoHydrated(page, '/adopt');
      for (const { name, fileName } of builtFiles) {
        const card = page.getByRole('article', { name, exact: true });
        await card.getByRole('button', { name: `Copy ${name}`, exact: true }).click();
        await expect(card.getByRole('status')).toHaveText('Copied to the clipboard.');
        const built = await builtText(page, fileName);
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()), name)
          .toBe(built);
      }
    },
  );

  test(
    'Download all gives one zip: site.config.ts, and every file the build made at its path',
    { tag: '@config' },
    async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') {
          scripts.push(request.url());
        }
      });
      await gotoHydrated(page, '/adopt');
      const scriptsBeforeClick = scripts.length;

      const zip = await downloadFrom(
        page,
        page.getByRole('button', { name: 'Download all files as a zip' }),
      );
      expect(zip.name).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*-)?llm-policy-files\.zip$/);
      await expect(page.getByRole('status').filter({ hasText: zip.name })).toHaveText(
        `Your browser is saving ${zip.name}, with ${builtFiles.length + 1} files.`,
      );
      // The zip library is a chunk of its own, loaded on the click.
      expect(scripts.length).toBeGreaterThan(scriptsBeforeClick);

      const entries = unzipSync(new Uint8Array(await readFile(zip.path)));
      expect(Object.keys(entries)).toEqual([
        'site.config.ts',
        ...builtFiles.map((file) => file.zipPath),
      ]);
      for (const file of builtFiles) {
        const built = await builtBytes(page, file.fileName);
        expect(Buffer.from(entries[file.zipPath]).equals(built), file.zipPath).toBe(true);
      }
      await expect(await preview(page, 'site.config.ts')).toHaveValue(
        strFromU8(entries['site.config.ts']),
      );
    },
  );

  test('Download gives exactly the text of a file the build made', async ({ page }) => {
    await gotoHydrated(page, '/adopt');
    const download = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download LLM_POLICY.md', exact: true }),
    );
    expect(download.name).toBe('LLM_POLICY.md');
    expect(await readFile(download.path, 'utf8')).toBe(await builtText(page, 'LLM_POLICY.md'));
  });

  test('downloads a site.config.ts with the details and options entered', async ({ page }) => {
    await gotoHydrated(page, '/adopt');
    await field(page, 'Project name').fill(newName);
    await field(page, 'Base path').fill('/llm-policy/');
    const agents = otherValue('autonomousAgents');
    await choose(page, 'autonomousAgents', agents);
    const download = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download site.config.ts', exact: true }),
    );
    expect(download.name).toBe('site.config.ts');
    const text = await readFile(download.path, 'utf8');
    expect(text).toContain(`  isExample: false,\n  project: {\n    name: '${newName}',`);
    expect(text).toContain("    baseUrl: '/llm-policy/',");
    expect(text).toContain(`      autonomousAgents: '${agents}',`);
    await expect(await preview(page, 'site.config.ts')).toHaveValue(text);
  });

  test('shows the validator’s words next to each field the build would stop on, and lists every such field above the files', async ({
    page,
  }) => {
    await gotoHydrated(page, '/adopt');
    const name = field(page, 'Project name');
    await name.fill('');
    // Marked at once, while the focus is still in the field, and listed above the files.
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(
      new RegExp(
        `^The build would stop here: this must be ${escapeRegExp(expectedFor('project.name', '') ?? '')}\\.`,
      ),
    );
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Project name']);

    const repository = field(page, 'Code repository');
    await repository.fill('github.com/example/project');
    await expect(errorSummary(page).getByRole('link')).toHaveText([
      'Project name',
      'Code repository',
    ]);
    await expect(errorSummary(page)).toContainText(
      `Code repository: must be ${expectedFor('project.repositoryUrl', 'github.com/example/project') ?? ''}.`,
    );
    // Following a link puts the focus in the field itself.
    await errorSummary(page).getByRole('link', { name: 'Code repository' }).click();
    await expect(repository).toBeFocused();
    await expect(repository).toHaveAttribute('aria-invalid', 'true');

    const siteConfigCard = page.getByRole('article', { name: 'site.config.ts', exact: true });
    await expect(siteConfigCard).toContainText(
      'Your site’s build would stop on this file until these fields are fixed in step 2:',
    );
    await expect(siteConfigCard.getByRole('link')).toHaveText(['Project name', 'Code repository']);
    // The text can still be copied, but a download would hand out a file that does not build.
    await expect(siteConfigCard.getByRole('button', { name: 'Copy site.config.ts' })).toBeEnabled();
    await expect(
      siteConfigCard.getByRole('button', { name: 'Download site.config.ts' }),
    ).toHaveAttribute('aria-disabled', 'true');

    await name.fill(newName);
    await repository.fill('https://git.example.org/kelpwood');
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await expect(repository).toHaveAttribute('aria-invalid', 'false');
    await expect(errorSummary(page)).toHaveCount(0);
    await expect(siteConfigCard).not.toContainText('would stop');
  });

  test('Download all and the site.config.ts download say they wait for the fields to be fixed, and take the reader to the first one', async ({
    page,
  }) => {
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await gotoHydrated(page, '/adopt');
    const version = field(page, 'Policy version');
    await version.fill('v2');
    const adoptedOn = field(page, 'Date of adoption');
    await adoptedOn.fill('');
    await expect(version).toHaveAttribute('aria-invalid', 'true');
    const blockedNote =
      'You can download the zip when these fields are fixed in step 2. Your site’s build would stop on them:';

    // Still a real button with its name, which says why it waits.
    const downloadAll = page.getByRole('button', { name: 'Download all files as a zip' });
    await downloadAll.scrollIntoViewIfNeeded();
    await expect(downloadAll).toHaveAttribute('aria-disabled', 'true');
    await expect(downloadAll).toHaveAccessibleDescription(
      new RegExp(`^${escapeRegExp(blockedNote)}`),
    );
    const note = page.getByText(blockedNote);
    await expect(note).toBeInViewport();
    await expect(note.locator('xpath=..').getByRole('link')).toHaveText([
      'Policy version',
      'Date of adoption',
    ]);

    // Pressing it gives no zip: it takes the reader to the first field to fix, on screen. The
    // button says it is unavailable (aria-disabled), yet it stays in the tab order and answers.
    await downloadAll.focus();
    await page.keyboard.press('Enter');
    await expect(version).toBeFocused();
    await expect(version).toBeInViewport();

    const siteConfigCard = page.getByRole('article', { name: 'site.config.ts', exact: true });
    const downloadConfig = siteConfigCard.getByRole('button', {
      name: 'Download site.config.ts',
      exact: true,
    });
    await downloadConfig.scrollIntoViewIfNeeded();
    await expect(downloadConfig).toHaveAttribute('aria-disabled', 'true');
    await expect(downloadConfig).toHaveAccessibleDescription(
      /You can download this file when these fields are fixed\./,
    );
    // A mouse click; Playwright would otherwise wait for the button to be enabled.
    await downloadConfig.click({ force: true });
    await expect(version).toBeFocused();
    await expect(version).toBeInViewport();
    expect(downloads, 'nothing was downloaded').toEqual([]);

    // Once the fields are fixed, both give their files, with what the reader entered.
    await version.fill('2.0');
    await adoptedOn.fill('2031-12-24');
    await expect(note).toHaveCount(0);
    await expect(downloadAll).not.toHaveAttribute('aria-disabled', 'true');
    const zip = await downloadFrom(page, downloadAll);
    const entries = unzipSync(new Uint8Array(await readFile(zip.path)));
    expect(strFromU8(entries['site.config.ts'])).toContain("version: '2.0',");
    const config = await downloadFrom(page, downloadConfig);
    expect(await readFile(config.path, 'utf8')).toContain("adoptedOn: '2031-12-24',");
  });

  test(
    'the addresses made from the repository address follow a new one, unless the reader wrote them',
    { tag: '@config' },
    async ({ page }) => {
      const labels: Readonly<Record<AddressField, string>> = {
        'project.issuesUrl': 'Issues',
        'project.pullRequestsUrl': 'Pull requests',
        'site.url': 'Site address',
        'contact.url': 'Contact address',
        'textLicense.url': 'Licence address',
      };
      const followers = Object.entries(followersOf(siteConfig)) as [AddressField, string][];
      await gotoHydrated(page, '/adopt');
      await field(page, 'Project name').fill(newName);
      const repository = field(page, 'Code repository');
      if (followers.length === 0) {
        // No address of this config lies under its repository address, so none follows.
        const issues = field(page, labels['project.issuesUrl']);
        const before = await issues.inputValue();
        await repository.fill('https://git.example.org/kelpwood');
        await expect(issues).toHaveValue(before);
        return;
      }
      await repository.fill('https://git.example.org/kelpwood');
      for (const [fieldName, rest] of followers) {
        const address = field(page, labels[fieldName]);
        await expect(address).toHaveValue(`https://git.example.org/kelpwood${rest}`);
        await address.scrollIntoViewIfNeeded();
        await expect(address).toHaveAttribute('aria-invalid', 'false');
        await expect(address).not.toHaveAccessibleDescription(/^Please check/);
        await expect(await preview(page, 'site.config.ts')).toHaveValue(
          new RegExp(escapeRegExp(`'https://git.example.org/kelpwood${rest}'`)),
        );
      }
      await expect(
        traceSummary(page).getByRole('link', { name: labels[followers[0][0]] }),
      ).toHaveCount(0);

      // An address the reader wrote stays as they wrote it; the others go on following.
      const [[written], ...others] = followers;
      await field(page, labels[written]).fill('https://tracker.example.org/kelpwood');
      await repository.fill('https://git.example.org/kelpwood-two');
      await expect(field(page, labels[written])).toHaveValue(
        'https://tracker.example.org/kelpwood',
      );
      for (const [fieldName, rest] of others) {
        await expect(field(page, labels[fieldName])).toHaveValue(
          `https://git.example.org/kelpwood-two${rest}`,
        );
      }
    },
  );

  test('Start again can be undone, so one click loses no work', async ({ page }) => {
    await gotoHydrated(page, '/adopt');
    const verbatim = otherValue('verbatimModelText');
    await choose(page, 'verbatimModelText', verbatim);
    const name = field(page, 'Project name');
    const repository = field(page, 'Code repository');
    const issues = field(page, 'Issues');
    await name.fill(newName);
    await repository.fill('https://git.example.org/kelpwood');
    await issues.fill('https://tracker.example.org/kelpwood');
    // The address follows the fields as they change; wait until it holds the last one.
    await expect(page).toHaveURL(
      new RegExp(escapeRegExp(encodeURIComponent('https://tracker.example.org/kelpwood'))),
    );
    const choicesAddress = page.url();
    expect(choicesAddress).toMatch(/#choices\?/);

    const startOver = page.getByRole('button', { name: 'Start again from this site’s choices' });
    await startOver.click();
    await expect(name).toHaveValue(startName);
    await expect(page).not.toHaveURL(/#choices\?/);
    const cleared = page.locator('p').filter({ hasText: /^Your changes were cleared\. Undo$/ });
    await expect(cleared).toBeInViewport();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeInViewport();
    await expect(page.getByRole('status').filter({ hasText: 'press Undo' })).toHaveText(
      /^Your changes were cleared\./,
    );

    await undo.click();
    await expect(name).toHaveValue(newName);
    await expect(repository).toHaveValue('https://git.example.org/kelpwood');
    await expect(issues).toHaveValue('https://tracker.example.org/kelpwood');
    await expect(
      optionGroup(page, policyOptionMeta.verbatimModelText.label.message).getByRole('radio', {
        name: new RegExp(`^${escapeRegExp(valueLabel('verbatimModelText', verbatim))}`),
      }),
    ).toBeChecked();
    await expect(page).toHaveURL(choicesAddress);
    await expect(cleared).toHaveCount(0);
    await expect(startOver).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your changes are back.' }),
    ).toHaveCount(1);

    // Undo is offered until the next change only: it would otherwise lose that change.
    await startOver.click();
    await expect(undo).toBeVisible();
    await name.fill(`${newName} Two`);
    await expect(undo).toHaveCount(0);
  });

  test('shows a cleared date at once, beside the field and above the files, without leaving it', async ({
    page,
  }) => {
    await gotoHydrated(page, '/adopt');
    const date = field(page, 'Date of adoption');
    await date.fill('');
    await expect(date).toBeFocused();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(
      new RegExp(`this must be ${escapeRegExp(expectedFor('policy.adoptedOn', '') ?? '')}\\.`),
    );
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Date of adoption']);
    await expect(page.getByRole('status').filter({ hasText: 'would stop' })).toHaveText(
      /^The build would stop on one field\./,
    );
    const siteConfigCard = page.getByRole('article', { name: 'site.config.ts', exact: true });
    await expect(siteConfigCard.getByRole('link')).toHaveText(['Date of adoption']);
    await expect(await preview(page, 'site.config.ts')).toHaveValue(/adoptedOn: '',/);

    await date.fill('2031-12-24');
    await expect(date).toHaveAttribute('aria-invalid', 'false');
    await expect(errorSummary(page)).toHaveCount(0);
  });

  test(
    'flags details left from the starting project, and the contact label follows a new name',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/adopt');
      const name = field(page, 'Project name');
      const repository = field(page, 'Code repository');
      const label = field(page, 'Contact');
      const addressWarning = new RegExp(
        `^Please check: this is still an address of ${escapeRegExp(startName)}, the project this site was made for\\.`,
      );
      if (siteConfig.isExample) {
        await expect(name).toHaveAccessibleDescription(
          new RegExp(`^Please check: this still holds “${escapeRegExp(startName)}”`),
        );
        await expect(repository).toHaveAccessibleDescription(addressWarning);
        await expect(traceSummary(page).getByRole('link')).toContainText(['Project name']);
      } else {
        await expect(traceSummary(page)).toHaveCount(0);
      }

      await name.fill(newName);
      await expect(label).toHaveValue(siteConfig.contact.label.split(startName).join(newName));
      await expect(name).toHaveAccessibleDescription(/^As people write it/);
      await expect(repository).toHaveAttribute('aria-invalid', 'false');
      await expect(repository).toHaveAccessibleDescription(addressWarning);
      await expect(page.getByText(addressWarning).first()).toBeVisible();
      const traced = traceSummary(page);
      await expect(traced).toContainText(`still hold the name or an address of ${startName}.`);
      await expect(traced.getByRole('link', { name: 'Code repository' })).toBeVisible();
      await expect(traced.getByRole('link', { name: 'Project name' })).toHaveCount(0);
      await traced.getByRole('link', { name: 'Code repository' }).click();
      await expect(repository).toBeFocused();

      await repository.fill('https://git.example.org/kelpwood');
      await expect(repository).toHaveAccessibleDescription(/^The web address of the repository\./);
      await expect(traced.getByRole('link', { name: 'Code repository' })).toHaveCount(0);

      // Once the user writes the label, it is theirs.
      await label.fill('the Kelpwood chat');
      await name.fill(`${newName} Two`);
      await expect(label).toHaveValue('the Kelpwood chat');
    },
  );

  test('shows a kind message in place of a file that cannot be made, and everything else keeps working', async ({
    page,
  }) => {
    // No text typed into the form breaks a file. A damaged build can: the policy's text,
    // which the page loads in its own script, names a tag that the page does not know.
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({
        response,
        body: body.includes('"pieces"')
          ? body.replace('{"tag":"ProjectName"', '{"tag":"NoSuchTag"')
          : body,
      });
    });
    await gotoHydrated(page, '/adopt');
    const policyCard = page.getByRole('article', { name: 'LLM_POLICY.md', exact: true });
    await expect(policyCard).toContainText('Sorry: this file could not be made');
    await expect(previewToggle(page, 'LLM_POLICY.md')).toHaveCount(0);
    await expect(await preview(page, 'PULL_REQUEST_TEMPLATE.md')).toHaveValue(/LLM use/);
    await expect(
      page.getByText('These files could not be made, so the zip leaves them out: LLM_POLICY.md.'),
    ).toBeVisible();
    await policyCard.getByText('What went wrong, for a bug report').click();
    await expect(policyCard.getByText(/<NoSuchTag>/)).toBeVisible();

    await field(page, 'Policy version').fill('7');
    await expect(await preview(page, 'site.config.ts')).toHaveValue(/version: '7',/);
    await expectNoAxeViolations(page, 'the builder with a file that cannot be made', {
      include: ['section[aria-labelledby^="adopt-step"]'],
    });
  });

  const hostileTexts = [
    markup.project.name,
    '<img src=x onerror=alert(1)><script>alert(2)</script>',
    '**bold** _em_ [link](javascript:alert(3)) {1 + 1} <Component /> # Heading',
    'x'.repeat(5000),
    'פרויקט הנמל مشروع الميناء',
    '⚓️ Harbour 👩🏽‍💻 🏳️‍🌈',
  ];

  test('never crashes on hostile text, in a field or in a shared link', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await gotoHydrated(page, '/adopt');
    const name = field(page, 'Project name');
    const version = field(page, 'Policy version');
    for (const [index, text] of hostileTexts.entries()) {
      await name.fill(text);
      await name.blur();
      await expect(name).toHaveValue(text);
      await expect(page.getByRole('heading', { name: 'Step 4: Take your files' })).toBeVisible();
      // Every field still works.
      await version.fill(`${index + 2}`);
      await expect(await preview(page, 'site.config.ts')).toHaveValue(
        new RegExp(`version: '${index + 2}',`),
      );
      const nameLink = errorSummary(page).getByRole('link', { name: 'Project name' });
      await expect(nameLink).toHaveCount(expectedFor('project.name', text) === null ? 0 : 1);
    }

    for (const text of hostileTexts) {
      await page.goto(sitePath(`/adopt#choices?project.name=${encodeURIComponent(text)}`));
      await page.reload();
      await expectHydrated(page);
      await expect(name).toHaveValue(text);
      await expect(page.getByRole('heading', { name: 'Step 4: Take your files' })).toBeVisible();
    }
    expect(dialogs).toEqual([]);
  });

  test('fits 360 px without sideways scrolling, with long text, an error and a warning', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoHydrated(page, '/adopt');
    await field(page, 'Project name').fill('x'.repeat(5000));
    await field(page, 'Project name').blur();
    await field(page, 'Contact').fill('y'.repeat(300));
    await expect(errorSummary(page)).toBeVisible();
    await expect(traceSummary(page)).toBeVisible();
    await expect.poll(() => sidewaysScroll(page), 'how far the page scrolls sideways').toBe(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme, with a warning and an error shown`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await gotoHydrated(page, '/adopt');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await field(page, 'Project name').fill(newName);
      const version = field(page, 'Policy version');
      await version.fill('v2');
      await version.blur();
      await expect(version).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, 'Code repository')).toHaveAccessibleDescription(/^Please check/);
      await expect(errorSummary(page)).toBeVisible();
      await expect(traceSummary(page)).toBeVisible();
      await choose(page, 'disclosure', otherValue('disclosure'));
      await expectNoAxeViolations(page, `the builder with a warning and an error, ${theme} theme`, {
        include: ['section[aria-labelledby^="adopt-step"]'],
      });
    });
  }
});

test.describe('where to fork this site', () => {
  const source = siteConfig.site.sourceRepository;

  test(
    'the fork step links to the config’s source repository, or says plainly what to fork',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/adopt');
      const steps = page.getByRole('heading', { level: 2, name: 'Publish your own site' });
      await expect(steps).toBeVisible();
      const forkStep = page
        .getByRole('listitem')
        .filter({ hasText: /^\s*Fork the repository that holds the source of this site/ });
      await expect(forkStep).toHaveCount(1);
      await expect(forkStep).toContainText(
        `It is not the repository of ${siteConfig.project.name}’s code.`,
      );
      if (source === undefined) {
        // No link that could be broken: only the contact, to ask where the source is.
        await expect(forkStep.getByRole('link')).toHaveCount(1);
        // The same address, written as a valid URI.
        const href = await forkStep
          .getByRole('link', { name: siteConfig.contact.label, exact: true })
          .getAttribute('href');
        expect(new URL(href ?? '').href).toBe(new URL(siteConfig.contact.url).href);
      } else {
        await expect(forkStep.getByRole('link')).toHaveCount(1);
        const href = await forkStep
          .getByRole('link', { name: source, exact: true })
          .getAttribute('href');
        expect(new URL(href ?? '').href).toBe(new URL(source).href);
      }
    },
  );

  test(
    'the footer names the source of this site when the config does',
    { tag: '@config' },
    async ({ page }) => {
      await gotoHydrated(page, '/');
      const link = page
        .getByRole('contentinfo')
        .getByRole('link', { name: /^Source of this site\b/ });
      if (source === undefined) {
        await expect(link).toHaveCount(0);
      } else {
        await expect(link).toHaveAttribute('href', source);
      }
    },
  );

  test('the builder’s site.config.ts holds the source of the new site only once it is typed', async ({
    page,
  }) => {
    await gotoHydrated(page, '/adopt');
    const file = await preview(page, 'site.config.ts');
    const source = field(page, 'Source of your site (optional)');
    await expect(source).toHaveValue('');
    await expect(file).toHaveValue(/baseUrl: /);
    await expect(file).not.toHaveValue(/sourceRepository/);

    await source.fill('https://git.example.net/harbour/policy-site');
    await expect(file).toHaveValue(
      /baseUrl: .*\n {4}sourceRepository: 'https:\/\/git\.example\.net\/harbour\/policy-site',\n/,
    );
    await source.fill('harbour/policy-site');
    await source.blur();
    await expect(source).toHaveAttribute('aria-invalid', 'true');
    await expect(source).toHaveAccessibleDescription(
      /^The build would stop here: this must be an absolute http:\/\/ or https:\/\/ URL\./,
    );
    await source.fill('');
    await expect(source).toHaveAttribute('aria-invalid', 'false');
    await expect(file).not.toHaveValue(/sourceRepository/);
  });
});

test.describe('without JavaScript', () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
      test.use({ javaScriptEnabled: false, viewport });

      test('the builder says it needs JavaScript, hides its controls, and points to what still works', async ({
        page,
      }) => {
        const response = await page.goto(sitePath('/adopt#builder'));
        expect(response?.status()).toBe(200);
        // Text matching skips noscript elements, so the notice is found by where it sits.
        const notice = page.getByRole('main').locator('noscript > div');
        await expect(notice).toBeInViewport();
        await expect(notice).toContainText('The builder needs JavaScript.');
        for (const role of ['radio', 'textbox', 'button'] as const) {
          await expect(page.getByRole('main').getByRole(role), `${role}s`).toHaveCount(0);
        }
        await expect(page.getByRole('heading', { name: /^Step 1/ })).toHaveCount(0);

        // The notice's links lead to the site's own files and to editing site.config.ts by hand.
        await notice.getByRole('link', { name: 'Files for your repository' }).click();
        await expect(page).toHaveURL(/#repository-files$/);
        const fileLinks = page.locator('a[download]');
        expect(await fileLinks.count()).toBeGreaterThan(0);
        await expect(fileLinks.first()).toBeVisible();
        await notice.getByRole('link', { name: 'Publish your own site' }).click();
        await expect(page).toHaveURL(/#how-to-adopt$/);
        await expect(
          page.getByRole('heading', { level: 2, name: 'Publish your own site' }),
        ).toBeInViewport();
      });
    });
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: no axe violations on the adoption page as it shows without JavaScript`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await gotoAsWithoutJavaScript(page, '/adopt');
    await expect(page.getByText('The builder needs JavaScript.')).toBeVisible();
    await expectNoAxeViolations(page, `the adoption page without JavaScript, ${theme} theme`);
  });
}
