/**
 * The answers live in the page address, so that a reviewer can link a
 * contributor to a result: `?a=start.tool,tool.grammar,posted.own`. Each
 * item is `question.option`, in the order they were answered.
 *
 * An address is checked completely before it is used. Anything unexpected
 * (an unknown question or option, answers that do not follow the flow, a
 * repeated parameter, an overly long value, stray characters) makes the
 * check start afresh with a notice, never an error.
 */
import type { PolicyOptions } from '../../data/policyOptions';
import { questionIds, type Answer, type QuestionId } from '../../data/selfCheck/flow';
import { findOption, walk, type WalkProblem } from './logic';

export const answersParam = 'a';

/** Far above the longest real value (six answers), far below anything harmful. */
export const maxAnswersLength = 300;

const itemPattern = /^([a-zA-Z]+)\.([a-zA-Z]+)$/;

export type AddressProblem =
  'repeated' | 'too-long' | 'malformed' | 'unknown-question' | WalkProblem;

export type ParsedAddress =
  | { readonly kind: 'none' }
  | { readonly kind: 'answers'; readonly answers: readonly Answer[] }
  | { readonly kind: 'invalid'; readonly problem: AddressProblem };

function isQuestionId(value: string): value is QuestionId {
  return (questionIds as readonly string[]).includes(value);
}

/** Reads the answers from a query string such as `?a=start.none,source.known`. */
export function parseAddress(search: string, policy: PolicyOptions): ParsedAddress {
  const values = new URLSearchParams(search).getAll(answersParam);
  if (values.length === 0 || (values.length === 1 && values[0] === '')) {
    return { kind: 'none' };
  }
  if (values.length > 1) {
    return { kind: 'invalid', problem: 'repeated' };
  }
  const [value] = values;
  if (value.length > maxAnswersLength) {
    return { kind: 'invalid', problem: 'too-long' };
  }
  const answers: Answer[] = [];
  for (const item of value.split(',')) {
    const match = itemPattern.exec(item);
    if (!match) {
      return { kind: 'invalid', problem: 'malformed' };
    }
    const [, question, option] = match;
    if (!isQuestionId(question)) {
      return { kind: 'invalid', problem: 'unknown-question' };
    }
    if (!findOption(question, option)) {
      return { kind: 'invalid', problem: 'unknown-option' };
    }
    // findOption has just confirmed that the option belongs to the question.
    answers.push({ question, option } as Answer);
  }
  const walked = walk(answers, policy);
  if (!walked.ok) {
    return { kind: 'invalid', problem: walked.problem };
  }
  return { kind: 'answers', answers };
}

/** The query string for these answers: '' when there are none. */
export function addressFor(answers: readonly Answer[]): string {
  if (answers.length === 0) {
    return '';
  }
  const value = answers.map((answer) => `${answer.question}.${answer.option}`).join(',');
  return `?${answersParam}=${value}`;
}
