/**
 * The self-check's flow: which question comes next after each answer, and
 * what each answer means for the result. The words people read are kept
 * apart, in ./wording.ts, so the graph can be read (and tested) on its own.
 *
 * How to edit:
 * - To add an answer, add an option to its question below, with `next` (the
 *   next question, or 'end') and `finding` (what the answer means, or null).
 *   Then give it words in ./wording.ts; TypeScript lists what is missing.
 * - To add a question, add its id to `questionIds`, its node to `questions`,
 *   and point an option's `next` at it.
 * - Where a project's policy choice (site.config.ts, see ../policyOptions.ts)
 *   changes the answer's meaning, write `{ policyOption, values }` instead of a
 *   plain value, with one value per choice.
 * - An answer whose finding needs work or is not acceptable ends the check.
 * The tests beside src/components/SelfCheck/logic.ts walk every path for every
 * choice of options: no path may ask more than six questions, every path must
 * end in a result, and every finding must link to a policy anchor.
 */
import type { PolicyOptionId, PolicyOptions } from '../policyOptions';
import type { PolicyAnchor } from '../policySections';

export const questionIds = [
  'start',
  'tool',
  'output',
  'accountable',
  'posted',
  'postedByModel',
  'source',
  'decisions',
] as const;

export type QuestionId = (typeof questionIds)[number];

/** The question the check starts with. */
export const firstQuestion: QuestionId = 'start';

/** The most questions any path may ask, whatever the policy options. */
export const maxQuestionsOnAnyPath = 6;

/**
 * How an answer weighs in the result, from lightest to heaviest:
 * fine as it is, fine once disclosed, needs work first, not acceptable.
 */
export const findingLevels = ['fine', 'disclose', 'work', 'stop'] as const;

export type FindingLevel = (typeof findingLevels)[number];

export const findingIds = [
  'noLlm',
  'completeWords',
  'completeLines',
  'grammar',
  'translationExempt',
  'translationDisclosed',
  'accessibilityExempt',
  'accessibilityDisclosed',
  'explained',
  'vouched',
  'rewritten',
  'generatedTests',
  'agentNotAllowed',
  'agentAccountable',
  'agentNobodyAccountable',
  'postedOwn',
  'postedDrafted',
  'postedVerbatim',
  'postedVerbatimMarked',
  'sourceKnown',
  'sourceUnknown',
  'sourceCopied',
  'decisionsExplained',
  'decisionsUnexplained',
] as const;

export type FindingId = (typeof findingIds)[number];

export interface FindingNode {
  readonly level: FindingLevel;
  /** The policy section the finding rests on. */
  readonly anchor: PolicyAnchor;
  /** True when the finding describes LLM help that a disclosure would mention. */
  readonly describesUse: boolean;
}

export const findings = {
  noLlm: { level: 'fine', anchor: 'disclosure', describesUse: false },
  completeWords: { level: 'fine', anchor: 'disclosure', describesUse: true },
  completeLines: { level: 'disclose', anchor: 'what-to-include', describesUse: true },
  grammar: { level: 'fine', anchor: 'communication', describesUse: true },
  translationExempt: { level: 'fine', anchor: 'machine-translation', describesUse: true },
  translationDisclosed: { level: 'disclose', anchor: 'machine-translation', describesUse: true },
  accessibilityExempt: { level: 'fine', anchor: 'accessibility-tools', describesUse: true },
  accessibilityDisclosed: { level: 'disclose', anchor: 'accessibility-tools', describesUse: true },
  explained: { level: 'disclose', anchor: 'what-to-include', describesUse: true },
  vouched: { level: 'stop', anchor: 'responsibility', describesUse: false },
  rewritten: { level: 'disclose', anchor: 'what-to-include', describesUse: true },
  generatedTests: { level: 'disclose', anchor: 'quality', describesUse: true },
  agentNotAllowed: { level: 'stop', anchor: 'agents', describesUse: false },
  agentAccountable: { level: 'disclose', anchor: 'agents', describesUse: true },
  agentNobodyAccountable: { level: 'work', anchor: 'agents', describesUse: true },
  postedOwn: { level: 'fine', anchor: 'communication', describesUse: false },
  postedDrafted: { level: 'disclose', anchor: 'communication', describesUse: true },
  postedVerbatim: { level: 'work', anchor: 'communication', describesUse: false },
  postedVerbatimMarked: { level: 'disclose', anchor: 'communication', describesUse: true },
  sourceKnown: { level: 'fine', anchor: 'copyright', describesUse: false },
  sourceUnknown: { level: 'work', anchor: 'copyright', describesUse: false },
  sourceCopied: { level: 'work', anchor: 'copyright', describesUse: false },
  decisionsExplained: { level: 'fine', anchor: 'responsibility', describesUse: false },
  decisionsUnexplained: { level: 'work', anchor: 'responsibility', describesUse: false },
} as const satisfies Record<FindingId, FindingNode>;

