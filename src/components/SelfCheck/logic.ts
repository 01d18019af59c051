/**
 * The self-check's logic, as pure functions of (answers, policy options):
 * which question comes next, how many questions may still follow, and what
 * the result is. No React, no browser: the component and the tests share it.
 */
import { disclosureUses, verdictFor, type Verdict } from '../../data/disclosureUses';
import { resolveChoice } from '../../data/policyChoice';
import type { PolicyOptions } from '../../data/policyOptions';
import type { PolicyAnchor } from '../../data/policySections';
import {
  findingLevels,
  firstQuestion,
  otherFindings,
  questions,
  type Answer,
  type FindingId,
  type FindingLevel,
  type NextStep,
  type OptionNode,
  type QuestionId,
  type QuestionNode,
} from '../../data/selfCheck/flow';

export type OutcomeId = 'ready' | 'disclose' | 'yourCall' | 'work' | 'stop';

/**
 * Whether the result offers the disclosure builder, and how strongly:
 * required by the policy, recommended (the policy encourages it), optional
 * (a note is welcome but not needed), or not at all.
 */
export type DisclosureNeed = 'required' | 'recommended' | 'optional' | 'none';

export interface Result {
  readonly outcome: OutcomeId;
  /** What the answers mean, in the order they were given, without repeats. */
  readonly findings: readonly FindingId[];
  readonly disclosure: DisclosureNeed;
}

export type Step =
  | {
      readonly kind: 'question';
      readonly question: QuestionId;
      /** 1 for the first question. */
      readonly number: number;
      /** The most questions this path can have, counting those already answered. */
      readonly maxQuestions: number;
      /** True when the contributor said that an LLM helped: only then are `needsLlm` answers offered. */
      readonly usedLlm: boolean;
    }
  | { readonly kind: 'result'; readonly result: Result };

/** Why a list of answers cannot be followed through the flow. */
export type WalkProblem =
  | 'unknown-option'
  | 'out-of-order'
  | 'after-end'
  | 'no-option'
  | 'too-many-options'
  | 'repeated-option'
  | 'exclusive-option';

export type Walk =
  | { readonly ok: true; readonly step: Step }
  | { readonly ok: false; readonly problem: WalkProblem };

const levelForVerdict: Readonly<Record<Verdict, FindingLevel>> = {
  none: 'fine',
  optional: 'fine',
  disclose: 'disclose',
  yourCall: 'yourCall',
  rewrite: 'work',
  notAcceptable: 'stop',
};

function isUseFinding(id: FindingId): id is keyof typeof disclosureUses {
  return id in disclosureUses;
}

/** The table's verdict for a finding about a kind of LLM use, or null for other findings. */
export function findingVerdict(id: FindingId, policy: PolicyOptions): Verdict | null {
  return isUseFinding(id) ? verdictFor(id, policy) : null;
}

/** How a finding weighs: from the table "When to disclose" for a use, from the flow otherwise. */
export function findingLevel(id: FindingId, policy: PolicyOptions): FindingLevel {
  if (isUseFinding(id)) {
    // A use that the options rule out is not offered, so its verdict is never null here.
    return levelForVerdict[verdictFor(id, policy) ?? 'notAcceptable'];
  }
  return otherFindings[id].level;
}

/** The policy section a finding rests on. */
export function findingAnchor(id: FindingId): PolicyAnchor {
  return isUseFinding(id) ? disclosureUses[id].anchor : otherFindings[id].anchor;
}

/** True when a disclosure should mention the finding. */
export function describesUse(id: FindingId, policy: PolicyOptions): boolean {
  if (isUseFinding(id)) {
    const verdict = verdictFor(id, policy);
    return verdict === 'optional' || verdict === 'disclose' || verdict === 'yourCall';
  }
  return otherFindings[id].describesUse;
}

/**
 * The answers a question offers under these options, in the listed order. `usedLlm` false leaves
 * out the answers that speak of LLM output; the printed checklist, for anyone, lists them all.
 */
export function optionsOf(
  question: QuestionId,
  policy: PolicyOptions,
  usedLlm = true,
): readonly OptionNode[] {
  const { options } = questions[question] as QuestionNode;
  return options.filter(
    (option) =>
      resolveChoice(option.available ?? true, policy) && (usedLlm || option.needsLlm !== true),
  );
}

