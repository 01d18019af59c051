import { describe, expect, it } from 'vitest';
import forkConfig from '../../tests/fixtures/fork.config';
import markupConfig from '../../tests/fixtures/markup.config';
import selectedConfig from '../../tests/selectedConfig';
import {
  findSiteConfigProblems,
  isRealDate,
  SiteConfigError,
  validateSiteConfig,
} from './validate';
import {
  expectationMessages,
  expectationText,
  expectationValues,
  type Expectation,
  type ExpectationCode,
} from './expectations';
import type { SiteConfig } from './types';

const good: SiteConfig = {
  isExample: false,
  project: {
    name: 'Harbour',
    repositoryUrl: 'https://git.example.net/harbour/harbour',
    issuesUrl: 'https://git.example.net/harbour/harbour/issues',
    pullRequestsUrl: 'http://git.example.net/harbour/harbour/merge_requests',
  },
  site: {
    url: 'https://harbour.example.net',
    baseUrl: '/llm-policy/',
    sourceRepository: 'https://git.example.net/harbour/policy-site',
  },
  contact: { label: 'the Harbour mailing list', url: 'mailto:dev@harbour.example.net' },
  policy: {
    version: '2.1',
    adoptedOn: '2024-02-29',
    options: {
      disclosure: 'encouraged',
      machineTranslation: 'not-exempt',
      accessibilityTools: 'exempt',
      editingAids: 'disclose',
      autonomousAgents: 'allowed-with-accountable-human',
      verbatimModelText: 'allowed-when-disclosed',
      closedCommercialModels: 'not-accepted',
      agentsFile: 'none',
      commitTrailer: 'Generated-by',
    },
  },
  textLicense: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  pullRequestCheck: { mode: 'require', skipAuthors: ['dependabot[bot]', 'harbour-bot'] },
};

/** Returns a copy of `good` with one field (given as a dotted path) replaced. */
function withField(path: string, value: unknown): unknown {
  const copy = structuredClone(good) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target = copy;
  for (const key of keys) {
    target = target[key] as Record<string, unknown>;
  }
  target[last] = value;
  return copy;
}

