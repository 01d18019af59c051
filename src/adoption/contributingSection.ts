import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { markdownLineStart } from '../utils/markdownText';
import {
  accessibilityNote,
  agentsRule,
  closedModelsRule,
  conversationRule,
  disclosureAsk,
  trailerExample,
  translationNote,
} from './wording';

/** A "LLM contributions" section to paste into CONTRIBUTING.md. */
export function contributingSection(config: SiteConfig): string {
  const { options } = config.policy;
  const trailer = trailerExample[options.commitTrailer];
  const points = [
    'Before you open an issue or a pull request, or post a comment, make sure you can say "I am the author". You did the thinking, and you can explain each decision.',
    disclosureAsk[options.disclosure],
    trailer === ''
      ? ''
      : `If a commit had LLM help, end its message with a trailer line, such as \`${trailer}\`.`,
    translationNote[options.machineTranslation],
    accessibilityNote[options.accessibilityTools],
    conversationRule[options.verbatimModelText],
    agentsRule[options.autonomousAgents],
    closedModelsRule[options.closedCommercialModels],
  ].filter((point) => point !== '');
  return [
    '## LLM contributions',
    '',
    `${markdownLineStart(config.project.name)} has a policy for contributions made with the help of a large language model (LLM). In short:`,
    '',
    ...points.map((point) => `- ${point}`),
    '',
    `Please read the whole policy before you contribute: ${policyAddress(config)}`,
    '',
  ].join('\n');
}
