// With the original policy's options, every surface reads as the original's rules: disclosure of
// any LLM help except machine translation of one's own words, no accessibility exemption, no
// lighter rule for spelling, grammar or word completion, no commit trailer, no agents on their
// own, one's own words in conversation, and no clause on closed commercial models. The expected
// rules are written here from the original policy, not read from the model.
import { describe, expect, it } from 'vitest';
import harbourConfig from '../../fixtures/harbour.config';
import type { SiteConfig } from '../../../src/config/types';
import { agentsFile } from '../../../src/adoption/agentsFile';
import { contributingSection } from '../../../src/adoption/contributingSection';
import { checkScriptSettings } from '../../../src/adoption/pullRequestCheck/index';
import { pullRequestTemplate } from '../../../src/adoption/pullRequestTemplate';
import { disclosureTable } from '../../../src/data/disclosureUses';
import { originDifferences, originPolicyOptions } from '../../../src/data/policyOptions';
import { policySummary } from '../../../src/data/policySummary';

const origin: SiteConfig = {
  ...harbourConfig,
  policy: { ...harbourConfig.policy, options: originPolicyOptions },
  pullRequestCheck: { mode: 'require', skipAuthors: [] },
};

describe('with the original policy’s options', () => {
  it('the changelog lists no difference from the original', () => {
    expect(originDifferences(originPolicyOptions)).toEqual([]);
  });

  it('the table asks for disclosure of every LLM use but machine translation', () => {
    const lighter = disclosureTable(originPolicyOptions)
      .filter((row) => row.verdict === 'none' || row.verdict === 'optional')
      .map((row) => [row.use, row.verdict]);
    expect(lighter).toEqual([['translation', 'none']]);
  });

  it('the six points say what the original says, and nothing it does not', () => {
    expect(
      policySummary(originPolicyOptions).map((point) => [
        point.id,
        point.sentences.map((sentence) => sentence.id),
      ]),
    ).toEqual([
      ['responsibility', ['summary.responsibility']],
      ['disclosure', ['summary.disclosure.required', 'summary.disclosure.exceptions']],
      ['quality', ['summary.quality']],
      ['copyright', ['summary.copyright']],
      ['communication', ['summary.communication.ownWords', 'summary.communication.translation']],
      ['agents', ['summary.agents.notAllowed']],
    ]);
  });

  it('the pull-request template, CONTRIBUTING section and check add no rule of this site', () => {
    for (const text of [pullRequestTemplate(origin), contributingSection(origin)]) {
      expect(text).not.toMatch(/Assisted-by|Generated-by|trailer/i);
      expect(text).not.toMatch(/need(?:s)? no note\b[^.]*(?:accessibility|dictation|grammar)/i);
      expect(text).toContain('Machine translation of your own words is welcome.');
      expect(text).toContain('Do not paste model output.');
    }
    expect(checkScriptSettings(origin).exemptUses).toEqual(['translation']);
  });

  it('AGENTS.md only asks agents not to contribute', () => {
    const text = agentsFile(origin) ?? '';
    expect(text).toContain('- do not open pull requests;');
    expect(text).not.toMatch(/named person|before you open/i);
  });
});