function problemsOf(input: unknown): readonly string[] {
  try {
    validateSiteConfig(input);
  } catch (error) {
    if (error instanceof SiteConfigError) {
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe('validateSiteConfig', () => {
  it.each([
    ['the selected site configuration', selectedConfig],
    ['the fork fixture', forkConfig],
    ['the fixture full of markup characters', markupConfig],
  ])('accepts %s', (_, config) => {
    expect(validateSiteConfig(config)).toBe(config);
  });

  it('accepts names with markup characters, right-to-left text and emoji: they are shown as text', () => {
    for (const name of ['<b>&amp;</b> {x} *y*', 'שלום', 'Harbour 🚢', 'H'.repeat(80)]) {
      expect(problemsOf(withField('project.name', name))).toEqual([]);
    }
  });

  it('accepts a complete configuration for another project', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it.each([
    ['project.name', '', 'a non-empty string'],
    ['project.name', '   ', 'a non-empty string'],
    ['project.name', 42, 'a non-empty string'],
    ['project.name', 'Har\nbour', 'a single line of text'],
    ['project.name', 'Harbour\u0007', 'a single line of text'],
    ['project.name', 'Har\u2028bour', 'a single line of text'],
    ['project.name', ' Harbour', 'without spaces at the start or the end'],
    ['project.name', 'H'.repeat(81), 'at most 80 characters long'],
    ['contact.label', 'l'.repeat(121), 'at most 120 characters long'],
    ['textLicense.name', 'CC BY 4.0\t', 'a single line of text'],
    ['project.repositoryUrl', `https://example.org/${'a'.repeat(500)}`, 'at most 500 characters'],
    ['project.issuesUrl', 'https://example.org/\nissues', 'http:// or https://'],
    ['site.url', 'https://example.org#top', 'an origin without a path'],
    ['site.url', 'https://user:secret@example.org', 'an origin without a path'],
    ['site.baseUrl', `/${'a'.repeat(100)}/`, 'starts and ends with "/"'],
    ['policy.version', '1.2.3.4.5', 'a version number'],
    ['isExample', 'yes', 'true or false'],
    ['project.repositoryUrl', 'ftp://example.org/repo', 'http:// or https://'],
    ['project.issuesUrl', 'javascript:alert(1)', 'http:// or https://'],
    ['project.pullRequestsUrl', 'github.com/org/repo/pulls', 'http:// or https://'],
    ['project.repositoryUrl', 'https://exa mple.org', 'http:// or https://'],
    ['site.url', 'https://example.org/docs', 'an origin without a path'],
    ['site.url', 'https://example.org/', 'an origin without a path'],
    ['site.url', 'example.org', 'http:// or https://'],
    ['site.baseUrl', 'policy', 'starts and ends with "/"'],
    ['site.baseUrl', '/policy', 'starts and ends with "/"'],
    ['contact.url', 'https://', 'or a mailto: address'],
    ['contact.label', '', 'a non-empty string'],
    ['policy.version', 'v1', 'a version number'],
    ['policy.adoptedOn', '5 May 2026', 'YYYY-MM-DD'],
    ['policy.adoptedOn', '2026-02-30', 'YYYY-MM-DD'],
    ['policy.adoptedOn', '2026-13-01', 'YYYY-MM-DD'],
    ['textLicense.url', 'creativecommons.org', 'http:// or https://'],
    ['policy.options.disclosure', 'optional', 'one of "required", "encouraged"'],
    [
      'policy.options.commitTrailer',
      'Signed-off-by',
      'one of "Assisted-by", "Generated-by", "none"',
    ],
    ['policy.options.agentsFile', true, 'one of "discourage", "none"'],
  ])('rejects %s = %j and says it must be %s', (field, value, expected) => {
    const problems = problemsOf(withField(field, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`"${field}"`);
    expect(problems[0]).toContain(expected);
  });

  it('names an unknown key and lists the keys it expected', () => {
    const problems = problemsOf(withField('project.nmae', 'Typo'));
    expect(problems).toEqual([
      '"project.nmae" is not a known field. Expected one of: name, repositoryUrl, issuesUrl, pullRequestsUrl.',
    ]);
  });

  it('names an unknown top-level key', () => {
    expect(problemsOf({ ...good, theme: 'dark' })[0]).toContain('"theme" is not a known field');
  });

  it('names a missing field', () => {
    const withoutContact: Record<string, unknown> = { ...good };
    delete withoutContact.contact;
    expect(problemsOf(withoutContact)).toEqual(['"contact" must be an object; got nothing.']);
  });

  it('reports a section that is not an object', () => {
    expect(problemsOf(withField('policy', ['1']))).toEqual([
      '"policy" must be an object; got ["1"].',
    ]);
  });

  it('names an unknown policy option', () => {
    expect(problemsOf(withField('policy.options.emoji', 'allowed'))[0]).toContain(
      '"policy.options.emoji" is not a known field',
    );
  });

  it('names a missing policy option', () => {
    const config = structuredClone(good) as unknown as {
      policy: { options: Record<string, unknown> };
    };
    delete config.policy.options.disclosure;
    expect(problemsOf(config)).toEqual([
      '"policy.options.disclosure" must be one of "required", "encouraged"; got nothing.',
    ]);
  });

  it('reports a config that is not an object at all', () => {
    expect(problemsOf(null)).toEqual(['"the config" must be an object; got null.']);
  });

  it('lists every problem at once, in one readable message', () => {
    const broken = withField('project.name', '') as SiteConfig;
    const alsoBroken = { ...broken, policy: { ...broken.policy, adoptedOn: 'soon' } };
    expect(() => validateSiteConfig(alsoBroken)).toThrow(
      /site\.config\.ts has 2 problems:\n {2}- "project\.name".*\n {2}- "policy\.adoptedOn"/,
    );
  });

  it('uses the singular for one problem and shortens long values', () => {
    const long = 'x'.repeat(500);
    expect(() => validateSiteConfig(withField('site.baseUrl', long))).toThrow(
      /^site\.config\.ts has a problem:\n {2}- "site\.baseUrl" must be .*; got "x{56}\.\.\.\.$/,
    );
  });

  it('describes values that JSON cannot show', () => {
    expect(problemsOf(withField('project.name', () => 'Harbour'))[0]).toContain('got a function');
  });
});

describe('findSiteConfigProblems', () => {
  it('finds nothing in a valid config', () => {
    expect(findSiteConfigProblems(good)).toEqual([]);
  });

  it('ties each problem to its field, for forms that show errors beside inputs', () => {
    const broken = withField('project.name', '') as SiteConfig;
    expect(findSiteConfigProblems({ ...broken, site: { ...broken.site, extra: 1 } })).toEqual([
      {
        field: 'project.name',
        expected: { code: 'nonEmptyString' },
        message: '"project.name" must be a non-empty string; got "".',
      },
      {
        field: 'site.extra',
        expected: null,
        message:
          '"site.extra" is not a known field. Expected one of: url, baseUrl, sourceRepository.',
      },
    ]);
  });
});

describe('the codes of what a field must be', () => {
  it.each([
    ['project.name', '', { code: 'nonEmptyString' }],
    ['project.name', 'Har\nbour', { code: 'singleLine' }],
    ['project.name', ' Harbour', { code: 'noOuterSpaces' }],
    ['project.name', 'H'.repeat(81), { code: 'maxLength', max: 80 }],
    ['contact.label', 'l'.repeat(121), { code: 'maxLength', max: 120 }],
    [
      'project.repositoryUrl',
      `https://example.org/${'a'.repeat(500)}`,
      { code: 'maxLength', max: 500 },
    ],
    ['isExample', 'yes', { code: 'boolean' }],
    ['project.issuesUrl', 'ftp://example.org', { code: 'httpUrl' }],
    ['site.sourceRepository', 'git@example.net:harbour/site.git', { code: 'httpUrl' }],
    ['site.sourceRepository', '', { code: 'httpUrl' }],
    ['site.sourceRepository', null, { code: 'httpUrl' }],
    [
      'site.sourceRepository',
      `https://example.org/${'a'.repeat(500)}`,
      { code: 'maxLength', max: 500 },
    ],
    ['contact.url', 'https://', { code: 'contactUrl' }],
    ['site.url', 'example.org', { code: 'httpUrl' }],
    ['site.url', 'https://example.org/docs', { code: 'origin' }],
    ['site.baseUrl', 'policy', { code: 'basePath' }],
    ['policy.version', 'v1', { code: 'version' }],
    ['policy.adoptedOn', '2026-02-30', { code: 'date' }],
    ['policy.options.agentsFile', 'maybe', { code: 'oneOf', values: ['discourage', 'none'] }],
    ['policy', 'soon', { code: 'object' }],
    ['pullRequestCheck.mode', 'block', { code: 'oneOf', values: ['advise', 'require'] }],
    ['pullRequestCheck.skipAuthors', 'dependabot[bot]', { code: 'loginList' }],
    ['pullRequestCheck.skipAuthors', ['bad login'], { code: 'loginList' }],
    ['pullRequestCheck.skipAuthors', ['-dash'], { code: 'loginList' }],
    ['pullRequestCheck.skipAuthors', ['a'.repeat(40)], { code: 'loginList' }],
    ['pullRequestCheck.skipAuthors', ['bot', 'BOT'], { code: 'loginList' }],
    ['pullRequestCheck.skipAuthors', [7], { code: 'loginList' }],
    [
      'pullRequestCheck.skipAuthors',
      Array.from({ length: 51 }, (_, i) => `bot${i}`),
      { code: 'loginList' },
    ],
    ['pullRequestCheck', [], { code: 'object' }],
  ] as const)('%s = %j is %j', (field, value, expected) => {
    const problems = findSiteConfigProblems(withField(field, value));
    expect(problems.map((problem) => problem.expected)).toEqual([expected]);
  });

  it('accepts a config without the optional pullRequestCheck section, or with an empty skip list', () => {
    expect(findSiteConfigProblems({ ...good, pullRequestCheck: undefined })).toEqual([]);
    expect(findSiteConfigProblems(withField('pullRequestCheck.skipAuthors', []))).toEqual([]);
    expect(
      findSiteConfigProblems(withField('pullRequestCheck.skipAuthors', ['a'.repeat(39)])),
    ).toEqual([]);
  });

  it('accepts a config without the optional site.sourceRepository, and names the field when it is wrong', () => {
    const { sourceRepository, ...site } = good.site;
    expect(sourceRepository).toBeDefined();
    expect(findSiteConfigProblems({ ...good, site })).toEqual([]);
    expect(findSiteConfigProblems(withField('site.sourceRepository', undefined))).toEqual([]);
    expect(problemsOf(withField('site.sourceRepository', 'harbour/site'))).toEqual([
      '"site.sourceRepository" must be an absolute http:// or https:// URL; got "harbour/site".',
    ]);
  });

  it('names an unknown field inside the optional section', () => {
    expect(findSiteConfigProblems(withField('pullRequestCheck.modes', 'advise'))).toEqual([
      expect.objectContaining({ field: 'pullRequestCheck.modes', expected: null }),
    ]);
  });

  it('has no code for a key the site does not know', () => {
    expect(findSiteConfigProblems(withField('site.extra', 1))[0].expected).toBeNull();
  });
});

describe('expectationText', () => {
  const english: readonly [Expectation, string][] = [
    [{ code: 'nonEmptyString' }, 'a non-empty string'],
    [
      { code: 'singleLine' },
      'a single line of text, without line breaks or other control characters',
    ],
    [{ code: 'noOuterSpaces' }, 'text without spaces at the start or the end'],
    [{ code: 'maxLength', max: 80 }, 'at most 80 characters long'],
    [{ code: 'maxLength', max: 1 }, 'at most 1 character long'],
    [{ code: 'boolean' }, 'true or false'],
    [{ code: 'httpUrl' }, 'an absolute http:// or https:// URL'],
    [{ code: 'contactUrl' }, 'an absolute http:// or https:// URL, or a mailto: address'],
    [
      { code: 'origin' },
      'an origin without a path or trailing slash, such as "https://policy.example.org" (put the path in site.baseUrl)',
    ],
    [{ code: 'basePath' }, 'a path that starts and ends with "/", such as "/" or "/policy/"'],
    [{ code: 'version' }, 'a version number such as "1" or "1.2"'],
    [{ code: 'date' }, 'a real calendar date written as YYYY-MM-DD, such as "2026-05-05"'],
    [{ code: 'oneOf', values: ['required', 'encouraged'] }, 'one of "required", "encouraged"'],
    [
      { code: 'loginList' },
      'a list of at most 50 different GitHub logins, such as ["dependabot[bot]", "renovate[bot]"]',
    ],
    [{ code: 'exactly', value: '1' }, 'exactly 1'],
    [{ code: 'object' }, 'an object'],
  ];

  it('words every code', () => {
    const codes = new Set(english.map(([expectation]) => expectation.code));
    expect([...codes].sort()).toEqual(Object.keys(expectationMessages).sort());
  });

  it.each(english)('%j reads "%s"', (expectation, text) => {
    expect(expectationText(expectation)).toBe(text);
  });

  it('fills a value in once, even when it looks like a placeholder or a plural separator', () => {
    expect(expectationText({ code: 'oneOf', values: ['{values}', 'a|b'] })).toBe(
      'one of "{values}", "a|b"',
    );
  });

  it('gives the page the values and the number that chooses the plural form', () => {
    expect(expectationValues({ code: 'maxLength', max: 120 })).toEqual({
      values: { max: '120' },
      count: 120,
    });
    expect(expectationValues({ code: 'date' })).toEqual({ values: {}, count: null });
  });

  it('keys every message by the code it words', () => {
    for (const [code, message] of Object.entries(expectationMessages) as [
      ExpectationCode,
      { id: string },
    ][]) {
      expect(message.id).toBe(`config.expected.${code}`);
    }
  });
});

describe('isRealDate', () => {
  it.each([
    ['2026-05-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-5-5', false],
    ['20260505', false],
  ])('%s -> %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected);
  });
});
