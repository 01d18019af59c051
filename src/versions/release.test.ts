import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import harbourConfig from '../../tests/fixtures/harbour.config';
import forkConfig from '../../tests/fixtures/fork.config';
import markupConfig from '../../tests/fixtures/markup.config';
import { readPolicySource } from '../../plugins/adoption-files/policySource';
import { freezePolicyMdx, policyMarkdownBody, type PolicySource } from '../adoption/policyMarkdown';
import { everyOptionValue } from '../../tests/unit/optionVariants';
import { headingsWithIds } from '../../tests/unit/mdxHeadings';
import type { SiteConfig } from '../config/types';
import {
  archivedFileName,
  draftFileName,
  policyFileName,
  releasePolicy,
  ReleaseError,
  setPolicyField,
  splitFrontMatter,
  startDraft,
  type ReleaseInput,
} from './release';
import { parseReleases, releasesFileName, type ReleasesFile } from './releases';

const root = join(__dirname, '../..');
let source: PolicySource;
/** The draft as `npm run draft-policy` starts it from the policy page. */
let draftMdx: string;

beforeAll(async () => {
  source = await readPolicySource(join(root, 'docs'));
  draftMdx = startDraft({
    policyMdx: source.mdx,
    releases: { current: { changes: ['x'], why: 'y' }, archived: [] },
    draftExists: false,
  }).write[0].text;
});

const configText = readFileSync(join(root, 'tests/fixtures/harbour.config.ts'), 'utf8');

function releasesCurrent(): ReleasesFile['current'] {
  return { changes: ['The first version.'], why: 'A reason.' };
}

const releases: ReleasesFile = {
  current: releasesCurrent(),
  next: { changes: ['Says more about tests.'], why: 'Reviewers asked.' },
  archived: [],
};

function input(overrides: Partial<ReleaseInput> = {}): ReleaseInput {
  return {
    config: harbourConfig,
    configFileName: 'site.config.ts',
    configText,
    releases,
    policyMdx: source.mdx,
    draftMdx,
    version: '2',
    date: '2026-12-01',
    ...overrides,
  };
}

