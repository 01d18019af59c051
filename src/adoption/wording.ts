import type { PolicyOptions } from '../data/policyOptions';

/**
 * Sentences that the generated repository files share, one per option value.
 * Each table is a Record over the option's values, so a new value cannot be
 * left without wording. The policy page itself words these points in
 * docs/policy.mdx; keep the two in step when you change either.
 */
type Wording<Id extends keyof PolicyOptions> = Readonly<Record<PolicyOptions[Id], string>>;

export const disclosureAsk: Wording<'disclosure'> = {
  required:
    'If an LLM helped you, say so: name the tools, say how you used them, and say which code or text they produced.',
  encouraged:
    'If an LLM helped you, please say so: name the tools, say how you used them, and say which code or text they produced. It is not required, but it helps reviewers.',
};

export const translationNote: Wording<'machineTranslation'> = {
  exempt: 'Machine translation of your own words is welcome and needs no note.',
  'not-exempt':
    'Machine translation of your own words is welcome. Please add a short note that says you used it.',
};

export const accessibilityNote: Wording<'accessibilityTools'> = {
  exempt:
    'Accessibility tools that help you put your own words down, such as dictation, need no note.',
  'not-exempt':
    'If an accessibility tool that you use relies on an LLM, mention it like any other LLM help.',
};

export const conversationRule: Wording<'verbatimModelText'> = {
  'not-allowed':
    'Write your own messages to people here. Do not paste text from a model, word for word, into a conversation.',
  'allowed-when-disclosed':
    'Write your own messages where you can. If you post text from a model word for word, mark it clearly and name the tool.',
};

export const agentsRule: Wording<'autonomousAgents'> = {
  'not-allowed':
    'Agents may not open issues, open pull requests or post comments, on your behalf or on their own.',
  'allowed-with-accountable-human':
    'An agent may open an issue or a pull request, or post a comment, only when a named person answers for it and the contribution says so.',
};

export const closedModelsRule: Wording<'closedCommercialModels'> = {
  'no-clause': '',
  'not-accepted':
    'Output of closed commercial models is not accepted, because those models do not credit the work they were trained on.',
};

/** An example trailer line with placeholders for the contributor, or "" when the project uses none. */
export const trailerExample: Wording<'commitTrailer'> = {
  'Assisted-by': 'Assisted-by: TOOL:MODEL',
  'Generated-by': 'Generated-by: TOOL',
  none: '',
};