export function findOption(
  question: QuestionId,
  optionId: string,
  policy: PolicyOptions,
  usedLlm = true,
): OptionNode | undefined {
  return optionsOf(question, policy, usedLlm).find((option) => option.id === optionId);
}

/** True when the answers say that an LLM helped. */
export function saysLlmHelped(answers: readonly Answer[]): boolean {
  return answers.some(
    (answer) => answer.question === 'start' && (answer.options as readonly string[])[0] === 'yes',
  );
}

/** True for a question where the contributor chooses all that apply. */
export function isMultiple(question: QuestionId): boolean {
  return (questions[question] as QuestionNode).kind === 'multiple';
}

/** The findings of one answer, in the listed order of its options. */
function answerFindings(answer: Answer, policy: PolicyOptions): FindingId[] {
  return answer.options.flatMap((id) => {
    const finding = findOption(answer.question, id, policy)?.finding;
    return finding ? [finding] : [];
  });
}

/**
 * Where an answer leads. An answer that needs work or is not acceptable does
 * not end the check early: the later questions still come, so the result
 * lists every finding at once.
 */
export function nextAfter(answer: Answer, policy: PolicyOptions): NextStep {
  const node = questions[answer.question] as QuestionNode;
  if (node.kind === 'multiple') {
    return resolveChoice(node.next, policy);
  }
  const chosen = node.options.find((option) => option.id === answer.options[0]);
  return chosen ? resolveChoice(chosen.next, policy) : 'end';
}

/** Every step an answer to this question can lead to, under these options. */
function possibleNextSteps(question: QuestionId, policy: PolicyOptions): NextStep[] {
  const node = questions[question] as QuestionNode;
  const steps: NextStep[] =
    node.kind === 'multiple'
      ? [resolveChoice(node.next, policy)]
      : optionsOf(question, policy).map((option) =>
          resolveChoice((option as (typeof node.options)[number]).next, policy),
        );
  return [...new Set(steps)];
}

/** The longest run of questions from this one to the end, counting this one. */
export function longestPathFrom(question: QuestionId, policy: PolicyOptions): number {
  const longestAfter = Math.max(
    0,
    ...possibleNextSteps(question, policy).map((next) =>
      next === 'end' ? 0 : longestPathFrom(next, policy),
    ),
  );
  return 1 + longestAfter;
}

/** The questions some path can reach under these options, in the order they are listed. */
export function reachableQuestions(policy: PolicyOptions): readonly QuestionId[] {
  const seen = new Set<QuestionId>();
  const visit = (question: QuestionId): void => {
    if (seen.has(question)) {
      return;
    }
    seen.add(question);
    for (const next of possibleNextSteps(question, policy)) {
      if (next !== 'end') {
        visit(next);
      }
    }
  };
  visit(firstQuestion);
  return (Object.keys(questions) as QuestionId[]).filter((question) => seen.has(question));
}

/** A level's weight: its place in `findingLevels`, which lists them from lightest to heaviest. */
const levelRank = (level: FindingLevel): number => findingLevels.indexOf(level);

/** The result of a finished check: the heaviest finding decides, the options adjust it. */
export function resultFor(found: readonly FindingId[], policy: PolicyOptions): Result {
  const unique = [...new Set(found)];
  const heaviest = unique.reduce<FindingLevel>((level, id) => {
    const next = findingLevel(id, policy);
    return levelRank(next) > levelRank(level) ? next : level;
  }, 'fine');
  const needsDisclosure = unique.some((id) => {
    const level = findingLevel(id, policy);
    return (level === 'disclose' || level === 'yourCall') && describesUse(id, policy);
  });
  const optionalNote = unique.some((id) => findingVerdict(id, policy) === 'optional');
  const disclosureRequired = policy.disclosure === 'required';

  let disclosure: DisclosureNeed = 'none';
  if (heaviest !== 'stop') {
    if (needsDisclosure) {
      disclosure = disclosureRequired ? 'required' : 'recommended';
    } else if (optionalNote && heaviest === 'fine') {
      // Offered only on a clean result: where work is needed, the steps come first.
      disclosure = 'optional';
    }
  }

  const outcomes: Readonly<Record<FindingLevel, OutcomeId>> = {
    fine: 'ready',
    // Where disclosure is only encouraged, work that would need one is ready as it is.
    disclose: disclosureRequired ? 'disclose' : 'ready',
    yourCall: 'yourCall',
    work: 'work',
    stop: 'stop',
  };
  return { outcome: outcomes[heaviest], findings: unique, disclosure };
}

