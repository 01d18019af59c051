import { describe, expect, it } from 'vitest';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import type { PolicyOptions } from '../../data/policyOptions';
import type { Answer } from '../../data/selfCheck/flow';
import { addressFor, maxAnswersLength, parseAddress } from './url';

const policy: PolicyOptions = harbourConfig.policy.options;

const answers: readonly Answer[] = [
  { question: 'start', option: 'output' },
  { question: 'output', option: 'rewritten' },
  { question: 'posted', option: 'own' },
  { question: 'source', option: 'known' },
  { question: 'decisions', option: 'yes' },
];

describe('addressFor', () => {
  it('writes the answers in order as question.option pairs', () => {
    expect(addressFor(answers)).toBe(
      '?a=start.output,output.rewritten,posted.own,source.known,decisions.yes',
    );
  });

  it('writes nothing when there are no answers', () => {
    expect(addressFor([])).toBe('');
  });
});

describe('parseAddress', () => {
  it('round-trips every prefix of a path, from the first question to the result', () => {
    for (let count = 1; count <= answers.length; count += 1) {
      const partial = answers.slice(0, count);
      expect(parseAddress(addressFor(partial), policy)).toEqual({
        kind: 'answers',
        answers: partial,
      });
    }
  });

  it('round-trips the shortest paths too', () => {
    const agent: Answer[] = [{ question: 'start', option: 'agent' }];
    expect(parseAddress(addressFor(agent), policy)).toEqual({ kind: 'answers', answers: agent });
  });

  it('reads an address with the comma percent-encoded, and ignores other parameters', () => {
    expect(parseAddress('?utm_source=chat&a=start.none%2Csource.known', policy)).toEqual({
      kind: 'answers',
      answers: [
        { question: 'start', option: 'none' },
        { question: 'source', option: 'known' },
      ],
    });
  });

  it('finds no answers in an empty address or an empty parameter', () => {
    expect(parseAddress('', policy)).toEqual({ kind: 'none' });
    expect(parseAddress('?', policy)).toEqual({ kind: 'none' });
    expect(parseAddress('?a=', policy)).toEqual({ kind: 'none' });
    expect(parseAddress('?other=1', policy)).toEqual({ kind: 'none' });
  });

  it.each([
    ['an unknown question', '?a=start.none,weather.sunny', 'unknown-question'],
    ['a question name from the object prototype', '?a=constructor.name', 'unknown-question'],
    ['an unknown option', '?a=start.perhaps', 'unknown-option'],
    ['an option of another question', '?a=start.known', 'unknown-option'],
    ['answers that skip a question', '?a=start.none,decisions.yes', 'out-of-order'],
    ['answers in the wrong order', '?a=source.known,start.none', 'out-of-order'],
    ['a question answered twice', '?a=start.none,start.none', 'out-of-order'],
    ['answers after the end', '?a=start.output,output.vouched,posted.own', 'after-end'],
    ['an answer the options do not allow', '?a=start.agent,accountable.yes', 'after-end'],
    ['a missing option', '?a=start.', 'malformed'],
    ['a missing question', '?a=.none', 'malformed'],
    ['an empty item', '?a=start.none,,source.known', 'malformed'],
    ['a trailing comma', '?a=start.none,', 'malformed'],
    ['three parts', '?a=start.none.extra', 'malformed'],
    ['markup', '?a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'malformed'],
    ['spaces', '?a=start.none%20', 'malformed'],
    ['letters outside ASCII', '?a=start.n%C3%B6ne', 'malformed'],
    ['garbage', '?a=%E2%80%AE%F0%9F%98%80%00', 'malformed'],
    ['broken percent-encoding', '?a=start.none%E0%A4%A', 'malformed'],
    ['a lone percent sign', '?a=%', 'malformed'],
    ['a repeated parameter', '?a=start.none&a=start.tool', 'repeated'],
    ['an overly long value', `?a=${'start.none,'.repeat(40)}`, 'too-long'],
  ])('starts afresh for %s', (_kind, search, problem) => {
    expect(parseAddress(search, policy)).toEqual({ kind: 'invalid', problem });
  });

  it('checks the length before anything else', () => {
    const long = `?a=${'x'.repeat(maxAnswersLength + 1)}`;
    expect(parseAddress(long, policy)).toEqual({ kind: 'invalid', problem: 'too-long' });
    expect(parseAddress(`?a=${'x'.repeat(maxAnswersLength)}`, policy)).toEqual({
      kind: 'invalid',
      problem: 'malformed',
    });
  });

  it('accepts the same address when the options allow the path', () => {
    const allowed: PolicyOptions = {
      ...policy,
      autonomousAgents: 'allowed-with-accountable-human',
    };
    expect(parseAddress('?a=start.agent,accountable.yes', allowed)).toMatchObject({
      kind: 'answers',
    });
  });
});
