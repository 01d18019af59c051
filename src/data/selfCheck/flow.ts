/**
 * The self-check's flow: its questions, their answers, which question comes
 * next, and what each answer means for the result. The words people read are
 * kept apart, in ./wording.ts, so the graph can be read (and tested) on its own.
 *
 * How to edit:
 * - A question is `single` (one answer) or `multiple` ("choose all that
 *   apply"). A single question names the next step on each answer; a multiple
 *   question names it once, for all its answers.
 * - Each answer has a `finding`: what it means, or null. A finding about a
 *   kind of LLM use takes its weight from the table "When to disclose"
 *   (../disclosureUses.ts), so the self-check and the policy page always give
 *   the same answer. Other findings state their own weight here.
 * - An answer that only exists for some policy choices has `available`; one that speaks of
 *   LLM output, and so is not offered after "no LLM", has `needsLlm`.
 * - Where a project's policy choice (site.config.ts, see ../policyOptions.ts)
 *   changes a value, write `{ policyOption, values }` with one value per choice.
 * - Every path asks each question it reaches, even after an answer that needs
 *   work or is not acceptable, so the result lists every finding at once.
 * Then give every new question, answer and finding its words in ./wording.ts;
 * TypeScript lists what is missing. The tests beside
 * src/components/SelfCheck/logic.ts walk every path for every choice of
 * options: no path may ask more than six questions, every path goes on to the
 * last question, and every path ends in a result that lists the finding of
 * every answer, each with a link to the policy.
 */
import { disclosureUseIds, type DisclosureUseId } from '../disclosureUses';
import type { DependsOnPolicy } from '../policyChoice';
import type { PolicyAnchor } from '../policySections';

export const questionIds = ['start', 'uses', 'closedModel', 'source', 'decisions'] as const;

export type QuestionId = (typeof questionIds)[number];

/** The question the check starts with. */
export const firstQuestion: QuestionId = 'start';

/** The most questions any path may ask, whatever the policy options. */
export const maxQuestionsOnAnyPath = 6;

/**
 * How a finding weighs in the result, from lightest to heaviest: fine as it
 * is, fine once disclosed, the contributor's own judgement (disclose and
 * ask), needs work first, not acceptable.
 */
export const findingLevels = ['fine', 'disclose', 'yourCall', 'work', 'stop'] as const;

export type FindingLevel = (typeof findingLevels)[number];

/** Findings that are not about a kind of LLM use, each with its own weight. */
export const otherFindingIds = [
  'noLlm',
  'closedModelNone',
  'closedModelUnknown',
  'sourceOwn',
  'sourceCredited',
  'sourceUnchecked',
  'sourceResembles',
  'decisionsExplained',
  'decisionsUnexplained',
] as const;

export type OtherFindingId = (typeof otherFindingIds)[number];

/** Every finding: one per kind of LLM use in the table, and the others. */
export const findingIds = [...disclosureUseIds, ...otherFindingIds] as const;

export type FindingId = DisclosureUseId | OtherFindingId;

export interface OtherFinding {
  readonly level: FindingLevel;
  /** The policy section the finding rests on. */
  readonly anchor: PolicyAnchor;
  /** True when the finding is something a disclosure should mention. */
  readonly describesUse: boolean;
}

export const otherFindings: Readonly<Record<OtherFindingId, OtherFinding>> = {
  noLlm: { level: 'fine', anchor: 'disclosure', describesUse: false },
  closedModelNone: { level: 'fine', anchor: 'copyright', describesUse: false },
  closedModelUnknown: { level: 'work', anchor: 'copyright', describesUse: false },
  sourceOwn: { level: 'fine', anchor: 'copyright', describesUse: false },
  sourceCredited: { level: 'fine', anchor: 'copyright', describesUse: false },
  sourceUnchecked: { level: 'work', anchor: 'copyright', describesUse: false },
  sourceResembles: { level: 'yourCall', anchor: 'copyright', describesUse: true },
  decisionsExplained: { level: 'fine', anchor: 'responsibility', describesUse: false },
  decisionsUnexplained: { level: 'work', anchor: 'responsibility', describesUse: false },
};

export type NextStep = QuestionId | 'end';

