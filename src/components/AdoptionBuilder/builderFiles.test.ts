import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SiteConfig } from '../../config/types';
import fork from '../../../tests/fixtures/fork.config';
import markup from '../../../tests/fixtures/markup.config';
import { readPolicySource } from '../../../plugins/adoption-files/policySource';
import * as agents from '../../adoption/agentsFile';
import { includedFileIds, type GeneratedFileId } from '../../adoption/fileCatalog';
import { generateFiles } from '../../adoption/files';
import { everyOptionValue } from '../../../tests/unit/optionVariants';
import * as policy from '../../adoption/policyMarkdown';
import type { PolicySource } from '../../adoption/policyMarkdown';
import { siteConfigFile } from '../../adoption/siteConfigFile';
import * as siteConfigModule from '../../adoption/siteConfigFile';
import { madeFiles, makeFiles, makeSiteConfigFile, type FileOutcome } from './builderFiles';

// The real generators, wrapped so that a test can make one of them fail.
vi.mock('../../adoption/policyMarkdown', { spy: true });
vi.mock('../../adoption/agentsFile', { spy: true });
vi.mock('../../adoption/siteConfigFile', { spy: true });

let source: PolicySource;

beforeAll(async () => {
  source = await readPolicySource(join(__dirname, '../../../docs'));
});

afterEach(() => {
  vi.mocked(policy.policyMarkdown).mockRestore();
  vi.mocked(agents.agentsFile).mockRestore();
  vi.mocked(siteConfigModule.siteConfigFile).mockRestore();
});

/** A config whose policy file fails, as a generator might fail on some text. */
function failPolicyFile(): void {
  vi.mocked(policy.policyMarkdown).mockImplementation(() => {
    throw new Error(
      'The policy page uses MDX that the Markdown generator cannot turn into plain Markdown.',
    );
  });
}

/** The reason a file could not be made, or null when it was made. */
function reasonFor(outcomes: readonly FileOutcome[], id: GeneratedFileId): string | null {
  for (const outcome of outcomes) {
    if (!outcome.made && outcome.pending !== true && outcome.id === id) {
      return outcome.reason;
    }
  }
  return null;
}

const hostileTexts = [
  markup.project.name,
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '# Title\n\n* [link](javascript:alert(1)) **bold** {expression} <Component />',
  'x'.repeat(5000),
  'פרויקט הנמל مشروع الميناء',
  'Harbour 🚀⚓️👩🏽‍💻',
];

/** The fork fixture with every text field set to `text`, valid or not. */
function everywhere(text: string): SiteConfig {
  return {
    ...fork,
    project: { name: text, repositoryUrl: text, issuesUrl: text, pullRequestsUrl: text },
    site: { url: text, baseUrl: text },
    contact: { label: text, url: text },
    policy: { ...fork.policy, version: text, adoptedOn: text },
    textLicense: { name: text, url: text },
  };
}

describe('makeFiles', () => {
  it.each(everyOptionValue(fork))(
    'before the policy’s text has loaded, makes every file but the two made from it, with $id = $value',
    ({ config }) => {
      const early = makeFiles(config, null);
      const later = makeFiles(config, source);
      expect(early.map((outcome) => (outcome.made ? outcome.file.id : outcome.id))).toEqual(
        later.map((outcome) => (outcome.made ? outcome.file.id : outcome.id)),
      );
      const pending = early.flatMap((outcome) =>
        !outcome.made && outcome.pending === true ? [outcome.id] : [],
      );
      expect(pending).toEqual(
        includedFileIds(config.policy.options).filter(
          (id) => id === 'pullRequestCheckScript' || id === 'policyMarkdown',
        ),
      );
      // The others are the same as once it has loaded.
      expect(madeFiles(early)).toEqual(
        madeFiles(later).filter((file) => !pending.includes(file.id)),
      );
    },
  );

  it.each(everyOptionValue(fork))(
    'gives exactly what the build gives, with $id = $value',
    ({ config }) => {
      expect(madeFiles(makeFiles(config, source))).toEqual(generateFiles(config, source));
    },
  );

  it.each(hostileTexts)('never throws, whatever the text: %s', (text) => {
    for (const config of [
      { ...markup, project: { ...markup.project, name: text } },
      everywhere(text),
    ]) {
      const outcomes = makeFiles(config, source);
      expect(outcomes).toHaveLength(includedFileIds(config.policy.options).length);
      expect(makeSiteConfigFile(config).made).toBe(true);
    }
  });

  it.each(everyOptionValue(fork))(
    'makes each file on its own when one fails, as the build makes it, with $id = $value',
    ({ config }) => {
      const others = generateFiles(config, source).filter((file) => file.id !== 'policyMarkdown');
      failPolicyFile();
      const outcomes = makeFiles(config, source);
      expect(outcomes.map((outcome) => (outcome.made ? outcome.file.id : outcome.id))).toEqual(
        includedFileIds(config.policy.options),
      );
      expect(outcomes.filter((outcome) => !outcome.made)).toEqual([
        {
          made: false,
          id: 'policyMarkdown',
          fileName: 'LLM_POLICY.md',
          repositoryPath: 'LLM_POLICY.md',
          mediaType: 'text/markdown',
          reason:
            'The policy page uses MDX that the Markdown generator cannot turn into plain Markdown.',
        },
      ]);
      expect(madeFiles(outcomes)).toEqual(others);
    },
  );

  it('gives a reason when a generator throws something that is not an Error', () => {
    vi.mocked(policy.policyMarkdown).mockImplementation(() => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw 'broken';
    });
    expect(reasonFor(makeFiles(fork, source), 'policyMarkdown')).toBe('broken');
  });

  it('gives a reason when a generator makes no file that the options include', () => {
    failPolicyFile();
    vi.mocked(agents.agentsFile).mockReturnValue(null);
    expect(reasonFor(makeFiles(markup, source), 'agentsFile')).toBe(
      'The generator made no file, but the options include it.',
    );
  });
});

describe('makeSiteConfigFile', () => {
  it('gives the text of site.config.ts', () => {
    expect(makeSiteConfigFile(markup)).toEqual({ made: true, text: siteConfigFile(markup) });
  });

  it('gives the reason when it fails', () => {
    vi.mocked(siteConfigModule.siteConfigFile).mockImplementation(() => {
      throw new Error('no');
    });
    expect(makeSiteConfigFile(fork)).toEqual({ made: false, reason: 'no' });
  });
});
