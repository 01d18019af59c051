import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { markdownDestination } from '../utils/markdownText';
import { trailerExamples } from '../data/policyOptions';
import { agentsRule, llmUseSentences, ownWordsRule } from './wording';

/** An HTML comment, with any "--" in the text spaced out so that it cannot end the comment early. */
export function htmlComment(lines: readonly string[]): string[] {
  return ['<!--', ...lines.map((line) => line.replace(/--/g, '- -')), '-->'];
}

/** `.github/PULL_REQUEST_TEMPLATE.md`: an authorship checkbox that links to the policy, and a place to disclose LLM use. */
export function pullRequestTemplate(config: SiteConfig): string {
  const { options } = config.policy;
  const trailer = trailerExamples[options.commitTrailer];
  const llmUseHelp = [
    ...llmUseSentences(options),
    ...(trailer === null
      ? []
      : [`Commits that had LLM help can also end with a trailer line, such as "${trailer}".`]),
    agentsRule(options),
    'If you did not use an LLM, you can delete this section.',
  ];
  return [
    '## What this pull request changes',
    '',
    ...htmlComment([`Please describe the change and the reason for it. ${ownWordsRule(options)}`]),
    '',
    '## Authorship',
    '',
    `- [ ] I am the author of this pull request, as described in the [LLM contribution policy](${markdownDestination(policyAddress(config, 'responsibility'))}). I can explain each decision in it.`,
    '',
    '## LLM use',
    '',
    ...htmlComment(llmUseHelp),
    '',
  ].join('\n');
}
