import { describe, expect, it } from 'vitest';
import forkConfig from '../../../tests/fixtures/fork.config';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import type { PolicyOptions } from '../../data/policyOptions';
import type { Answer } from '../../data/selfCheck/flow';
import { allPaths } from '../../../tests/unit/selfCheckPaths';
import { addressFor, arrivalFor, maxAddressLength, parseAddress } from './url';

const policy: PolicyOptions = harbourConfig.policy.options;

const noLlm: readonly Answer[] = [
  { question: 'start', options: ['no'] },
  { question: 'source', options: ['own'] },
  { question: 'decisions', options: ['yes'] },
];

describe('addressFor', () => {
  it('writes one parameter per answered question, in order', () => {
    expect(addressFor(noLlm)).toBe('?start=no&source=own&decisions=yes');
  });

  it('joins the answers of a "choose all that apply" question with dots', () => {
    expect(
      addressFor([
        { question: 'start', options: ['yes'] },
        { question: 'uses', options: ['grammar', 'translation'] },
      ]),
    ).toBe('?start=yes&uses=grammar.translation');
  });

  it('writes nothing when there are no answers', () => {
    expect(addressFor([])).toBe('');
  });
});

describe('parseAddress', () => {
  it.each([
    ['a typical project', harbourConfig.policy.options],
    ['the fork, with every option flipped', forkConfig.policy.options],
  ])('round-trips every prefix of every path, for %s', (_name, options) => {
    for (const { answers } of allPaths(options)) {
      for (let length = 1; length <= answers.length; length += 1) {
        const prefix = answers.slice(0, length);
        expect(parseAddress(addressFor(prefix), options)).toEqual({
          kind: 'answers',
          answers: prefix,
        });
      }
    }
  });

  it('finds no answers in an empty address, or one with other parameters only', () => {
    expect(parseAddress('', policy)).toEqual({ kind: 'none' });
    expect(parseAddress('?utm_source=chat&q=x', policy)).toEqual({ kind: 'none' });
  });

  it('leaves other parameters alone', () => {
    expect(parseAddress('?ref=review&start=no&source=own', policy)).toEqual({
      kind: 'answers',
      answers: noLlm.slice(0, 2),
    });
  });

  it('puts the answers of a question in the order the question lists them', () => {
    expect(parseAddress('?start=yes&uses=translation.grammar', policy)).toEqual({
      kind: 'answers',
      answers: [
        { question: 'start', options: ['yes'] },
        { question: 'uses', options: ['grammar', 'translation'] },
      ],
    });
  });

  it.each([
    ['a repeated parameter', '?start=no&start=yes', 'repeated'],
    ['markup', '?start=%3Cscript%3Ealert(1)%3C/script%3E', 'malformed'],
    ['an empty answer', '?start=', 'malformed'],
    ['stray dots', '?start=yes&uses=grammar..translation', 'malformed'],
    ['an unknown answer', '?start=perhaps', 'unknown-option'],
    ['an answer the options do not offer', '?start=yes&uses=agentAccountable', 'unknown-option'],
    ['two answers to a one-answer question', '?start=yes.no', 'too-many-options'],
    ['the same answer twice', '?start=yes&uses=grammar.grammar', 'repeated-option'],
    [
      'an answer that stands alone, with another',
      '?start=no&source=own.credited',
      'exclusive-option',
    ],
    ['a question the answers never reach', '?start=no&uses=grammar', 'left-over'],
    [
      'a question after the end',
      '?start=yes&uses=vouchedWork&source=own&decisions=yes&closedModel=no',
      'left-over',
    ],
    ['answers without the first question', '?source=own&decisions=yes', 'left-over'],
  ])('starts afresh on %s', (_name, search, problem) => {
    expect(parseAddress(search, policy)).toEqual({ kind: 'invalid', problem });
  });

  it('checks the length before anything else', () => {
    const long = `?start=yes&uses=${'grammar.'.repeat(80)}grammar`;
    expect(long.length).toBeGreaterThan(maxAddressLength);
    expect(parseAddress(long, policy)).toEqual({ kind: 'invalid', problem: 'too-long' });
  });

  it('accepts an answer only where the options offer it', () => {
    const search = '?start=yes&uses=agentAccountable&closedModel=no&source=own&decisions=yes';
    expect(parseAddress(search, policy).kind).toBe('invalid');
    expect(parseAddress(search, forkConfig.policy.options).kind).toBe('answers');
  });
});

describe('arrivalFor', () => {
  it('leaves a plain visit at the top of the page', () => {
    expect(arrivalFor(parseAddress('', policy))).toBe('none');
    expect(arrivalFor(parseAddress('?utm_source=chat', policy))).toBe('none');
  });

  it('brings the step into view for a link to a question or a result', () => {
    for (const { answers } of allPaths(policy)) {
      expect(arrivalFor(parseAddress(addressFor(answers), policy))).toBe('step');
      expect(arrivalFor(parseAddress(addressFor(answers.slice(0, 1)), policy))).toBe('step');
    }
  });

  it.each(['?uses=bogus', '?start=bogus', '?start=yes&uses=bogus', '?start=no&start=yes'])(
    'brings the notice into view for %s, which cannot be read',
    (search) => {
      expect(arrivalFor(parseAddress(search, policy))).toBe('notice');
    },
  );
});