export interface OptionNode {
  readonly id: string;
  readonly finding: FindingId | null;
  /** Offered only where this is true; always offered when left out. */
  readonly available?: DependsOnPolicy<boolean>;
  /** In a multiple question: an answer that cannot be combined with the others. */
  readonly exclusive?: boolean;
  /** In a multiple question: the group it is shown in. */
  readonly group?: OptionGroupId;
  /** Offered only to a contributor who said that an LLM helped, since it speaks of LLM output. */
  readonly needsLlm?: boolean;
}

export const optionGroupIds = ['help', 'output', 'agents'] as const;

export type OptionGroupId = (typeof optionGroupIds)[number];

export interface SingleQuestion {
  readonly kind: 'single';
  readonly options: readonly (OptionNode & { readonly next: DependsOnPolicy<NextStep> })[];
}

export interface MultipleQuestion {
  readonly kind: 'multiple';
  readonly options: readonly OptionNode[];
  readonly next: DependsOnPolicy<NextStep>;
}

export type QuestionNode = SingleQuestion | MultipleQuestion;

const agentsAllowed: DependsOnPolicy<boolean> = {
  policyOption: 'autonomousAgents',
  values: { 'not-allowed': false, 'allowed-with-accountable-human': true },
};

export const questions = {
  start: {
    kind: 'single',
    options: [
      { id: 'no', next: 'source', finding: 'noLlm' },
      { id: 'yes', next: 'uses', finding: null },
    ],
  },
  uses: {
    kind: 'multiple',
    options: [
      { id: 'wordAutocomplete', finding: 'wordAutocomplete', group: 'help' },
      { id: 'lineCompletion', finding: 'lineCompletion', group: 'help' },
      { id: 'grammar', finding: 'grammar', group: 'help' },
      { id: 'translation', finding: 'translation', group: 'help' },
      { id: 'accessibility', finding: 'accessibility', group: 'help' },
      { id: 'explanation', finding: 'explanation', group: 'help' },
      { id: 'rewrittenDraft', finding: 'rewrittenDraft', group: 'output' },
      { id: 'generatedCode', finding: 'generatedCode', group: 'output' },
      { id: 'pastedModelCode', finding: 'pastedModelCode', group: 'output' },
      { id: 'postedRewritten', finding: 'postedRewritten', group: 'output' },
      { id: 'postedVerbatim', finding: 'postedVerbatim', group: 'output' },
      { id: 'vouchedWork', finding: 'vouchedWork', group: 'output' },
      {
        id: 'agentAccountable',
        finding: 'agentAccountable',
        group: 'agents',
        available: agentsAllowed,
      },
      { id: 'agentOnItsOwn', finding: 'agentOnItsOwn', group: 'agents' },
    ],
    next: {
      policyOption: 'closedCommercialModels',
      values: { 'no-clause': 'source', 'not-accepted': 'closedModel' },
    },
  },
  closedModel: {
    kind: 'single',
    options: [
      { id: 'no', next: 'source', finding: 'closedModelNone' },
      { id: 'yes', next: 'source', finding: 'closedModelOutput' },
      { id: 'unknown', next: 'source', finding: 'closedModelUnknown' },
    ],
  },
  source: {
    kind: 'multiple',
    options: [
      { id: 'own', finding: 'sourceOwn', exclusive: true },
      { id: 'credited', finding: 'sourceCredited' },
      { id: 'unchecked', finding: 'sourceUnchecked' },
      { id: 'resembles', finding: 'sourceResembles', needsLlm: true },
    ],
    next: 'decisions',
  },
  decisions: {
    kind: 'single',
    options: [
      { id: 'yes', next: 'end', finding: 'decisionsExplained' },
      { id: 'notAll', next: 'end', finding: 'decisionsUnexplained' },
    ],
  },
} as const satisfies Record<QuestionId, QuestionNode>;

/** The ids of one question's answers, e.g. OptionId<'decisions'> is 'yes' | 'notAll'. */
export type OptionId<Question extends QuestionId> =
  (typeof questions)[Question]['options'][number]['id'];

/** One answered question: the question and the answers chosen, in the order they are listed. */
export type Answer = {
  readonly [Question in QuestionId]: {
    readonly question: Question;
    readonly options: readonly OptionId<Question>[];
  };
}[QuestionId];
