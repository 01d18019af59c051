/**
 * Every path through the self-check, for the tests: each complete list of answers under a set of
 * options, with its result, and a summary of what the check does under those options.
 */
import { buildTrailer } from '../../src/components/SelfCheck/disclosure';
import {
  findingLevel,
  isMultiple,
  optionsOf,
  walk,
  type Result,
} from '../../src/components/SelfCheck/logic';
import type { PolicyOptions } from '../../src/data/policyOptions';
import type { Answer, QuestionId } from '../../src/data/selfCheck/flow';

/** Every complete path through the flow under these options, with its result. */
export function allPaths(
  policy: PolicyOptions,
): readonly { readonly answers: readonly Answer[]; readonly result: Result }[] {
  const paths: { answers: readonly Answer[]; result: Result }[] = [];
  const extend = (answers: readonly Answer[]): void => {
    const walked = walk(answers, policy);
    if (!walked.ok) {
      throw new Error(`The flow cannot follow its own answers: ${walked.problem}`);
    }
    const { step } = walked;
    if (step.kind === 'result') {
      paths.push({ answers, result: step.result });
      return;
    }
    for (const options of answerChoices(step.question, policy, step.usedLlm)) {
      extend([...answers, { question: step.question, options } as Answer]);
    }
  };
  extend([]);
  return paths;
}

/**
 * Every answer a question accepts: each single option, and for a multiple
 * question each option alone and, for paths, each option together with the
 * lightest other answer, which is enough to reach every result.
 */
export function answerChoices(
  question: QuestionId,
  policy: PolicyOptions,
  usedLlm = true,
): string[][] {
  const options = optionsOf(question, policy, usedLlm);
  if (!isMultiple(question)) {
    return options.map((option) => [option.id]);
  }
  const shareable = options.filter((option) => !option.exclusive);
  const pairs = shareable.flatMap((option, index) =>
    shareable.slice(index + 1).map((other) => [option.id, other.id]),
  );
  return [...options.map((option) => [option.id]), ...pairs];
}

/**
 * A summary of what the check does under these options: every path and its
 * result, and the trailer style the disclosure offers. Two option sets that
 * change the check give different summaries.
 */
export function selfCheckFingerprint(policy: PolicyOptions): string {
  const paths = allPaths(policy).map(
    ({ answers, result }) =>
      `${answers.map((answer) => `${answer.question}=${answer.options.join('+')}`).join(' ')} -> ` +
      `${result.outcome}/${result.disclosure}: ` +
      result.findings.map((id) => `${id}:${findingLevel(id, policy)}`).join(','),
  );
  const trailer = buildTrailer(
    { tool: 'ExampleCode', model: 'example-large-2' },
    policy.commitTrailer,
  );
  return [`commit trailer: ${trailer ?? 'none'}`, ...paths].join('\n');
}
