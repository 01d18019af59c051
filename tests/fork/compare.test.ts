// Compares the builds of the two forks of the simulation. Every policy option has a different
// value in each, so each passage that depends on an option must differ; and neither build may
// show anything of the other project, of the config under test, or of the shipped example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import forkConfig from '../fixtures/fork.config';
import markupConfig from '../fixtures/markup.config';
import selectedConfig from '../selectedConfig';
import { policyJsonErrors } from '../unit/policyJsonErrors';
import { includedFileIds, fileCatalog } from '../../src/adoption/fileCatalog';
import type { SiteConfig } from '../../src/config/types';
import { policyOptionIds, type PolicyOptionId } from '../../src/data/policyOptions';
import { forkBuildDir, invalidConfigPath, root } from './paths';
import { filesUnder, visibleText, type BuiltSite } from './site';

const fork: BuiltSite = { dir: forkBuildDir('fork'), config: forkConfig };
const markup: BuiltSite = { dir: forkBuildDir('markup'), config: markupConfig };

/** A sentence that one fork's page shows and the other's does not, because an option differs. */
interface Passage {
  /** The page, as a file of the build: "policy.html". */
  readonly page: string;
  /** Text that the markup fork shows there, and the other fork does not. */
  readonly markup: string | null;
  /** Text that the other fork shows there, and the markup fork does not. */
  readonly fork: string | null;
}

/**
 * For each option, passages that must differ between the two builds. A Record
 * over the options, so a new option cannot go untested.
 */
const optionPassages: Readonly<Record<PolicyOptionId, readonly Passage[]>> = {
  disclosure: [
    {
      page: 'policy.html',
      markup: 'If an LLM helped you with a contribution, you must say so.',
      fork: 'If an LLM helped you with a contribution, please say so.',
    },
    {
      page: 'index.html',
      markup: 'If an LLM helped you, say so: name the tool',
      fork: 'If an LLM helped you, please say so: name the tool',
    },
  ],
  machineTranslation: [
    {
      page: 'policy.html',
      markup: 'This is not what the rule above is about.',
      fork: 'Many translation tools now use an LLM, so please add a short note',
    },
    {
      page: 'index.html',
      markup: 'Machine translation of your own words is welcome.',
      fork: 'Machine translation of your own words is welcome, with a short note.',
    },
  ],
  accessibilityTools: [
    {
      page: 'policy.html',
      markup: 'You do not need to disclose these tools, even when they use an LLM.',
      fork: 'If such a tool uses an LLM, mention it in your disclosure like any other LLM help.',
    },
  ],
  editingAids: [
    {
      page: 'policy.html',
      markup:
        'A tool that only corrects the spelling or grammar of your own words needs no disclosure.',
      fork: 'This includes tools that correct the spelling or grammar of your words, or finish them as you type, when they use an LLM.',
    },
  ],
  autonomousAgents: [
    {
      page: 'policy.html',
      markup:
        'An agent acts on its own when it does one of these steps itself, instead of a person.',
      fork: 'An agent may open issues or pull requests, or post comments, only under two conditions.',
    },
    {
      page: 'faq.html',
      markup:
        'No. An agent may not open issues or pull requests, or post comments, on its own, even when you asked it to.',
      fork: 'Only if you are responsible for it.',
    },
  ],
  verbatimModelText: [
    {
      page: 'policy.html',
      markup: 'Do not paste the output of a model, word for word',
      fork: 'If you do post text that a model produced, word for word, mark it clearly.',
    },
  ],
  closedCommercialModels: [
    {
      page: 'policy.html',
      markup: null,
      fork: 'The project does not accept output of closed commercial models.',
    },
    {
      page: 'faq.html',
      markup: 'No. The policy does not name or rule out any tool or model.',
      fork: 'Yes. The project does not accept output of closed commercial models',
    },
  ],
  agentsFile: [
    {
      page: 'policy.html',
      markup: 'keeps a file like this, named AGENTS.md, in its repository.',
      fork: 'keeps no such file in its repository.',
    },
  ],
  commitTrailer: [
    {
      page: 'policy.html',
      markup: 'Assisted-by: ExampleCode:example-large-2',
      fork: 'Generated-by: ExampleCode example-large-2',
    },
  ],
};

/**
 * The self-check and the reply templates also follow the options. Their
 * server-rendered HTML shows it: the self-check's checklist gives each answer's
 * outcome, and the templates page lists only the replies that fit the policy.
 */
const passagesOfOtherFeatures: readonly Passage[] = [
  // disclosure: required -> encouraged changes the verdicts, in the same words as the table.
  {
    page: 'self-check.html',
    markup: 'Disclose it.',
    fork: 'Please disclose it (encouraged).',
  },
  // autonomousAgents: allowing agents with a person responsible adds an answer.
  {
    page: 'self-check.html',
    markup: null,
    fork: 'An agent opened the issue or pull request, or posted a comment, and I am named in it as the person responsible',
  },
  // closedCommercialModels: the clause adds a question about the model.
  {
    page: 'self-check.html',
    markup: null,
    fork: 'Did a closed commercial model produce any of the code or text?',
  },
  // autonomousAgents: the agent reply asks for the person instead of closing.
  {
    page: 'reply-templates.html',
    markup: 'Closing a contribution made by an agent',
    fork: 'Asking which person is responsible for an agent',
  },
  // closedCommercialModels: a reply for closing work from a closed model.
  {
    page: 'reply-templates.html',
    markup: null,
    fork: 'Closing because the work comes from a closed commercial model',
  },
];

