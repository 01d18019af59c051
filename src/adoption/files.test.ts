import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import harbourConfig from '../../tests/fixtures/harbour.config';
import forkConfig from '../../tests/fixtures/fork.config';
import { readPolicySource } from '../../plugins/adoption-files/policySource';
import { policyOptionIds, policyOptionValues } from '../data/policyOptions';
import { badgeMarkdown, badgeRestructuredText, badgeSvg } from './badge';
import { generatedFileIds, includedFileIds, type GeneratedFileId } from './fileCatalog';
import { generateFiles, type GeneratedFile } from './files';
import { authorshipCheckboxLabel } from './issueForms';
import { everyOptionValue } from '../../tests/unit/optionVariants';
import { policyJsonErrors } from '../../tests/unit/policyJsonErrors';
import { policyJsonObject } from './policyJson';
import type { PolicySource } from './policyMarkdown';

const schema = JSON.parse(
  readFileSync(join(__dirname, '../../tests/fixtures/github-issue-forms.schema.json'), 'utf8'),
) as object;
const validateIssueForm = new Ajv({ strict: false, allErrors: true }).compile(schema);

let source: PolicySource;

beforeAll(async () => {
  source = await readPolicySource(join(__dirname, '../../docs'));
});

const variants = [
  ...everyOptionValue(harbourConfig).map((variant) => ({
    name: `${variant.id} = ${variant.value}`,
    config: variant.config,
  })),
  { name: 'the fork fixture', config: forkConfig },
];

function fileById(files: readonly GeneratedFile[], id: GeneratedFileId): GeneratedFile | undefined {
  return files.find((file) => file.id === id);
}

interface IssueFormShape {
  body: { type: string; id?: string; attributes: { options?: { required?: boolean }[] } }[];
}

