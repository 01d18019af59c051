import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { markdownDestination } from '../utils/markdownText';
import type { PolicyOptions } from '../data/policyOptions';
import { agentsRule, llmUseSentences, ownWordsRule, trailerSentence } from './wording';

/** An HTML comment, with any "--" in the text spaced out so that it cannot end the comment early. */
export function htmlComment(lines: readonly string[]): string[] {
  return ['<!--', ...lines.map((line) => line.replace(/--/g, '- -')), '-->'];
}

/** The template's section headings. The pull-request check finds the sections by them. */
export const templateHeadings = {
  description: 'What this pull request changes',
  authorship: 'Authorship',
  llmUse: 'LLM use',
} as const;

/** The authorship checkbox's words, before its link. The pull-request check knows the box by them. */
export const authorshipStatement = 'I am the author of this pull request, as described in the';

/** The help text of the description section. */
export function descriptionHint(options: PolicyOptions): string {
  return `Please describe the change and the reason for it. ${ownWordsRule(options)}`;
}

/** The help text of the LLM section, one sentence a line. */
export function llmUseHints(options: PolicyOptions): readonly string[] {
  return [
    ...llmUseSentences(options),
    trailerSentence(options, (trailer) => `"${trailer}"`),
    agentsRule(options),
    'If you did not use an LLM, you can delete this section.',
  ].filter((sentence) => sentence !== '');
}

/** `.github/PULL_REQUEST_TEMPLATE.md`: an authorship checkbox that links to the policy, and a place to disclose LLM use. */
export function pullRequestTemplate(config: SiteConfig): string {
  const { options } = config.policy;
  return [
    `## ${templateHeadings.description}`,
    '',
    ...htmlComment([descriptionHint(options)]),
    '',
    `## ${templateHeadings.authorship}`,
    '',
    `- [ ] ${authorshipStatement} [LLM contribution policy](${markdownDestination(policyAddress(config, 'responsibility'))}). I can explain each decision in it.`,
    '',
    `## ${templateHeadings.llmUse}`,
    '',
    ...htmlComment(llmUseHints(options)),
    '',
  ].join('\n');
}