/**
 * Strings that belong to one project only: each of its addresses without the
 * scheme, the query or the fragment (such as "git.harbour.example/harbour"),
 * the host of its site, and the longest word of its name.
 */
function traces(config: SiteConfig): string[] {
  const addresses = [
    config.project.repositoryUrl,
    config.project.issuesUrl,
    config.project.pullRequestsUrl,
    config.contact.url,
  ].flatMap((url) => {
    if (url.startsWith('mailto:')) {
      return [url.slice('mailto:'.length)];
    }
    const parsed = new URL(url);
    return [`${parsed.host}${parsed.pathname}`.replace(/\/$/, '')];
  });
  const word = config.project.name
    .split(/[^\p{L}\p{N}]+/u)
    .reduce((longest, next) => (next.length > longest.length ? next : longest), '');
  return [...new Set([...addresses, new URL(config.site.url).host, word])];
}

/** True when two configs hold the same values, such as a fixture copied to site.config.ts. */
function sameConfig(first: SiteConfig, second: SiteConfig): boolean {
  return JSON.stringify(first) === JSON.stringify(second);
}

/** Every file of a build that a browser or a tool reads as text. */
function textFiles(site: BuiltSite): string[] {
  return filesUnder(site.dir).filter((path) =>
    /\.(html|js|css|json|xml|md|yml|svg|rst|txt)$/.test(path),
  );
}

/** The files under /files/ of a build, as paths under that folder. */
function generatedFiles(site: BuiltSite): string[] {
  return filesUnder(join(site.dir, 'files'))
    .map((path) => relative(join(site.dir, 'files'), path))
    .sort();
}

describe('the two forks', () => {
  it('differ in their names, hosts, base paths and every option', () => {
    expect(forkConfig.project.name).not.toBe(markupConfig.project.name);
    expect(forkConfig.site.baseUrl).not.toBe(markupConfig.site.baseUrl);
    for (const id of policyOptionIds) {
      expect(forkConfig.policy.options[id], id).not.toBe(markupConfig.policy.options[id]);
    }
  });

  it.each([
    ['the fork', fork, markup],
    ['the fork with markup characters', markup, fork],
  ])('%s shows nothing of the other project, in any page, script or file', (_, site, other) => {
    const others = [
      ...traces(other.config),
      // The config under test, unless it is one of the forks: its addresses, and its name while
      // it is the made-up example (a real project's name may be a word that pages rightly use).
      ...([site.config, other.config].some((config) => sameConfig(config, selectedConfig))
        ? []
        : traces(selectedConfig).slice(0, selectedConfig.isExample ? undefined : -1)),
    ];
    const offenders = textFiles(site).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return others
        .filter((trace) => text.includes(trace))
        .map((trace) => `${relative(site.dir, path)}: ${trace}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe.each([
  ['the fork', fork],
  ['the fork with markup characters', markup],
])('the generated files of %s', (_, site) => {
  const files = generatedFiles(site);
  const { options } = site.config.policy;

  it('are the files its options call for', () => {
    expect(files).toEqual(
      includedFileIds(options)
        .map((id) => fileCatalog[id].fileName)
        .sort(),
    );
  });

  it('policy.json has the declared type and the fork’s own options', () => {
    const json: unknown = JSON.parse(readFileSync(join(site.dir, 'files', 'policy.json'), 'utf8'));
    expect(policyJsonErrors(json, site.config)).toEqual([]);
    expect((json as { policy: { options: unknown } }).policy.options).toEqual(options);
  });

  it('config.yml links to the policy, and to the contact only when it is a web address', () => {
    const text = readFileSync(join(site.dir, 'files', 'ISSUE_TEMPLATE', 'config.yml'), 'utf8');
    const config = parse(text) as { contact_links: { url: string }[] };
    const policyUrl = `${site.config.site.url}${site.config.site.baseUrl}policy`;
    const contact = site.config.contact.url;
    expect(config.contact_links.map((link) => link.url)).toEqual(
      contact.startsWith('mailto:') ? [policyUrl] : [policyUrl, contact],
    );
  });

  it('the badge names the fork’s version', () => {
    expect(readFileSync(join(site.dir, 'files', 'badge.svg'), 'utf8')).toContain(
      `>version ${site.config.policy.version}<`,
    );
  });
});

describe('the options change the rendered pages', () => {
  const passages = [
    ...policyOptionIds.flatMap((id) =>
      optionPassages[id].map((passage) => ({ option: id, ...passage })),
    ),
    ...passagesOfOtherFeatures.map((passage) => ({ option: 'another feature', ...passage })),
  ];

  it.each(passages)(
    '$option on $page: "$markup" becomes "$fork"',
    ({ page, markup: markupText, fork: forkText }) => {
      const shownByMarkup = visibleText(markup, page);
      const shownByFork = visibleText(fork, page);
      if (markupText !== null) {
        expect(shownByMarkup).toContain(markupText);
        expect(shownByFork).not.toContain(markupText);
      }
      if (forkText !== null) {
        expect(shownByFork).toContain(forkText);
        expect(shownByMarkup).not.toContain(forkText);
      }
    },
  );
});

describe('an invalid configuration', () => {
  it('stops the build with a message that names each wrong field', () => {
    const result = spawnSync(
      'npx',
      ['docusaurus', 'build', '--out-dir', mkdtempSync(join(tmpdir(), 'invalid-build-'))],
      { cwd: root, env: { ...process.env, SITE_CONFIG: invalidConfigPath }, encoding: 'utf8' },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/invalid.config.ts has 2 problems');
    expect(output).toContain('"project.name" must be a non-empty string');
    expect(output).toContain('"project.repositoryUrl" must be an absolute http:// or https:// URL');
  });
});
