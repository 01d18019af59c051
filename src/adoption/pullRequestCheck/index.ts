import type { SiteConfig } from '../../config/types';
import { verdictFor, type DisclosureUseId } from '../../data/disclosureUses';
import { policyAddress, siteAddress } from '../../config/urls';
import type { PolicySource } from '../policyMarkdown';
import { fileCatalog } from '../fileCatalog';
import { pullRequestCheckSettings } from './settings';
import {
  authorshipStatement,
  descriptionHint,
  llmUseHints,
  templateHeadings,
} from '../pullRequestTemplate';

/**
 * The uses that the check can recognise in a description and that the policy may treat as light.
 * The check's settings list those whose verdict, under the project's options, is "none" or
 * "optional" (a note is welcome but not needed), so a note about them never fails the job.
 */
const recognisedLightUses = [
  'grammar',
  'translation',
  'accessibility',
  'wordAutocomplete',
] as const satisfies readonly DisclosureUseId[];

/** The settings the generated script carries: the same shape as `CheckSettings` in checkDescription.mjs. */
export function checkScriptSettings(config: SiteConfig): Record<string, unknown> {
  const { mode, skipAuthors } = pullRequestCheckSettings(config);
  return {
    projectName: config.project.name,
    mode,
    skipAuthors,
    disclosure: config.policy.options.disclosure,
    exemptUses: recognisedLightUses.filter((use) => {
      const verdict = verdictFor(use, config.policy.options);
      return verdict === 'none' || verdict === 'optional';
    }),
    headings: templateHeadings,
    authorshipStatement,
    hints: [descriptionHint(config.policy.options), ...llmUseHints(config.policy.options)],
    links: {
      authorship: policyAddress(config, 'responsibility'),
      disclosure: policyAddress(config, 'what-to-include'),
      description: policyAddress(config, 'communication'),
    },
  };
}

/** Where the workflow finds the script in the project's repository. */
const scriptPath = (): string => fileCatalog.pullRequestCheckScript.repositoryPath ?? '';

/**
 * `.github/scripts/llm-policy-check.mjs`: the checking code from checkDescription.mjs, word for word, then
 * the project's settings, then the call that runs it when Node runs the file. checkDescription.mjs must
 * therefore stay one file with no imports but Node's own.
 */
export function pullRequestCheckScript(config: SiteConfig, source: PolicySource): string {
  const settings = JSON.stringify(checkScriptSettings(config), null, 2)
    // JSON allows these two characters in strings; older JavaScript did not.
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return [
    '// Checks a pull request description against the LLM contribution policy.',
    `// Generated from the policy site's configuration: ${siteAddress(config, 'adopt')}`,
    '// The workflow .github/workflows/llm-policy-check.yml runs it with Node 20 or later.',
    '// Edit the settings at the end of this file, or generate the file again.',
    '',
    source.checkScriptCore.trimEnd(),
    '',
    '/** @type {CheckSettings} */',
    `export const settings = ${settings};`,
    '',
    'if (isMainScript(import.meta.url)) {',
    '  process.exitCode = run(settings, process.env, (line) => console.log(line));',
    '}',
    '',
  ].join('\n');
}

/**
 * The commit of actions/checkout v7.0.1, the same pin as this site's own CI
 * (.github/workflows/ci.yml), which Dependabot keeps current.
 */
const checkoutAction = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

/**
 * `.github/workflows/llm-policy-check.yml`. It runs on `pull_request`, never on
 * `pull_request_target`, with read access only, and it runs the script from the
 * base branch, so a pull request cannot change the check that reads it.
 */
export function pullRequestCheckWorkflow(config: SiteConfig): string {
  const path = scriptPath();
  const { mode } = pullRequestCheckSettings(config);
  return [
    '# Reads each pull request description and says what the LLM contribution policy still asks for.',
    `# The policy: ${policyAddress(config)}`,
    `# The script is in ${path}. Its mode is "${mode}":`,
    mode === 'advise'
      ? '# it writes notes and never fails the job.'
      : '# the job fails when a part that the policy requires is missing.',
    'name: LLM policy check',
    '',
    'on:',
    '  pull_request:',
    '    types: [opened, edited, reopened, synchronize]',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  check:',
    '    name: Pull request description',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 5',
    '    steps:',
    `      - uses: ${checkoutAction}`,
    '        with:',
    '          # The script comes from the base branch, so a pull request cannot change its own check.',
    '          ref: ${{ github.event.pull_request.base.sha }}',
    '          persist-credentials: false',
    '          sparse-checkout: |',
    `            ${path}`,
    '          sparse-checkout-cone-mode: false',
    '      # Skipped until the script is on the base branch.',
    `      - if: hashFiles('${path}') != ''`,
    `        run: node ${path}`,
    '',
  ].join('\n');
}
