import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import shippedConfig from '../../site.config';
import forkConfig from '../fixtures/fork.config';
import { checkPolicyJson } from '../../src/adoption/policyJson';
import { policyOptionIds, type PolicyOptionId } from '../../src/data/policyOptions';
import { defaultBuildDir, forkBuildDir, invalidConfigPath, root } from './paths';

/** A sentence that one build's page shows and the other's does not, because an option differs. */
interface Passage {
  /** The page, as a file of the build: "policy.html". */
  readonly page: string;
  /** Text that the shipped configuration shows there, and the fork does not. */
  readonly shipped: string | null;
  /** Text that the fork shows there, and the shipped configuration does not. */
  readonly fork: string | null;
}

/**
 * For each option, passages that must differ between the two builds. A Record
 * over the options, so a new option cannot go untested. The fork fixture sets
 * every option to a value other than the shipped one.
 */
const optionPassages: Readonly<Record<PolicyOptionId, readonly Passage[]>> = {
  disclosure: [
    {
      page: 'policy.html',
      shipped: 'If an LLM helped you with a contribution, you must say so.',
      fork: 'If an LLM helped you with a contribution, please say so.',
    },
    {
      page: 'index.html',
      shipped: 'If an LLM helped, say which tool',
      fork: 'If an LLM helped, please say which tool',
    },
  ],
  machineTranslation: [
    {
      page: 'policy.html',
      shipped: 'This is not what the rule above is about.',
      fork: 'Many translation tools now use an LLM, so please add a short note',
    },
    {
      page: 'faq.html',
      shipped: 'If you like, say that the text is translated',
      fork: 'Please add a short note that says the text is translated.',
    },
  ],
  accessibilityTools: [
    {
      page: 'policy.html',
      shipped: 'You do not need to disclose these tools, even when they use an LLM.',
      fork: 'If such a tool uses an LLM, mention it in your disclosure like any other LLM help.',
    },
  ],
  autonomousAgents: [
    {
      page: 'policy.html',
      shipped: 'Agents that act on their own are not allowed in the project',
      fork: 'An agent may open issues, open pull requests or post comments only under two conditions.',
    },
    {
      page: 'faq.html',
      shipped:
        'No. Agents that open issues or pull requests, or post comments, on their own are not allowed.',
      fork: 'Only if you answer for it.',
    },
  ],
  verbatimModelText: [
    {
      page: 'policy.html',
      shipped: 'Do not paste the output of a model, word for word',
      fork: 'If you do post text that a model produced, word for word, mark it clearly.',
    },
  ],
  closedCommercialModels: [
    {
      page: 'policy.html',
      shipped: null,
      fork: 'The project does not accept output of closed commercial models.',
    },
    {
      page: 'faq.html',
      shipped: 'No. The policy does not name or rule out any tool or model.',
      fork: 'Yes. The project does not accept output of closed commercial models',
    },
  ],
  agentsFile: [
    {
      page: 'policy.html',
      shipped: 'keeps a file like this, named AGENTS.md, in its repository.',
      fork: 'keeps no such file in its repository.',
    },
  ],
  commitTrailer: [
    {
      page: 'policy.html',
      shipped: 'Assisted-by: ExampleCode:example-large-2',
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
  // disclosure: required -> encouraged turns "disclose" outcomes into advice.
  {
    page: 'self-check.html',
    shipped: 'Fine once disclosed.',
    fork: 'Fine; a disclosure is encouraged.',
  },
  // autonomousAgents: allowing agents with a person accountable adds a question.
  {
    page: 'self-check.html',
    shipped: null,
    fork: 'Does a named person answer for what the agent does?',
  },
  // autonomousAgents: the agent reply asks for the person instead of closing.
  {
    page: 'reply-templates.html',
    shipped: 'Closing a contribution made by an agent',
    fork: 'Asking which person answers for an agent',
  },
];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const textFile = /\.(html|js|css|json|xml|md|yml|svg|rst|txt)$/;

/** The visible text of an HTML page, with entities decoded and spaces collapsed. */
function pageText(buildDir: string, page: string): string {
  return readFileSync(join(buildDir, page), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(a|code|strong|em|span|time)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ');
}

/** Every href and src of a page; the minified HTML leaves some attribute values unquoted. */
function addresses(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)=("[^"]*"|'[^']*'|[^\s>]+)/g)].map((match) =>
    match[1].replace(/^["']|["']$/g, ''),
  );
}

const forkPages = readdirSync(forkBuildDir).filter((name) => name.endsWith('.html'));
const forkFiles = filesUnder(join(forkBuildDir, 'files')).map((path) =>
  relative(join(forkBuildDir, 'files'), path),
);

describe('the fork fixture', () => {
  it('differs from the shipped config in its name, links, base path and every option', () => {
    expect(forkConfig.isExample).toBe(false);
    expect(forkConfig.project.name).not.toBe(shippedConfig.project.name);
    expect(forkConfig.site.baseUrl).not.toBe('/');
    for (const id of policyOptionIds) {
      expect(forkConfig.policy.options[id], id).not.toBe(shippedConfig.policy.options[id]);
    }
  });
});

describe('the fork build', () => {
  it('has every page of the default build', () => {
    const defaultPages = readdirSync(defaultBuildDir).filter((name) => name.endsWith('.html'));
    expect(forkPages.sort()).toEqual(defaultPages.sort());
  });

  it.each(forkPages.filter((page) => page !== '404.html'))(
    '%s names the project and links to its repository, issues, pull requests and contact',
    (page) => {
      const html = readFileSync(join(forkBuildDir, page), 'utf8');
      expect(html).toMatch(/<title[^>]*>[^<]*Lanternfish/);
      expect(pageText(forkBuildDir, page)).toContain(forkConfig.project.name);
      expect(addresses(html)).toEqual(
        expect.arrayContaining([
          forkConfig.project.repositoryUrl,
          forkConfig.project.issuesUrl,
          forkConfig.project.pullRequestsUrl,
          forkConfig.contact.url,
        ]),
      );
    },
  );

  it.each(forkPages)('%s links inside the site under the base path only', (page) => {
    const html = readFileSync(join(forkBuildDir, page), 'utf8');
    const inside = addresses(html).filter((address) => /^\/(?!\/)/.test(address));
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.filter((address) => !address.startsWith(forkConfig.site.baseUrl))).toEqual([]);
  });

  it.each(forkPages)('%s shows no example notice', (page) => {
    expect(pageText(forkBuildDir, page)).not.toContain('You are looking at the example');
  });

  it('never mentions the default project, its links or its site, in any page, script or file', () => {
    const defaults = [
      shippedConfig.project.name,
      shippedConfig.project.repositoryUrl,
      shippedConfig.site.url,
      shippedConfig.contact.url,
    ];
    const offenders = filesUnder(forkBuildDir)
      .filter((path) => textFile.test(path) && !path.endsWith('about.html'))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        return defaults
          .filter((detail) => text.includes(detail))
          .map((detail) => `${relative(forkBuildDir, path)}: ${detail}`);
      });
    expect(offenders).toEqual([]);
  });

  it('uses the fork’s version, date and licence in the footer', () => {
    const text = pageText(forkBuildDir, 'policy.html');
    expect(text).toContain('Policy version 2.1, adopted 15 January 2027.');
    expect(text).toContain(forkConfig.textLicense.name);
  });
});