describe('freezePolicyMdx', () => {
  it.each([
    ['harbour', harbourConfig],
    ['fork', forkConfig],
    ['markup', markupConfig],
  ] as const)('keeps the text a reader sees, for the %s config', (_, config: SiteConfig) => {
    const frozen = freezePolicyMdx(config, source.mdx);
    expect(policyMarkdownBody(config, { ...source, mdx: frozen })).toBe(
      policyMarkdownBody(config, source),
    );
  });

  // Each option's every value, one at a time: a full parse per frozen text makes all 384
  // combinations take half a minute, and the tags are frozen one by one, not in combination.
  it('keeps the text for every value of every option', () => {
    for (const { config } of everyOptionValue(harbourConfig)) {
      const frozen = freezePolicyMdx(config, source.mdx);
      expect(policyMarkdownBody(config, { ...source, mdx: frozen })).toBe(
        policyMarkdownBody(config, source),
      );
    }
  });

  it('writes out everything the options decide, and keeps the project’s details live', () => {
    const frozen = freezePolicyMdx(harbourConfig, source.mdx);
    expect(frozen).not.toMatch(/<WhenOption|<OptionText|<PolicySummary|<DisclosureTable/);
    expect(frozen).toContain('<ProjectName />');
    expect(frozen).toContain(`<PolicyVersion value="${harbourConfig.policy.version}" />`);
    expect(frozen).toContain(`<AdoptionDate date="${harbourConfig.policy.adoptedOn}" />`);
    expect(frozen).toContain(`<ThisVersionLink version="${harbourConfig.policy.version}" />`);
    expect(frozen).not.toMatch(/^---/);
  });

  it('keeps every heading and its anchor', () => {
    const anchors = (mdx: string): string[] => [...headingsWithIds(mdx).keys()];
    expect(anchors(freezePolicyMdx(harbourConfig, source.mdx))).toEqual(anchors(source.mdx));
    expect(anchors(source.mdx).length).toBeGreaterThanOrEqual(10);
  });

  it('points links to other pages one folder up, and keeps links within the page', () => {
    const frozen = freezePolicyMdx(harbourConfig, source.mdx);
    expect(frozen).not.toMatch(/\]\(\.\/[^)]/);
    expect(frozen).toMatch(/\]\(\.\.\/glossary\.mdx#/);
    expect(frozen).toMatch(/\]\(#disclosure\)/);
  });
});

describe('splitFrontMatter', () => {
  it('splits the policy page into its front matter and its text', () => {
    const { frontMatter, body } = splitFrontMatter(source.mdx);
    expect(frontMatter.startsWith('---\n')).toBe(true);
    expect(frontMatter.endsWith('\n---')).toBe(true);
    expect(frontMatter).toContain('slug:');
    expect(body.startsWith('---')).toBe(false);
    expect(body.trimStart()).toBe(body);
    expect(`${frontMatter}\n\n${body}`).toBe(source.mdx);
  });

  it('finds no front matter in a page without it, even with a line of dashes further down', () => {
    const page = 'Some text.\n\n---\n\ntitle: not front matter\n\n---\n';
    expect(splitFrontMatter(page)).toEqual({ frontMatter: '', body: page });
  });
});

describe('startDraft', () => {
  const releasesWithoutDraft: ReleasesFile = { current: releasesCurrent(), archived: [] };

  it('copies the policy page without its front matter, and adds empty notes for the draft', () => {
    const changes = startDraft({
      policyMdx: source.mdx,
      releases: releasesWithoutDraft,
      draftExists: false,
    });
    expect(changes.remove).toEqual([]);
    expect(changes.write.map((file) => file.path)).toEqual([draftFileName, releasesFileName]);
    const [draft, releasesJson] = changes.write.map((file) => file.text);
    expect(draft).toBe(splitFrontMatter(source.mdx).body);
    expect(draft).toContain('](./glossary.mdx#');
    expect(parseReleases(JSON.parse(releasesJson))).toEqual({
      current: releasesWithoutDraft.current,
      next: { changes: [], why: '' },
      archived: [],
    });
  });

  it('keeps notes that releases.json has already', () => {
    const next = { changes: ['A change.'], why: 'A reason.' };
    const changes = startDraft({
      policyMdx: source.mdx,
      releases: { ...releasesWithoutDraft, next },
      draftExists: false,
    });
    expect((JSON.parse(changes.write[1].text) as ReleasesFile).next).toEqual(next);
  });

  it('refuses to start a second draft', () => {
    expect(() =>
      startDraft({ policyMdx: source.mdx, releases: releasesWithoutDraft, draftExists: true }),
    ).toThrow(
      /A draft of the next version exists already: docs\/_policy-draft\.mdx\. Edit it, or release it/,
    );
  });
});

describe('setPolicyField', () => {
  it('changes the version and the date in the policy block only', () => {
    const text =
      "const c = { version: 'x', policy: {\n  version: '1',\n  adoptedOn: \"2026-05-05\" } };";
    const changed = setPolicyField(
      setPolicyField(text, 'version', '2', 'c.ts'),
      'adoptedOn',
      '2026-12-01',
      'c.ts',
    );
    expect(changed).toBe(
      "const c = { version: 'x', policy: {\n  version: '2',\n  adoptedOn: \"2026-12-01\" } };",
    );
  });

  it('says what to do by hand when the file is written another way', () => {
    expect(() => setPolicyField('export default makeConfig();', 'version', '2', 'c.ts')).toThrow(
      /c\.ts has no "policy: \{" block\. Set policy\.version to "2" by hand/,
    );
    expect(() => setPolicyField('policy: { version: VERSION }', 'version', '2', 'c.ts')).toThrow(
      /no policy\.version written as text/,
    );
  });
});

describe('releasePolicy', () => {
  it('keeps the version in force, makes the draft the policy, and moves the notes along', () => {
    const changes = releasePolicy(input());
    expect(changes.write.map((file) => file.path)).toEqual([
      archivedFileName(harbourConfig.policy.version),
      policyFileName,
      releasesFileName,
      'site.config.ts',
    ]);
    expect(changes.remove).toEqual([draftFileName]);
    const [archived, policy, releasesJson, config] = changes.write.map((file) => file.text);
    expect(archived).toContain(freezePolicyMdx(harbourConfig, source.mdx));
    expect(archived).toMatch(/^\{\/\* Version 1 of the policy, adopted on 2026-06-01\./);
    // A draft released as it was started gives back the policy page, front matter included.
    expect(policy).toBe(source.mdx);
    expect(parseReleases(JSON.parse(releasesJson))).toEqual({
      current: releases.next,
      archived: [{ version: '1', adoptedOn: '2026-06-01', ...releases.current }],
    });
    expect(config).toContain("version: '2',");
    expect(config).toContain("adoptedOn: '2026-12-01',");
  });

  it('gives the edited draft the policy page’s front matter', () => {
    const edited = `${draftMdx}\nA new paragraph.\n`;
    const policy = releasePolicy(input({ draftMdx: edited })).write[1].text;
    expect(policy).toBe(`${splitFrontMatter(source.mdx).frontMatter}\n\n${edited}`);
  });

  it('refuses when there is no draft, and says how to start one', () => {
    expect(() => releasePolicy(input({ draftMdx: null }))).toThrow(ReleaseError);
    expect(() => releasePolicy(input({ draftMdx: null }))).toThrow(
      /There is no draft of the next version to release: docs\/_policy-draft\.mdx does not exist\. Start one with `npm run draft-policy`/,
    );
  });

  it('puts the version it keeps first among the earlier versions', () => {
    const files = releasePolicy(
      input({
        config: { ...harbourConfig, policy: { ...harbourConfig.policy, version: '1.1' } },
        releases: {
          ...releases,
          archived: [{ version: '1', adoptedOn: '2026-01-01', changes: ['a'], why: 'b' }],
        },
      }),
    );
    const written = JSON.parse(files.write[2].text) as ReleasesFile;
    expect(written.archived.map((release) => release.version)).toEqual(['1.1', '1']);
  });

  it.each([
    ['a number that is not a version', { version: 'two' }, /must be a version number/],
    [
      'a number before the version in force',
      { version: '0.9' },
      /must come after the version in force, 1/,
    ],
    ['the number in force', { version: '1.0' }, /must come after/],
    ['a date that does not exist', { date: '2026-02-30' }, /must be a real calendar date/],
    [
      'a date before the version in force',
      { date: '2026-01-01' },
      /before the day the version in force/,
    ],
  ] as const)('refuses %s', (_, overrides, message) => {
    expect(() => releasePolicy(input(overrides))).toThrow(ReleaseError);
    expect(() => releasePolicy(input(overrides))).toThrow(message);
  });

  it('refuses a number that an earlier version had', () => {
    const archived = [{ version: '3', adoptedOn: '2026-01-01', changes: ['a'], why: 'b' }];
    expect(() =>
      releasePolicy(
        input({
          config: { ...harbourConfig, policy: { ...harbourConfig.policy, version: '2' } },
          releases: { ...releases, archived },
          version: '3',
        }),
      ),
    ).toThrow(/was released before/);
  });

  it.each([
    ['no changes', { changes: [], why: 'A reason.' }],
    ['no reason', { changes: ['A change.'], why: '  ' }],
    ['no place in releases.json', undefined],
  ])('refuses a draft whose notes have %s', (_, next) => {
    expect(() => releasePolicy(input({ releases: { ...releases, next } }))).toThrow(
      /Write down what the draft changes and why/,
    );
  });
});
