import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPolicySource } from '../../../plugins/adoption-files/policySource';
import forkConfig from '../../../tests/fixtures/fork.config';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import markupConfig from '../../../tests/fixtures/markup.config';
import selectedConfig from '../../../tests/selectedConfig';
import type { SiteConfig } from '../../config/types';
import { fileCatalog } from '../fileCatalog';
import { everyOptionValue } from '../../../tests/unit/optionVariants';
import type { PolicySource } from '../policyMarkdown';
import { pullRequestTemplate } from '../pullRequestTemplate';
import { checkScriptSettings, pullRequestCheckScript, pullRequestCheckWorkflow } from './index';
import { pullRequestCheckSettings } from './settings';

// The two generated files of the pull-request check, as a project gets them: the workflow
// matches GitHub's schema and asks for nothing but read access, and the script, run by Node
// in a folder of its own with recorded GitHub events, prints the annotations, writes the job
// summary and exits as its mode says. The config under test (site.config.ts, or SITE_CONFIG)
// comes first, so a fork checks its own files.

const root = join(__dirname, '../../..');
let source: PolicySource;
beforeAll(async () => {
  source = await readPolicySource(join(root, 'docs'));
});

const validateWorkflow = new Ajv({ strict: false, allErrors: true }).compile(
  JSON.parse(
    readFileSync(join(root, 'tests/fixtures/github-workflow.schema.json'), 'utf8'),
  ) as object,
);

const withMode = (config: SiteConfig, mode: 'advise' | 'require'): SiteConfig => ({
  ...config,
  pullRequestCheck: { ...pullRequestCheckSettings(config), mode },
});

const configs: readonly [string, SiteConfig][] = [
  ['the config under test', selectedConfig],
  ['the config under test, in "advise" mode', withMode(selectedConfig, 'advise')],
  ['the config under test, in "require" mode', withMode(selectedConfig, 'require')],
  ['Lanternfish', forkConfig],
  ['Harbour, with no pullRequestCheck section', harbourConfig],
  ['the markup fixture', markupConfig],
  ...everyOptionValue(selectedConfig).map(({ id, value, config }): [string, SiteConfig] => [
    `${id} = ${value}`,
    config,
  ]),
];

interface WorkflowShape {
  on: Record<string, { types?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { steps: { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[] }
  >;
}

describe.each(configs)('the generated workflow for %s', (_, config) => {
  const text = pullRequestCheckWorkflow(config);
  const workflow = parse(text) as WorkflowShape;

  it('matches GitHub’s workflow schema', () => {
    expect(validateWorkflow(workflow), JSON.stringify(validateWorkflow.errors)).toBe(true);
  });

  it('runs on pull_request only, never pull_request_target, with read access and no token', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.on.pull_request?.types).toEqual([
      'opened',
      'edited',
      'reopened',
      'synchronize',
    ]);
    expect(text).not.toContain('pull_request_target');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(text).not.toMatch(/secrets\.|GITHUB_TOKEN|github\.token/);
  });

  it('runs the script from the base branch with Node from the runner', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
    expect(checkout?.with).toMatchObject({
      ref: '${{ github.event.pull_request.base.sha }}',
      'persist-credentials': false,
    });
    const path = fileCatalog.pullRequestCheckScript.repositoryPath ?? '';
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual([`node ${path}`]);
    expect(steps.some((step) => step.uses?.includes('setup-node'))).toBe(false);
  });
});

interface Run {
  status: number | null;
  annotations: string[];
  summary: string;
}