/** Why one answer cannot be given to its question, or null when it can. */
function answerProblem(
  answer: Answer,
  policy: PolicyOptions,
  usedLlm: boolean,
): WalkProblem | null {
  const { options } = answer;
  if (options.length === 0) {
    return 'no-option';
  }
  if (!isMultiple(answer.question) && options.length > 1) {
    return 'too-many-options';
  }
  if (new Set(options).size !== options.length) {
    return 'repeated-option';
  }
  const nodes = options.map((id) => findOption(answer.question, id, policy, usedLlm));
  if (nodes.some((node) => node === undefined)) {
    return 'unknown-option';
  }
  if (options.length > 1 && nodes.some((node) => node?.exclusive)) {
    return 'exclusive-option';
  }
  return null;
}

/** Follows the answers through the flow and says where they lead, or why they cannot be followed. */
export function walk(answers: readonly Answer[], policy: PolicyOptions): Walk {
  let current: NextStep = firstQuestion;
  const found: FindingId[] = [];
  for (const answer of answers) {
    if (current === 'end') {
      return { ok: false, problem: 'after-end' };
    }
    if (answer.question !== current) {
      return { ok: false, problem: 'out-of-order' };
    }
    const problem = answerProblem(answer, policy, saysLlmHelped(answers));
    if (problem !== null) {
      return { ok: false, problem };
    }
    found.push(...answerFindings(answer, policy));
    current = nextAfter(answer, policy);
  }
  if (current === 'end') {
    return { ok: true, step: { kind: 'result', result: resultFor(found, policy) } };
  }
  return { ok: true, step: questionStep(current, answers, policy) };
}

function questionStep(
  question: QuestionId,
  answers: readonly Answer[],
  policy: PolicyOptions,
): Step {
  return {
    kind: 'question',
    question,
    number: answers.length + 1,
    maxQuestions: answers.length + longestPathFrom(question, policy),
    usedLlm: saysLlmHelped(answers),
  };
}

/** Where the answers lead; answers that cannot be followed lead back to the first question. */
export function stepFor(answers: readonly Answer[], policy: PolicyOptions): Step {
  const walked = walk(answers, policy);
  return walked.ok ? walked.step : questionStep(firstQuestion, [], policy);
}

/** Puts an answer's options in the order the question lists them. */
export function inListedOrder(answer: Answer, policy: PolicyOptions): Answer {
  const order = optionsOf(answer.question, policy).map((option) => option.id);
  const sorted = [...answer.options].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { ...answer, options: sorted } as Answer;
}

/** The answers after one is ticked or cleared: an exclusive answer stands alone. */
export function toggleAnswer(
  chosen: readonly string[],
  option: OptionNode,
  checked: boolean,
  options: readonly OptionNode[],
): string[] {
  if (!checked) {
    return chosen.filter((id) => id !== option.id);
  }
  if (option.exclusive) {
    return [option.id];
  }
  const exclusive = new Set(options.filter((node) => node.exclusive).map((node) => node.id));
  return [...chosen.filter((id) => !exclusive.has(id)), option.id];
}

/** What the person did. Back and Start over work from any step. */
export type SelfCheckAction =
  | { readonly type: 'answered'; readonly answer: Answer }
  | { readonly type: 'wentBack' }
  | { readonly type: 'startedOver' };

export function reduceAnswers(
  answers: readonly Answer[],
  action: SelfCheckAction,
): readonly Answer[] {
  switch (action.type) {
    case 'answered':
      return [...answers, action.answer];
    case 'wentBack':
      return answers.slice(0, -1);
    case 'startedOver':
      return [];
  }
}