describe.each(variants)('generated files with $name', ({ config }) => {
  let files: readonly GeneratedFile[];
  beforeAll(() => {
    files = generateFiles(config, source);
  });

  it('gives every file, and AGENTS.md only when the project wants one', () => {
    const expected = generatedFileIds.filter(
      (id) => id !== 'agentsFile' || config.policy.options.agentsFile === 'discourage',
    );
    expect(files.map((file) => file.id)).toEqual(expected);
    expect(includedFileIds(config.policy.options)).toEqual(expected);
  });

  it('issue forms are valid YAML that matches GitHub’s schema, with a required authorship checkbox', () => {
    for (const id of ['bugReportForm', 'featureRequestForm'] as const) {
      const form = parse(fileById(files, id)?.text ?? '') as IssueFormShape;
      expect(validateIssueForm(form), JSON.stringify(validateIssueForm.errors)).toBe(true);
      const checkboxes = form.body.filter((item) => item.type === 'checkboxes');
      expect(checkboxes.map((item) => item.id)).toEqual(['authorship']);
      for (const option of checkboxes[0].attributes.options ?? []) {
        expect(option.required).toBe(true);
      }
    }
  });

  it('the issue template config is valid YAML that turns off blank issues and links to the policy', () => {
    const issueConfig = parse(fileById(files, 'issueTemplateConfig')?.text ?? '') as {
      blank_issues_enabled: boolean;
      contact_links: { name: string; url: string; about: string }[];
    };
    expect(issueConfig.blank_issues_enabled).toBe(false);
    expect(issueConfig.contact_links[0].url).toBe(`${config.site.url}${config.site.baseUrl}policy`);
    for (const link of issueConfig.contact_links) {
      expect(link.url).toMatch(/^https?:\/\//);
      expect(link.about.trim()).not.toBe('');
    }
  });

  it('leaves no placeholder or missing value in any file', () => {
    for (const file of files) {
      if (file.id === 'pullRequestCheckScript') {
        // Code: its settings are checked below, against the config.
        continue;
      }
      const json = file.id === 'policyJson' || file.id === 'policySchema';
      const text = json
        ? file.text.replace(/[{}]/g, '')
        : file.text.replace('${{ github.event.pull_request.base.sha }}', '');
      expect(text, file.fileName).not.toMatch(/[{}]|undefined|NaN|\[object |\$\{/);
      if (!json) {
        expect(text, file.fileName).not.toMatch(/\bnull\b/);
      }
      expect(text.endsWith('\n'), file.fileName).toBe(true);
    }
  });

  it('names the project, or links to its policy, in every file', () => {
    const policyUrl = `${config.site.url}${config.site.baseUrl}policy`;
    for (const file of files) {
      if (file.id === 'policySchema') {
        // The same for every project, but for its own address.
        expect(file.text).toContain(`${config.site.url}${config.site.baseUrl}files/`);
      } else if (file.id !== 'badgeSvg') {
        expect(
          file.text.includes(config.project.name) || file.text.includes(policyUrl),
          file.fileName,
        ).toBe(true);
      }
    }
  });

  it('policy.json has the declared type', () => {
    const parsed: unknown = JSON.parse(fileById(files, 'policyJson')?.text ?? '');
    expect(policyJsonErrors(parsed, config)).toEqual([]);
    expect(parsed).toEqual(policyJsonObject(config));
  });

  it('the pull-request template has an authorship checkbox that links to the policy', () => {
    const template = fileById(files, 'pullRequestTemplate')?.text ?? '';
    expect(template).toMatch(/^- \[ \] I am the author of this pull request, .*\]\(https:\/\//m);
    expect(template).toContain('## LLM use');
  });
});

describe('every option changes what the files say', () => {
  it.each(policyOptionIds)('%s', (id) => {
    const texts = policyOptionValues[id].map((value) =>
      generateFiles(
        {
          ...harbourConfig,
          policy: {
            ...harbourConfig.policy,
            options: { ...harbourConfig.policy.options, [id]: value },
          },
        },
        source,
      )
        .map((file) => file.text)
        .join('\n'),
    );
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('AGENTS.md', () => {
  it('asks agents politely not to contribute, and points to the policy', () => {
    const text = fileById(generateFiles(harbourConfig, source), 'agentsFile')?.text ?? '';
    expect(text).toContain('do not open issues');
    expect(text).toContain('do not open pull requests');
    expect(text).toContain('Thank you');
    expect(text).toContain(`${harbourConfig.site.url}/policy#agents`);
    expect(text.toLowerCase()).not.toMatch(/tripwire|ignore (all|previous)|joke/);
  });

  it('states the conditions when agents may act for a named person', () => {
    const config = {
      ...forkConfig,
      policy: {
        ...forkConfig.policy,
        options: { ...forkConfig.policy.options, agentsFile: 'discourage' },
      },
    } as const;
    const text = fileById(generateFiles(config, source), 'agentsFile')?.text ?? '';
    expect(text).toContain('only when a named person answers for it');
  });
});

describe('issue template config', () => {
  it('leaves out a mailto: contact, which GitHub does not accept as a contact link', () => {
    const text = fileById(generateFiles(forkConfig, source), 'issueTemplateConfig')?.text ?? '';
    expect(text).not.toContain('mailto:');
    expect(text).toContain('https://lanternfish.example/policy/policy');
  });

  it('keeps an authorship label that says what the box means', () => {
    expect(authorshipCheckboxLabel).toMatch(/^I am the author/);
  });
});

describe('badge', () => {
  it('names the policy version and grows with it', () => {
    const short = badgeSvg(harbourConfig);
    const long = badgeSvg({
      ...harbourConfig,
      policy: { ...harbourConfig.policy, version: '12.10.3' },
    });
    expect(short).toContain('>version 1<');
    expect(short).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="20" role="img"/,
    );
    const width = (svg: string): number => Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width(long)).toBeGreaterThan(width(short));
  });

  it('has Markdown and reStructuredText snippets that link to the policy', () => {
    expect(badgeMarkdown(forkConfig)).toBe(
      '[![LLM contribution policy: version 2.1](https://lanternfish.example/policy/files/badge.svg)](https://lanternfish.example/policy/policy)\n',
    );
    expect(badgeRestructuredText(forkConfig)).toBe(
      [
        '.. image:: https://lanternfish.example/policy/files/badge.svg',
        '   :alt: LLM contribution policy: version 2.1',
        '   :target: https://lanternfish.example/policy/policy',
        '',
      ].join('\n'),
    );
  });
});

describe('policyJsonErrors', () => {
  it('names each field that does not match the schema', () => {
    const broken = {
      ...policyJsonObject(harbourConfig),
      formatVersion: 1,
      urls: { ...policyJsonObject(harbourConfig).urls, agentsFile: 'AGENTS.md' },
    };
    const errors = policyJsonErrors(broken, harbourConfig);
    expect(errors.some((error) => error.startsWith('/formatVersion '))).toBe(true);
    expect(errors.some((error) => error.startsWith('/urls/agentsFile '))).toBe(true);
  });
});
