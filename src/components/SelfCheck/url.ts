/**
 * The answers live in the page address, so that a reviewer can link a
 * contributor to a result: `?start=yes&uses=lineCompletion.translation&source=own&decisions=yes`.
 * Each answered question is one parameter named after it; the answers of a
 * "choose all that apply" question are joined with dots.
 *
 * An address is checked completely before it is used. Anything unexpected
 * (an unknown answer, answers that do not follow the flow, a repeated
 * parameter, an overly long address, stray characters) makes the check start
 * afresh with a notice, never an error. Parameters that are not questions of
 * the check are left alone.
 */
import type { PolicyOptions } from '../../data/policyOptions';
import {
  firstQuestion,
  questionIds,
  type Answer,
  type QuestionId,
} from '../../data/selfCheck/flow';
import { inListedOrder, nextAfter, walk, type WalkProblem } from './logic';

/** Far above the longest real address, far below anything harmful. */
export const maxAddressLength = 600;

const valuePattern = /^[a-zA-Z]+(\.[a-zA-Z]+)*$/;

export type AddressProblem = 'repeated' | 'too-long' | 'malformed' | 'left-over' | WalkProblem;

export type ParsedAddress =
  | { readonly kind: 'none' }
  | { readonly kind: 'answers'; readonly answers: readonly Answer[] }
  | { readonly kind: 'invalid'; readonly problem: AddressProblem };

/** Reads the answers from a query string such as `?start=no&source=own`. */
export function parseAddress(search: string, policy: PolicyOptions): ParsedAddress {
  if (search.length > maxAddressLength) {
    return { kind: 'invalid', problem: 'too-long' };
  }
  const params = new URLSearchParams(search);
  const given = questionIds.filter((question) => params.has(question));
  if (given.length === 0) {
    return { kind: 'none' };
  }
  if (given.some((question) => params.getAll(question).length > 1)) {
    return { kind: 'invalid', problem: 'repeated' };
  }
  const answers: Answer[] = [];
  let current: QuestionId | 'end' = firstQuestion;
  while (current !== 'end' && params.has(current)) {
    const value = params.get(current) ?? '';
    if (!valuePattern.test(value)) {
      return { kind: 'invalid', problem: 'malformed' };
    }
    const answer = { question: current, options: value.split('.') } as Answer;
    const walked = walk([...answers, answer], policy);
    if (!walked.ok) {
      return { kind: 'invalid', problem: walked.problem };
    }
    answers.push(inListedOrder(answer, policy));
    current = nextAfter(answer, policy);
  }
  if (answers.length !== given.length) {
    // A question was answered that the flow never reached with these answers.
    return { kind: 'invalid', problem: 'left-over' };
  }
  return { kind: 'answers', answers };
}

/**
 * What an opened address brings into view once the check appears: the step
 * its answers lead to, the notice that it could not be read, or nothing, so
 * that a plain visit opens at the top of the page as usual.
 */
export type Arrival = 'none' | 'step' | 'notice';

export function arrivalFor(parsed: ParsedAddress): Arrival {
  switch (parsed.kind) {
    case 'none':
      return 'none';
    case 'answers':
      return 'step';
    case 'invalid':
      return 'notice';
  }
}

/** The query string for these answers: '' when there are none. */
export function addressFor(answers: readonly Answer[]): string {
  if (answers.length === 0) {
    return '';
  }
  const params = new URLSearchParams();
  for (const answer of answers) {
    params.set(answer.question, answer.options.join('.'));
  }
  return `?${params.toString()}`;
}
