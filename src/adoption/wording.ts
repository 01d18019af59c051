import { trailerExamples, type PolicyOptions } from '../data/policyOptions';
import {
  agentsSentence,
  chosenSentence,
  closedModelsSentence,
  disclosureExceptionsSentence,
  disclosureSentence,
  ownWordsSentence,
  translationSentence,
} from '../data/policySummary';

/**
 * Sentences that the generated repository files share. Those that the
 * policy's six-point summary also says come from src/data/policySummary.ts,
 * so the files and the site say the same thing in the same words. The others
 * are tables over an option's values, so a new value cannot be left without
 * wording.
 */
type Wording<Id extends keyof PolicyOptions> = Readonly<Record<PolicyOptions[Id], string>>;

/** The sentences about LLM use that a contributor should read before writing a disclosure. */
export function llmUseSentences(options: PolicyOptions): readonly string[] {
  return [
    chosenSentence(disclosureSentence, options),
    disclosureExceptionsSentence(options)?.message ?? '',
    chosenSentence(translationSentence, options),
    accessibilityNote[options.accessibilityTools],
    chosenSentence(closedModelsSentence, options),
  ].filter((sentence) => sentence !== '');
}

/** What the project asks of the words people post. */
export function ownWordsRule(options: PolicyOptions): string {
  return chosenSentence(ownWordsSentence, options);
}

/** What the project asks of agents. */
export function agentsRule(options: PolicyOptions): string {
  return chosenSentence(agentsSentence, options);
}

/**
 * What the project asks of commit messages, given the trailer as the file formats it (in
 * backticks for Markdown, in quotes in a comment). The trailer is welcome, never required: the
 * disclosure the policy asks for is the note in the pull request.
 */
export function trailerSentence(
  options: PolicyOptions,
  format: (trailer: string) => string,
): string {
  const trailer = trailerExamples[options.commitTrailer];
  return trailer === null
    ? ''
    : `You may also end the message of a commit that had LLM help with a trailer line, such as ${format(trailer)}. It does not replace the note in the pull request.`;
}

export const accessibilityNote: Wording<'accessibilityTools'> = {
  exempt:
    'Accessibility tools that help you put your own words down, such as dictation, need no note.',
  'not-exempt':
    'If an accessibility tool that you use relies on an LLM, mention it like any other LLM help.',
};