/** Writes the generated script to a folder of its own and runs it with Node on one event. */
function runScript(config: SiteConfig, event: unknown): Run {
  const dir = mkdtempSync(join(tmpdir(), 'llm-policy-check-'));
  mkdirSync(join(dir, '.github/scripts'), { recursive: true });
  const script = join(dir, fileCatalog.pullRequestCheckScript.repositoryPath ?? '');
  writeFileSync(script, pullRequestCheckScript(config, source));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(summaryPath, '');
  const result = spawnSync(process.execPath, [script], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_EVENT_PATH: eventPath, GITHUB_STEP_SUMMARY: summaryPath },
  });
  expect(result.stderr).toBe('');
  return {
    status: result.status,
    annotations: result.stdout.split('\n').filter((line) => line !== ''),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

function recordedEvent(name: string): { pull_request: Record<string, unknown> } {
  return JSON.parse(
    readFileSync(join(root, 'tests/fixtures/pull-request-events', `${name}.json`), 'utf8'),
  ) as { pull_request: Record<string, unknown> };
}

/** A recorded event with another description. */
function withBody(name: string, body: string | null): unknown {
  const event = recordedEvent(name);
  return { ...event, pull_request: { ...event.pull_request, body } };
}

describe.each([
  ['the config under test', selectedConfig],
  ['Lanternfish', forkConfig],
  ['Harbour', harbourConfig],
])('the generated script for %s', (_, config) => {
  const { mode, skipAuthors } = pullRequestCheckSettings(config);
  const failing = mode === 'require' ? 1 : 0;
  const requiredLevel = mode === 'require' ? 'error' : 'warning';

  it('is a module that carries the config’s settings, and runs nothing when imported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-policy-check-'));
    const path = join(dir, 'llm-policy-check.mjs');
    writeFileSync(path, pullRequestCheckScript(config, source));
    const loaded = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as {
      settings: unknown;
    };
    expect(loaded.settings).toEqual(checkScriptSettings(config));
  });

  it('welcomes a first-time contributor who left the template untouched, and asks for the statement', () => {
    const run = runScript(config, withBody('opened-by-first-timer', pullRequestTemplate(config)));
    expect(run.status).toBe(failing);
    expect(run.annotations).toEqual([
      expect.stringMatching(/^::notice::Welcome to .*, and thank you for your first pull request!/),
      expect.stringMatching(
        new RegExp(
          `^::${requiredLevel}::Please confirm that you are the author of this pull request`,
        ),
      ),
      expect.stringMatching(/^::notice::Please describe the change/),
    ]);
    expect(run.summary).toContain('Please confirm that you are the author');
  });

  it('passes a description in free text with CRLF line endings', () => {
    const run = runScript(config, recordedEvent('edited-free-text'));
    expect(run).toMatchObject({ status: 0, annotations: [] });
    expect(run.summary).toContain('The description has everything the policy asks for.');
  });

  it('asks for more when a disclosure only names the tool', () => {
    const run = runScript(config, recordedEvent('synchronize-thin-disclosure'));
    const required = config.policy.options.disclosure === 'required';
    expect(run.status).toBe(required ? failing : 0);
    expect(run.annotations).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::${required ? requiredLevel : 'warning'}::Since an LLM helped with this change, `,
        ),
      ),
    ]);
  });

  it('needs no disclosure of machine translation when the config exempts it, and asks for the parts otherwise', () => {
    const body = [
      '## What this pull request changes',
      '',
      'Return the defaults when the settings file is empty.',
      '',
      '## Authorship',
      '',
      '- [x] I am the author of this pull request, as described in the policy.',
      '',
      '## LLM use',
      '',
      'Translated with DeepL.',
    ].join('\n');
    const run = runScript(config, withBody('edited-free-text', body));
    if (config.policy.options.machineTranslation === 'exempt') {
      expect(run).toMatchObject({ status: 0, annotations: [] });
    } else {
      const required = config.policy.options.disclosure === 'required';
      expect(run.status).toBe(required ? failing : 0);
      expect(run.annotations).toEqual([
        expect.stringMatching(/^::\w+::Since an LLM helped with this change, .*which parts/),
      ]);
    }
  });

  it('skips the dependency updater when the config lists it, and checks it otherwise', () => {
    const run = runScript(config, recordedEvent('opened-by-dependabot'));
    if (skipAuthors.includes('dependabot[bot]')) {
      expect(run).toMatchObject({ status: 0, annotations: [expect.stringMatching(/skip list/)] });
    } else {
      expect(run.status).toBe(failing);
    }
  });

  it('prints nothing of a hostile body, and escapes nothing it did not write', () => {
    const hostile = '::error::forged\n<script>alert(1)</script>\n%0A::warning::forged too';
    const run = runScript(config, withBody('opened-by-first-timer', hostile));
    expect(run.annotations.join('\n')).not.toMatch(/forged|script/);
    expect(run.summary).not.toMatch(/forged|<script/);
  });
});