/** A finding that a disclosure can describe, so the disclosure builder has a sentence for it. */
export type UseFindingId = {
  [Id in FindingId]: (typeof findings)[Id]['describesUse'] extends true ? Id : never;
}[FindingId];

/** A value that one of the project's policy options decides, with one value per choice. */
export type ByPolicyOption<T> = {
  readonly [Id in PolicyOptionId]: {
    readonly policyOption: Id;
    readonly values: Readonly<Record<PolicyOptions[Id], T>>;
  };
}[PolicyOptionId];

/** Either a fixed value, or one that the project's policy options decide. */
export type DependsOnPolicy<T> = T | ByPolicyOption<T>;

export type NextStep = QuestionId | 'end';

export interface OptionNode {
  readonly id: string;
  readonly next: DependsOnPolicy<NextStep>;
  readonly finding: DependsOnPolicy<FindingId | null>;
}

export interface QuestionNode {
  readonly options: readonly OptionNode[];
}

/** The two answers about model-written words, asked both after tool use and after model output. */
const modelWordsOptions = [
  { id: 'drafted', next: 'source', finding: 'postedDrafted' },
  {
    id: 'verbatim',
    next: {
      policyOption: 'verbatimModelText',
      values: { 'not-allowed': 'end', 'allowed-when-disclosed': 'source' },
    },
    finding: {
      policyOption: 'verbatimModelText',
      values: {
        'not-allowed': 'postedVerbatim',
        'allowed-when-disclosed': 'postedVerbatimMarked',
      },
    },
  },
] as const;

export const questions = {
  start: {
    options: [
      { id: 'none', next: 'source', finding: 'noLlm' },
      { id: 'tool', next: 'tool', finding: null },
      { id: 'output', next: 'output', finding: null },
      {
        id: 'agent',
        next: {
          policyOption: 'autonomousAgents',
          values: { 'not-allowed': 'end', 'allowed-with-accountable-human': 'accountable' },
        },
        finding: {
          policyOption: 'autonomousAgents',
          values: { 'not-allowed': 'agentNotAllowed', 'allowed-with-accountable-human': null },
        },
      },
    ],
  },
  tool: {
    options: [
      { id: 'completeWords', next: 'posted', finding: 'completeWords' },
      { id: 'completeLines', next: 'posted', finding: 'completeLines' },
      { id: 'grammar', next: 'posted', finding: 'grammar' },
      {
        id: 'translation',
        next: 'posted',
        finding: {
          policyOption: 'machineTranslation',
          values: { exempt: 'translationExempt', 'not-exempt': 'translationDisclosed' },
        },
      },
      {
        id: 'accessibility',
        next: 'posted',
        finding: {
          policyOption: 'accessibilityTools',
          values: { exempt: 'accessibilityExempt', 'not-exempt': 'accessibilityDisclosed' },
        },
      },
      { id: 'explain', next: 'posted', finding: 'explained' },
    ],
  },
  output: {
    options: [
      { id: 'vouched', next: 'end', finding: 'vouched' },
      { id: 'rewritten', next: 'posted', finding: 'rewritten' },
      { id: 'tests', next: 'posted', finding: 'generatedTests' },
      { id: 'words', next: 'postedByModel', finding: null },
    ],
  },
  accountable: {
    options: [
      { id: 'yes', next: 'output', finding: 'agentAccountable' },
      { id: 'no', next: 'end', finding: 'agentNobodyAccountable' },
    ],
  },
  posted: {
    options: [
      { id: 'own', next: 'source', finding: 'postedOwn' },
      {
        id: 'translated',
        next: 'source',
        finding: {
          policyOption: 'machineTranslation',
          values: { exempt: 'translationExempt', 'not-exempt': 'translationDisclosed' },
        },
      },
      ...modelWordsOptions,
    ],
  },
  postedByModel: {
    options: [...modelWordsOptions],
  },
  source: {
    options: [
      { id: 'known', next: 'decisions', finding: 'sourceKnown' },
      { id: 'unknown', next: 'end', finding: 'sourceUnknown' },
      { id: 'copied', next: 'end', finding: 'sourceCopied' },
    ],
  },
  decisions: {
    options: [
      { id: 'yes', next: 'end', finding: 'decisionsExplained' },
      { id: 'notAll', next: 'end', finding: 'decisionsUnexplained' },
    ],
  },
} as const satisfies Record<QuestionId, QuestionNode>;

/** The ids of one question's options, e.g. OptionId<'decisions'> is 'yes' | 'notAll'. */
export type OptionId<Question extends QuestionId> =
  (typeof questions)[Question]['options'][number]['id'];

/** One answer: a question and one of its own options. */
export type Answer = {
  readonly [Question in QuestionId]: {
    readonly question: Question;
    readonly option: OptionId<Question>;
  };
}[QuestionId];
