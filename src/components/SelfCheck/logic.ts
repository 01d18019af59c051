/**
 * The self-check's logic, as pure functions of (answers, policy options):
 * which question comes next, how many questions may still follow, and what
 * the result is. No React, no browser: the component and the tests share it.
 */
import type { PolicyOptions } from '../../data/policyOptions';
import {
  findings,
  firstQuestion,
  questions,
  type Answer,
  type DependsOnPolicy,
  type FindingId,
  type FindingLevel,
  type NextStep,
  type OptionNode,
  type QuestionId,
} from '../../data/selfCheck/flow';

export type OutcomeId = 'ready' | 'disclose' | 'work' | 'stop';

/**
 * Whether the result offers the disclosure builder, and how strongly:
 * required by the policy, recommended (the policy encourages it), optional
 * (an LLM helped in a way that needs no disclosure), or not at all.
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
    }
  | { readonly kind: 'result'; readonly result: Result };

/** Why a list of answers cannot be followed through the flow. */
export type WalkProblem = 'unknown-option' | 'out-of-order' | 'after-end';

export type Walk =
  | { readonly ok: true; readonly step: Step }
  | { readonly ok: false; readonly problem: WalkProblem };

/** Reads a value that may depend on one of the project's policy options. */
export function resolve<T extends string | null>(
  value: DependsOnPolicy<T>,
  policy: PolicyOptions,
): T {
  if (value !== null && typeof value === 'object') {
    const byValue = value.values as Readonly<Record<string, T>>;
    return byValue[policy[value.policyOption]];
  }
  return value;
}

export function optionsOf(question: QuestionId): readonly OptionNode[] {
  return questions[question].options;
}

export function findOption(question: QuestionId, optionId: string): OptionNode | undefined {
  return optionsOf(question).find((option) => option.id === optionId);
}

/** The longest run of questions from this one to the end, counting this one. */
export function longestPathFrom(question: QuestionId, policy: PolicyOptions): number {
  const longestAfter = Math.max(
    0,
    ...optionsOf(question).map((option) => {
      const next = resolve(option.next, policy);
      return next === 'end' ? 0 : longestPathFrom(next, policy);
    }),
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
    for (const option of optionsOf(question)) {
      const next = resolve(option.next, policy);
      if (next !== 'end') {
        visit(next);
      }
    }
  };
  visit(firstQuestion);
  return (Object.keys(questions) as QuestionId[]).filter((question) => seen.has(question));
}

const levelRank: Readonly<Record<FindingLevel, number>> = {
  fine: 0,
  disclose: 1,
  work: 2,
  stop: 3,
};

const outcomeForLevel: Readonly<Record<FindingLevel, OutcomeId>> = {
  fine: 'ready',
  disclose: 'disclose',
  work: 'work',
  stop: 'stop',
};

/** The result of a finished check: the heaviest finding decides, the options adjust it. */
export function resultFor(found: readonly FindingId[], policy: PolicyOptions): Result {
  const unique = [...new Set(found)];
  const heaviest = unique.reduce<FindingLevel>(
    (level, id) => (levelRank[findings[id].level] > levelRank[level] ? findings[id].level : level),
    'fine',
  );
  const needsDisclosure = unique.some((id) => findings[id].level === 'disclose');
  const describesUse = unique.some((id) => findings[id].describesUse);
  const disclosureRequired = policy.disclosure === 'required';

  let disclosure: DisclosureNeed = 'none';
  if (heaviest !== 'stop') {
    if (needsDisclosure) {
      disclosure = disclosureRequired ? 'required' : 'recommended';
    } else if (describesUse && heaviest === 'fine') {
      // Offered only on a clean result: where work is needed, the steps come first.
      disclosure = 'optional';
    }
  }

  // Where disclosure is only encouraged, work that would need one is ready as it is.
  const outcome =
    heaviest === 'disclose' && !disclosureRequired ? 'ready' : outcomeForLevel[heaviest];
  return { outcome, findings: unique, disclosure };
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
    const option = findOption(answer.question, answer.option);
    if (!option) {
      return { ok: false, problem: 'unknown-option' };
    }
    const finding = resolve(option.finding, policy);
    if (finding) {
      found.push(finding);
    }
    current = resolve(option.next, policy);
  }
  if (current === 'end') {
    return { ok: true, step: { kind: 'result', result: resultFor(found, policy) } };
  }
  return { ok: true, step: questionStep(current, answers.length, policy) };
}

function questionStep(question: QuestionId, answered: number, policy: PolicyOptions): Step {
  return {
    kind: 'question',
    question,
    number: answered + 1,
    maxQuestions: answered + longestPathFrom(question, policy),
  };
}

/** Where the answers lead; answers that cannot be followed lead back to the first question. */
export function stepFor(answers: readonly Answer[], policy: PolicyOptions): Step {
  const walked = walk(answers, policy);
  return walked.ok ? walked.step : questionStep(firstQuestion, 0, policy);
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