describe('the fork’s generated files', () => {
  it('are the files its options call for: no AGENTS.md, since agentsFile is "none"', () => {
    expect(forkFiles.sort()).toEqual(
      [
        'CONTRIBUTING-section.md',
        'ISSUE_TEMPLATE/bug_report.yml',
        'ISSUE_TEMPLATE/config.yml',
        'ISSUE_TEMPLATE/feature_request.yml',
        'LLM_POLICY.md',
        'PULL_REQUEST_TEMPLATE.md',
        'badge.md',
        'badge.rst',
        'badge.svg',
        'policy.json',
      ].sort(),
    );
    expect(existsSync(join(defaultBuildDir, 'files', 'AGENTS.md'))).toBe(true);
  });

  it.each(forkFiles.filter((file) => file !== 'badge.svg'))(
    '%s names the project or links to its policy under the base path',
    (file) => {
      const text = readFileSync(join(forkBuildDir, 'files', file), 'utf8');
      const policyUrl = `${forkConfig.site.url}${forkConfig.site.baseUrl}policy`;
      expect(text.includes(forkConfig.project.name) || text.includes(policyUrl)).toBe(true);
    },
  );

  it('policy.json has the declared type and the fork’s options', () => {
    const json: unknown = JSON.parse(
      readFileSync(join(forkBuildDir, 'files', 'policy.json'), 'utf8'),
    );
    expect(checkPolicyJson(json)).toEqual([]);
    expect((json as { policy: { options: unknown } }).policy.options).toEqual(
      forkConfig.policy.options,
    );
  });

  it('config.yml leaves out the mailto: contact, which GitHub would refuse', () => {
    const text = readFileSync(join(forkBuildDir, 'files', 'ISSUE_TEMPLATE', 'config.yml'), 'utf8');
    const config = parse(text) as { contact_links: { url: string }[] };
    expect(config.contact_links.map((link) => link.url)).toEqual([
      'https://lanternfish.example/policy/policy',
    ]);
  });

  it('the badge names the fork’s version', () => {
    expect(readFileSync(join(forkBuildDir, 'files', 'badge.svg'), 'utf8')).toContain(
      '>version 2.1<',
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

  it.each(passages)('$option on $page: "$shipped" becomes "$fork"', ({ page, shipped, fork }) => {
    const shippedText = pageText(defaultBuildDir, page);
    const forkText = pageText(forkBuildDir, page);
    if (shipped !== null) {
      expect(shippedText).toContain(shipped);
      expect(forkText).not.toContain(shipped);
    }
    if (fork !== null) {
      expect(forkText).toContain(fork);
      expect(shippedText).not.toContain(fork);
    }
  });
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
