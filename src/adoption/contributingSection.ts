import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { markdownLineStart } from '../utils/markdownText';
import { summaryMarkdown } from './summaryMarkdown';
import { trailerExamples } from '../data/policyOptions';
import { accessibilityNote } from './wording';

/** A "LLM contributions" section to paste into CONTRIBUTING.md: the six points, and how to disclose. */
export function contributingSection(config: SiteConfig): string {
  const { options } = config.policy;
  const trailer = trailerExamples[options.commitTrailer];
  const more = [
    accessibilityNote[options.accessibilityTools],
    ...(trailer === null
      ? []
      : [`If a commit had LLM help, end its message with a trailer line, such as \`${trailer}\`.`]),
  ];
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
