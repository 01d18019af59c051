import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { markdownLineStart } from '../utils/markdownText';
import { summaryMarkdown } from '../mdx/summaryMarkdown';
import { accessibilityNote, trailerSentence } from './wording';

/** A "LLM contributions" section to paste into CONTRIBUTING.md: the six points, and how to disclose. */
export function contributingSection(config: SiteConfig): string {
  const { options } = config.policy;
  const more = [
    accessibilityNote[options.accessibilityTools],
    trailerSentence(options, (trailer) => `\`${trailer}\``),
  ].filter((sentence) => sentence !== '');
  return [
    '## LLM contributions',
    '',
    `${markdownLineStart(config.project.name)} has a policy for contributions made with the help of a large language model (LLM). In short:`,
    '',
    summaryMarkdown(config),
    '',
    'Also:',
    '',
    ...more.map((point) => `- ${point}`),
    '',
    `Please read the whole policy before you contribute: ${policyAddress(config)}`,
    '',
  ].join('\n');
}
