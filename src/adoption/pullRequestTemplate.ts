import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { markdownDestination } from '../utils/markdownText';
import { accessibilityNote, disclosureAsk, trailerExample, translationNote } from './wording';

/** `.github/PULL_REQUEST_TEMPLATE.md`: an authorship checkbox that links to the policy, and a place to disclose LLM use. */
export function pullRequestTemplate(config: SiteConfig): string {
  const { options } = config.policy;
  const trailer = trailerExample[options.commitTrailer];
  const llmUseHelp = [
    disclosureAsk[options.disclosure],
    translationNote[options.machineTranslation],
    accessibilityNote[options.accessibilityTools],
    ...(trailer === ''
      ? []
      : [`Commits that had LLM help can also end with a trailer line, such as "${trailer}".`]),
    'If you did not use an LLM, you can delete this section.',
  ];
  return [
    '## What this pull request changes',
    '',
    '<!-- Please describe the change and the reason for it, in your own words. -->',
    '',
    '## Authorship',
    '',
    `- [ ] I am the author of this pull request, as described in the [LLM contribution policy](${markdownDestination(policyAddress(config, 'responsibility'))}). I can explain each decision in it.`,
    '',
    '## LLM use',
    '',
    '<!--',
    ...llmUseHelp,
    '-->',
    '',
  ].join('\n');
}
