import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { fileCatalog, includedFileIds } from '../../src/adoption/fileCatalog';
import { expect, gotoHydrated, sitePath, test } from './fixtures';
import siteConfig from './siteConfig';

/** The files this site's build made, as [name shown on the buttons, path under /files/]. */
const builtFiles = includedFileIds(siteConfig.policy.options).map((id) => {
  const { fileName } = fileCatalog[id];
  return [fileName.split('/').pop() ?? fileName, fileName] as const;
});

async function builtText(page: Page, fileName: string): Promise<string> {
  const response = await page.request.get(sitePath(`/files/${fileName}`));
  expect(response.status(), `status of /files/${fileName}`).toBe(200);
  return response.text();
}

function optionGroup(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

function preview(page: Page, name: string): Locator {
  return page.getByLabel(`Preview of ${name}`, { exact: true });
}

async function downloadText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${name}`, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  return readFile(await download.path(), 'utf8');
}

test.describe('the adoption builder', () => {
  test('changes the summary and the files as the options change', async ({ page }) => {
    await gotoHydrated(page, '/adopt');
    const summary = page.getByRole('list', { name: 'Summary of your policy' });
    const status = page.getByRole('status').filter({ hasText: 'now follow this choice' });

    await optionGroup(page, 'Disclosure')
      .getByRole('radio', { name: /^Required/ })
      .check();
    await expect(summary).toContainText('If an LLM helped you, say so.');
    await expect(preview(page, 'CONTRIBUTING-section.md')).toHaveValue(/say so: name the tools/);

    await optionGroup(page, 'Disclosure')
      .getByRole('radio', { name: /^Encouraged/ })
      .check();
    await expect(summary).toContainText('If an LLM helped you, please say so.');
    await expect(preview(page, 'CONTRIBUTING-section.md')).toHaveValue(/It is not required/);
    await expect(status).toHaveText(/^Disclosure: Encouraged\./);

    await optionGroup(page, 'Closed commercial models')
      .getByRole('radio', { name: /^Not accepted/ })
      .check();
    await expect(summary).toContainText('Output of closed commercial models is not accepted.');

    await optionGroup(page, 'Commit trailer')
      .getByRole('radio', { name: /^Generated-by/ })
      .check();
    await expect(preview(page, 'PULL_REQUEST_TEMPLATE.md')).toHaveValue(/Generated-by: TOOL/);
    await expect(preview(page, 'LLM_POLICY.md')).not.toHaveValue(/Assisted-by:/);

    await optionGroup(page, 'AGENTS.md')
      .getByRole('radio', { name: /^No file/ })
      .check();
    await expect(preview(page, 'AGENTS.md')).toHaveCount(0);
    await expect(page.getByText('Your choices include no AGENTS.md.')).toBeVisible();
    await optionGroup(page, 'AGENTS.md')
      .getByRole('radio', { name: /^A file that says no/ })
      .check();
    await expect(preview(page, 'AGENTS.md')).toHaveValue(/^# Notes for coding agents/);
  });

  test('keeps the choices in the address after "#", and restores them on reload', async ({
    page,
  }) => {
    await gotoHydrated(page, '/adopt');
    await optionGroup(page, 'Model text in conversations')
      .getByRole('radio', { name: /^Allowed when disclosed/ })
      .check();
    await page.getByLabel('Project name', { exact: true }).fill('Harbour & Co');
    await expect(page).toHaveURL(/#choices\?.*verbatimModelText=allowed-when-disclosed/);
    await expect(page).toHaveURL(/project\.name=Harbour\+%26\+Co/);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(
      optionGroup(page, 'Model text in conversations').getByRole('radio', {
        name: /^Allowed when disclosed/,
      }),
    ).toBeChecked();
    await expect(page.getByLabel('Project name', { exact: true })).toHaveValue('Harbour & Co');
    await expect(preview(page, 'CONTRIBUTING-section.md')).toHaveValue(
      /^Harbour & Co has a policy/m,
    );

    await page.getByRole('button', { name: 'Start again from this site’s choices' }).click();
    await expect(page.getByLabel('Project name', { exact: true })).toHaveValue(
      siteConfig.project.name,
    );
    await expect(page).not.toHaveURL(/#choices/);
  });

  test('Copy gives exactly the text of each file the build made', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, '/adopt');
    for (const [name, fileName] of builtFiles) {
      const card = page.getByRole('article', { name, exact: true });
      await card.getByRole('button', { name: `Copy ${name}`, exact: true }).click();
      await expect(card.getByRole('status')).toHaveText('Copied to the clipboard.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, name).toBe(await builtText(page, fileName));
    }
  });

  test('Download gives exactly the text of each file the build made', async ({ page }) => {
    await gotoHydrated(page, '/adopt');
    for (const [name, fileName] of builtFiles) {
      expect(await downloadText(page, name), name).toBe(await builtText(page, fileName));
    }
  });

  test('downloads a site.config.ts with the details and options entered', async ({ page }) => {
    await gotoHydrated(page, '/adopt');
    await page.getByLabel('Project name', { exact: true }).fill('Harbour');
    await page.getByLabel('Base path', { exact: true }).fill('/llm-policy/');
    await optionGroup(page, 'Autonomous agents')
      .getByRole('radio', { name: /^Allowed with a person accountable/ })
      .check();
    const text = await downloadText(page, 'site.config.ts');
    expect(text).toContain("  isExample: false,\n  project: {\n    name: 'Harbour',");
    expect(text).toContain("    baseUrl: '/llm-policy/',");
    expect(text).toContain("      autonomousAgents: 'allowed-with-accountable-human',");
    await expect(preview(page, 'site.config.ts')).toHaveValue(text);
  });

  test('shows the validator’s errors next to the fields, and lists them above the files', async ({
    page,
  }) => {
    await gotoHydrated(page, '/adopt');
    const name = page.getByLabel('Project name', { exact: true });
    await name.fill('');
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await name.blur();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/This field cannot be empty\./);

    const repository = page.getByLabel('Code repository', { exact: true });
    await repository.fill('github.com/example/project');
    await repository.blur();
    await expect(repository).toHaveAccessibleDescription(
      /Please enter an absolute http:\/\/ or https:\/\/ URL\./,
    );

    const alert = page.getByRole('alert').filter({ hasText: 'need attention' });
    await expect(alert.getByRole('link')).toHaveText(['Project name', 'Code repository']);
    await alert.getByRole('link', { name: 'Code repository' }).click();
    await expect(repository).toBeFocused();

    await name.fill('Harbour');
    await repository.fill('https://git.example.org/harbour');
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await expect(repository).toHaveAttribute('aria-invalid', 'false');
    await expect(alert).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme, with an error shown`, async ({
      page,
      makeAxeBuilder,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await gotoHydrated(page, '/adopt');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const version = page.getByLabel('Policy version', { exact: true });
      await version.fill('v2');
      await version.blur();
      await expect(version).toHaveAttribute('aria-invalid', 'true');
      await optionGroup(page, 'Disclosure')
        .getByRole('radio', { name: /^Encouraged/ })
        .check();
      const results = await makeAxeBuilder()
        .include('section[aria-labelledby^="adopt-step"]')
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
