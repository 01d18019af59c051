import { describe, expect, it } from 'vitest';
import harbourConfig from '../../fixtures/harbour.config';
import type { SiteConfig } from '../../../src/config/types';
import type { PolicyOptions } from '../../../src/data/policyOptions';
import { pullRequestTemplate } from '../../../src/adoption/pullRequestTemplate';
import {
  checkPullRequest,
  type CheckResult,
  type CheckSettings,
} from '../../../src/adoption/pullRequestCheck/checkDescription.mjs';
import { descriptions, type Description, type DisclosurePart } from './descriptions';
import { checkScriptSettings } from '../../../src/adoption/pullRequestCheck/index';

// The check over many made-up descriptions (descriptions.ts), in "require" mode, under three
// sets of options: those that site.config.ts ships with (disclosure required; translation,
// accessibility tools, spelling and grammar exempt); the same with none of these exempt; and
// the shipped ones with disclosure only encouraged, where a finding about disclosure never
// fails the job.

function configWith(options: Partial<PolicyOptions>): SiteConfig {
  return {
    ...harbourConfig,
    policy: {
      ...harbourConfig.policy,
      options: { ...harbourConfig.policy.options, ...options },
    },
    pullRequestCheck: { mode: 'require', skipAuthors: [] },
  };
}

const shippedConfig = configWith({
  disclosure: 'required',
  machineTranslation: 'exempt',
  accessibilityTools: 'exempt',
  editingAids: 'light',
});
const settingsOf = (config: SiteConfig): CheckSettings =>
  checkScriptSettings(config) as unknown as CheckSettings;
const shipped = settingsOf(shippedConfig);
const notExempt = settingsOf(
  configWith({
    disclosure: 'required',
    machineTranslation: 'not-exempt',
    accessibilityTools: 'not-exempt',
    editingAids: 'disclose',
  }),
);
const encouraged = settingsOf(
  configWith({
    disclosure: 'encouraged',
    machineTranslation: 'exempt',
    accessibilityTools: 'exempt',
    editingAids: 'light',
  }),
);

const template = pullRequestTemplate(shippedConfig);

/** The description as the contributor sent it, with the authorship statement given. */
function bodyOf(description: Description): string {
  if (description.form === 'free') {
    return `I am the author of this pull request.\n\n${description.changes}`;
  }
  const llmUse = description.llmUse ?? '';
  return template
    .replace('## Authorship', `${description.changes}\n\n## Authorship`)
    .replace('- [ ]', '- [x]')
    .concat(llmUse === '' ? '' : `\n${llmUse}\n`);
}

const check = (description: Description, settings: CheckSettings): CheckResult =>
  checkPullRequest(bodyOf(description), settings, { login: 'sam', association: 'CONTRIBUTOR' });

/** The words of the finding that ask for each part of a disclosure. */
const askedFor: Readonly<Record<DisclosurePart, string>> = {
  tool: 'which tool you used',
  how: 'how you used it',
  parts: 'which parts of the change it touched',
};

/** The check passes with no finding at all. */
function expectNothingAsked(result: CheckResult): void {
  expect(result).toEqual({ skipped: false, passed: true, findings: [] });
}

/**
 * The check's only finding asks for the disclosure's missing parts, and for nothing else; it
 * fails the job when disclosure is required and only advises when it is encouraged.
 */
function expectAsksFor(
  result: CheckResult,
  settings: CheckSettings,
  missing: readonly DisclosurePart[],
): void {
  if (missing.length === 0) {
    expectNothingAsked(result);
    return;
  }
  const required = settings.disclosure === 'required';
  expect(result.findings).toEqual([
    expect.objectContaining({
      code: 'disclosure',
      required,
      level: required ? 'error' : 'warning',
      link: settings.links.disclosure,
    }),
  ]);
  expect(result.passed).toBe(!required);
  const message = result.findings[0]?.message ?? '';
  expect(message).toMatch(/^Since an LLM helped with this change, [^\n]+\.$/);
  for (const part of ['tool', 'how', 'parts'] as const) {
    if (missing.includes(part)) {
      expect(message).toContain(askedFor[part]);
    } else {
      expect(message).not.toContain(askedFor[part]);
    }
  }
}

function ofKind<Kind extends Description['kind']>(
  kind: Kind,
): [string, Extract<Description, { kind: Kind }>][] {
  return descriptions
    .filter((description): description is Extract<Description, { kind: Kind }> => {
      return description.kind === kind;
    })
    .map((description) => [`${description.name} (${description.form})`, description]);
}

describe('the descriptions', () => {
  it('are at least 60, with several of each kind and unique names', () => {
    expect(descriptions.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['noUse', 'exempt', 'disclosure', 'thin', 'aiFeature', 'ordinary']) {
      expect(
        descriptions.filter((description) => description.kind === kind).length,
      ).toBeGreaterThanOrEqual(6);
    }
    const names = descriptions.map((description) => description.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the exempt uses in the check’s settings', () => {
  it('follow the policy’s verdicts for the options', () => {
    expect(shipped.exemptUses).toEqual([
      'grammar',
      'translation',
      'accessibility',
      'wordAutocomplete',
    ]);
    expect(notExempt.exemptUses).toEqual([]);
    expect(
      settingsOf(
        configWith({
          machineTranslation: 'exempt',
          accessibilityTools: 'not-exempt',
          editingAids: 'light',
        }),
      ).exemptUses,
    ).toEqual(['grammar', 'translation', 'wordAutocomplete']);
  });
});

// The uses that each set of options exempts (or for which a note is welcome but not needed), as
// the policy's table says, written out here so that the tests do not take them from the settings
// they check.
const allExempt = ['grammar', 'translation', 'accessibility', 'wordAutocomplete'];
describe.each([
  ['the shipped options', shipped, allExempt],
  ['translation, accessibility tools, spelling and grammar not exempt', notExempt, []],
  ['disclosure encouraged', encouraged, allExempt],
])('with %s', (_, settings, exemptUses) => {
  it.each(ofKind('noUse'))('reads "no" in any words as no use: %s', (_, description) => {
    expectNothingAsked(check(description, settings));
  });

  it.each(ofKind('aiFeature'))(
    'reads talk of an LLM feature as neither use nor disclosure: %s',
    (_, description) => {
      expectNothingAsked(check(description, settings));
    },
  );

  it.each(ofKind('ordinary'))('asks nothing of an ordinary change: %s', (_, description) => {
    expectNothingAsked(check(description, settings));
  });

  it.each(ofKind('disclosure'))(
    'accepts a disclosure that names the tool, the use and the parts: %s',
    (_, description) => {
      expectNothingAsked(check(description, settings));
    },
  );

  it.each(ofKind('thin'))(
    'asks for what a disclosure leaves out, and fails only when disclosure is required: %s',
    (_, description) => {
      expectAsksFor(check(description, settings), settings, description.missing);
    },
  );

  it.each(ofKind('exempt'))(
    'needs no disclosure of an exempt use, and reads it as a disclosure otherwise: %s',
    (_, description) => {
      const exempt = exemptUses.includes(description.use);
      expectAsksFor(
        check(description, settings),
        settings,
        exempt ? [] : description.whenNotExempt,
      );
    },
  );
});

describe('an exempt use beside another use', () => {
  it('still asks about the other use', () => {
    const description: Description = {
      kind: 'thin',
      name: 'translation and code',
      form: 'template',
      changes: 'Return the defaults when the settings file is empty.',
      llmUse: 'DeepL translated this description. Copilot helped.',
      missing: ['how', 'parts'],
    };
    expectAsksFor(check(description, shipped), shipped, description.missing);
  });
});
