import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import { policyOptionValues, type PolicyOptions } from '../../data/policyOptions';
import { policyAnchors } from '../../data/policySections';
import {
  findingIds,
  findings,
  firstQuestion,
  maxQuestionsOnAnyPath,
  questionIds,
  questions,
  type Answer,
  type FindingId,
  type QuestionId,
} from '../../data/selfCheck/flow';
import {
  longestPathFrom,
  optionsOf,
  reachableQuestions,
  reduceAnswers,
  resolve,
  resultFor,
  stepFor,
  walk,
  type OutcomeId,
  type Result,
} from './logic';

const defaults: PolicyOptions = harbourConfig.policy.options;

/** The options whose values change the flow; the others only change wording or the trailer. */
const flowOptions = [
  'disclosure',
  'machineTranslation',
  'accessibilityTools',
  'autonomousAgents',
  'verbatimModelText',
] as const;

/** Every combination of values of the options that change the flow. */
function optionCombinations(): PolicyOptions[] {
  return flowOptions.reduce<PolicyOptions[]>(
    (combinations, id) =>
      combinations.flatMap((base) =>
        policyOptionValues[id].map((value) => ({ ...base, [id]: value })),
      ),
    [defaults],
  );
}

interface Path {
  readonly answers: readonly Answer[];
  readonly result: Result;
}

/** Walks the graph from the first question and returns every complete path. */
function allPaths(policy: PolicyOptions): Path[] {
  const paths: Path[] = [];
  const extend = (answers: readonly Answer[]): void => {
    const walked = walk(answers, policy);
    if (!walked.ok) {
      throw new Error(`path ${format(answers)} cannot be followed: ${walked.problem}`);
    }
    const { step } = walked;
    if (step.kind === 'result') {
      paths.push({ answers, result: step.result });
      return;
    }
    for (const option of optionsOf(step.question)) {
      extend([...answers, { question: step.question, option: option.id } as Answer]);
    }
  };
  extend([]);
  return paths;
}

function format(answers: readonly Answer[]): string {
  return answers.map((answer) => `${answer.question}.${answer.option}`).join(',');
}

function answersFrom(text: string): Answer[] {
  return text.split(',').map((item) => {
    const [question, option] = item.split('.');
    return { question, option } as Answer;
  });
}

function resultOf(text: string, policy: PolicyOptions = defaults): Result {
  const walked = walk(answersFrom(text), policy);
  if (!walked.ok || walked.step.kind !== 'result') {
    throw new Error(`${text} does not lead to a result`);
  }
  return walked.step.result;
}

const policyPage = readFileSync(join(__dirname, '../../../docs/policy.mdx'), 'utf8');

describe.each(optionCombinations().map((policy) => [JSON.stringify(policy), policy] as const))(
  'every path with options %s',
  (_name, policy) => {
    const paths = allPaths(policy);

    it('ends in one of the four outcomes', () => {
      expect(paths.length).toBeGreaterThan(0);
      for (const { result } of paths) {
        expect(['ready', 'disclose', 'work', 'stop']).toContain(result.outcome);
      }
    });

    it(`asks at most ${maxQuestionsOnAnyPath} questions on any path`, () => {
      for (const { answers } of paths) {
        expect(answers.length, format(answers)).toBeLessThanOrEqual(maxQuestionsOnAnyPath);
      }
      expect(longestPathFrom(firstQuestion, policy)).toBe(
        Math.max(...paths.map((path) => path.answers.length)),
      );
    });

    it('uses every option of every reachable question', () => {
      const used = new Set(
        paths.flatMap(({ answers }) =>
          answers.map((answer) => `${answer.question}.${answer.option}`),
        ),
      );
      for (const question of reachableQuestions(policy)) {
        for (const option of optionsOf(question)) {
          expect(used, `${question}.${option.id}`).toContain(`${question}.${option.id}`);
        }
      }
    });

    it('ends the check at the first answer that needs work or is not acceptable', () => {
      for (const { answers, result } of paths) {
        const heavy = result.findings.filter((id) => ['work', 'stop'].includes(findings[id].level));
        expect(heavy.length, format(answers)).toBeLessThanOrEqual(1);
        if (heavy.length === 1) {
          expect(result.findings.at(-1), format(answers)).toBe(heavy[0]);
        }
      }
    });

    it('links every reason to an anchor of the policy page', () => {
      for (const { result } of paths) {
        for (const id of result.findings) {
          expect(policyAnchors).toContain(findings[id].anchor);
          expect(policyPage).toContain(`{/* #${findings[id].anchor} */}`);
        }
      }
    });

    it('offers the disclosure builder exactly where a result should have one', () => {
      for (const { answers, result } of paths) {
        const label = format(answers);
        if (result.outcome === 'disclose') {
          expect(result.disclosure, label).toBe('required');
        }
        if (result.outcome === 'stop' || result.findings.includes('noLlm')) {
          expect(result.disclosure, label).toBe('none');
        }
        if (result.disclosure === 'optional') {
          expect(result.outcome, label).toBe('ready');
        }
      }
    });
  },
);

describe('the graph', () => {
  it('has no question that no path reaches under every choice of options', () => {
    const reached = new Set(optionCombinations().flatMap((policy) => reachableQuestions(policy)));
    expect([...reached].sort()).toEqual([...questionIds].sort());
  });

  it('gives every option a next step that exists', () => {
    for (const policy of optionCombinations()) {
      for (const question of questionIds) {
        for (const option of optionsOf(question)) {
          const next = resolve(option.next, policy);
          expect([...questionIds, 'end'], `${question}.${option.id}`).toContain(next);
        }
      }
    }
  });

  it('has no loops: no question can lead back to itself', () => {
    for (const policy of optionCombinations()) {
      const visit = (question: QuestionId, trail: readonly QuestionId[]): void => {
        expect(trail, `loop at ${question}`).not.toContain(question);
        for (const option of optionsOf(question)) {
          const next = resolve(option.next, policy);
          if (next !== 'end') {
            visit(next, [...trail, question]);
          }
        }
      };
      visit(firstQuestion, []);
    }
  });

  it('uses every finding on some path', () => {
    const used = new Set(
      optionCombinations().flatMap((policy) =>
        allPaths(policy).flatMap((path) => [...path.result.findings]),
      ),
    );
    expect([...used].sort()).toEqual([...findingIds].sort());
  });

  it('gives each question unique option ids', () => {
    for (const question of questionIds) {
      const ids = optionsOf(question).map((option) => option.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('lists the questions in the order of the flow', () => {
    expect(Object.keys(questions)).toEqual([...questionIds]);
  });
});

describe('what each situation leads to, with the default options', () => {
  it.each<[string, string, OutcomeId, readonly FindingId[]]>([
    ['no LLM at all', 'start.none,source.known,decisions.yes', 'ready', ['noLlm']],
    [
      'IDE autocomplete of names',
      'start.tool,tool.completeWords,posted.own,source.known,decisions.yes',
      'ready',
      ['completeWords'],
    ],
    [
      'autocomplete of whole lines',
      'start.tool,tool.completeLines,posted.own,source.known,decisions.yes',
      'disclose',
      ['completeLines'],
    ],
    [
      'a grammar or spelling checker',
      'start.tool,tool.grammar,posted.own,source.known,decisions.yes',
      'ready',
      ['grammar'],
    ],
    [
      'machine translation of your own words',
      'start.tool,tool.translation,posted.translated,source.known,decisions.yes',
      'ready',
      ['translationExempt'],
    ],
    [
      'an accessibility tool',
      'start.tool,tool.accessibility,posted.own,source.known,decisions.yes',
      'ready',
      ['accessibilityExempt'],
    ],
    [
      'a model that explained code',
      'start.tool,tool.explain,posted.own,source.known,decisions.yes',
      'disclose',
      ['explained'],
    ],
    [
      'model-written code that you reviewed and vouch for',
      'start.output,output.vouched',
      'stop',
      ['vouched'],
    ],
    [
      'a model draft that you rewrote and can explain',
      'start.output,output.rewritten,posted.own,source.known,decisions.yes',
      'disclose',
      ['rewritten'],
    ],
    [
      'generated tests or boilerplate',
      'start.output,output.tests,posted.own,source.known,decisions.yes',
      'disclose',
      ['generatedTests'],
    ],
    [
      'a pull-request description written by a model',
      'start.output,output.words,postedByModel.verbatim',
      'work',
      ['postedVerbatim'],
    ],
    [
      'a model draft of the description that you rewrote',
      'start.output,output.words,postedByModel.drafted,source.known,decisions.yes',
      'disclose',
      ['postedDrafted'],
    ],
    [
      'comments pasted from a model, next to your own code',
      'start.tool,tool.grammar,posted.verbatim',
      'work',
      ['grammar', 'postedVerbatim'],
    ],
    ['an agent that opened the pull request by itself', 'start.agent', 'stop', ['agentNotAllowed']],
    [
      'output that resembles existing code',
      'start.output,output.rewritten,posted.own,source.unknown',
      'work',
      ['rewritten', 'postedOwn', 'sourceUnknown'],
    ],
    ['code copied from elsewhere', 'start.none,source.copied', 'work', ['noLlm', 'sourceCopied']],
    [
      'a decision you cannot explain',
      'start.none,source.known,decisions.notAll',
      'work',
      ['noLlm', 'sourceKnown', 'decisionsUnexplained'],
    ],
  ])('%s', (_situation, answers, outcome, expected) => {
    const result = resultOf(answers);
    expect(result.outcome).toBe(outcome);
    for (const id of expected) {
      expect(result.findings).toContain(id);
    }
  });
});

describe('the policy options change the outcomes', () => {
  const translated = 'start.tool,tool.translation,posted.own,source.known,decisions.yes';
  const commentTranslated = 'start.tool,tool.grammar,posted.translated,source.known,decisions.yes';
  const assistive = 'start.tool,tool.accessibility,posted.own,source.known,decisions.yes';
  const drafted = 'start.output,output.rewritten,posted.own,source.known,decisions.yes';
  const pasted = 'start.tool,tool.grammar,posted.verbatim';

  it('machine translation: exempt needs nothing, not exempt needs a disclosure', () => {
    expect(resultOf(translated, { ...defaults, machineTranslation: 'exempt' })).toMatchObject({
      outcome: 'ready',
      disclosure: 'optional',
    });
    expect(resultOf(translated, { ...defaults, machineTranslation: 'not-exempt' })).toMatchObject({
      outcome: 'disclose',
      disclosure: 'required',
    });
    expect(resultOf(commentTranslated, { ...defaults, machineTranslation: 'exempt' }).outcome).toBe(
      'ready',
    );
    expect(
      resultOf(commentTranslated, { ...defaults, machineTranslation: 'not-exempt' }).outcome,
    ).toBe('disclose');
  });

  it('accessibility tools: exempt needs nothing, not exempt needs a disclosure', () => {
    expect(resultOf(assistive, { ...defaults, accessibilityTools: 'exempt' }).outcome).toBe(
      'ready',
    );
    expect(resultOf(assistive, { ...defaults, accessibilityTools: 'not-exempt' })).toMatchObject({
      outcome: 'disclose',
      findings: ['accessibilityDisclosed', 'postedOwn', 'sourceKnown', 'decisionsExplained'],
    });
  });

  it('disclosure: required makes it a condition, encouraged makes it a recommendation', () => {
    expect(resultOf(drafted, { ...defaults, disclosure: 'required' })).toMatchObject({
      outcome: 'disclose',
      disclosure: 'required',
    });
    expect(resultOf(drafted, { ...defaults, disclosure: 'encouraged' })).toMatchObject({
      outcome: 'ready',
      disclosure: 'recommended',
    });
  });

  it('disclosure: work that needs fixing still carries the disclosure it will need', () => {
    const unexplained = 'start.output,output.rewritten,posted.own,source.known,decisions.notAll';
    expect(resultOf(unexplained, { ...defaults, disclosure: 'required' })).toMatchObject({
      outcome: 'work',
      disclosure: 'required',
    });
    expect(resultOf(unexplained, { ...defaults, disclosure: 'encouraged' })).toMatchObject({
      outcome: 'work',
      disclosure: 'recommended',
    });
  });

  it('autonomous agents: not allowed ends the check, allowed asks who answers for the agent', () => {
    expect(resultOf('start.agent', { ...defaults, autonomousAgents: 'not-allowed' })).toMatchObject(
      { outcome: 'stop', findings: ['agentNotAllowed'], disclosure: 'none' },
    );
    const allowed: PolicyOptions = {
      ...defaults,
      autonomousAgents: 'allowed-with-accountable-human',
    };
    const first = walk(answersFrom('start.agent'), allowed);
    expect(first).toMatchObject({ ok: true, step: { kind: 'question', question: 'accountable' } });
    const accountable = resultOf(
      'start.agent,accountable.yes,output.rewritten,posted.own,source.known,decisions.yes',
      allowed,
    );
    expect(accountable.outcome).toBe('disclose');
    expect(accountable.findings).toContain('agentAccountable');
    expect(resultOf('start.agent,accountable.no', allowed)).toMatchObject({
      outcome: 'work',
      findings: ['agentNobodyAccountable'],
    });
    expect(resultOf('start.agent,accountable.yes,output.vouched', allowed).outcome).toBe('stop');
  });

  it('verbatim model text: not allowed needs rewriting, allowed when disclosed needs marking', () => {
    expect(resultOf(pasted, { ...defaults, verbatimModelText: 'not-allowed' }).outcome).toBe(
      'work',
    );
    const allowed: PolicyOptions = { ...defaults, verbatimModelText: 'allowed-when-disclosed' };
    expect(walk(answersFrom(pasted), allowed)).toMatchObject({
      ok: true,
      step: { kind: 'question', question: 'source' },
    });
    const marked = resultOf(`${pasted},source.known,decisions.yes`, allowed);
    expect(marked.outcome).toBe('disclose');
    expect(marked.findings).toContain('postedVerbatimMarked');
  });
});

describe('walk', () => {
  it('starts with the first question, honest about the most questions to come', () => {
    expect(walk([], defaults)).toEqual({
      ok: true,
      step: {
        kind: 'question',
        question: 'start',
        number: 1,
        maxQuestions: longestPathFrom('start', defaults),
      },
    });
  });

  it('counts the questions and narrows the maximum as the path becomes clear', () => {
    expect(walk(answersFrom('start.none'), defaults)).toEqual({
      ok: true,
      step: { kind: 'question', question: 'source', number: 2, maxQuestions: 3 },
    });
    expect(walk(answersFrom('start.none,source.known'), defaults)).toMatchObject({
      step: { number: 3, maxQuestions: 3 },
    });
  });

  it('allows six questions at most only where agents with an accountable person are allowed', () => {
    expect(longestPathFrom('start', defaults)).toBe(5);
    expect(
      longestPathFrom('start', { ...defaults, autonomousAgents: 'allowed-with-accountable-human' }),
    ).toBe(6);
  });

  it('refuses answers out of order, to unknown options, or after the end', () => {
    expect(walk(answersFrom('source.known'), defaults)).toEqual({
      ok: false,
      problem: 'out-of-order',
    });
    expect(walk(answersFrom('start.maybe'), defaults)).toEqual({
      ok: false,
      problem: 'unknown-option',
    });
    expect(walk(answersFrom('start.agent,accountable.yes'), defaults)).toEqual({
      ok: false,
      problem: 'after-end',
    });
  });
});

describe('stepFor', () => {
  it('follows answers that fit the flow', () => {
    expect(stepFor(answersFrom('start.none'), defaults)).toMatchObject({ question: 'source' });
  });

  it('goes back to the first question when the answers cannot be followed', () => {
    expect(stepFor(answersFrom('source.known'), defaults)).toEqual(stepFor([], defaults));
    expect(stepFor([], defaults)).toMatchObject({ kind: 'question', question: 'start', number: 1 });
  });
});

describe('resultFor', () => {
  it('is ready with nothing to disclose when no LLM was used', () => {
    expect(resultFor(['noLlm', 'sourceKnown', 'decisionsExplained'], defaults)).toEqual({
      outcome: 'ready',
      findings: ['noLlm', 'sourceKnown', 'decisionsExplained'],
      disclosure: 'none',
    });
  });

  it('offers an optional disclosure only on a clean result', () => {
    expect(resultFor(['grammar', 'postedOwn'], defaults).disclosure).toBe('optional');
    expect(resultFor(['grammar', 'postedOwn', 'sourceCopied'], defaults)).toMatchObject({
      outcome: 'work',
      disclosure: 'none',
    });
  });

  it('lists a finding once even when two answers lead to it', () => {
    expect(resultFor(['translationExempt', 'translationExempt'], defaults).findings).toEqual([
      'translationExempt',
    ]);
  });

  it('lets the heaviest finding decide', () => {
    expect(resultFor(['rewritten', 'sourceCopied'], defaults).outcome).toBe('work');
    expect(resultFor(['rewritten', 'vouched'], defaults)).toMatchObject({
      outcome: 'stop',
      disclosure: 'none',
    });
  });
});

describe('reduceAnswers', () => {
  const two = answersFrom('start.none,source.known');

  it('adds an answer', () => {
    expect(reduceAnswers(two.slice(0, 1), { type: 'answered', answer: two[1] })).toEqual(two);
  });

  it('goes back one question, and stays at the start when there is nothing to undo', () => {
    expect(reduceAnswers(two, { type: 'wentBack' })).toEqual(two.slice(0, 1));
    expect(reduceAnswers([], { type: 'wentBack' })).toEqual([]);
  });

  it('starts over', () => {
    expect(reduceAnswers(two, { type: 'startedOver' })).toEqual([]);
  });
});

describe('resolve', () => {
  it('returns plain values as they are and reads option-dependent ones', () => {
    expect(resolve('source', defaults)).toBe('source');
    expect(resolve(null, defaults)).toBeNull();
    const [, , , agent] = questions.start.options;
    expect(resolve(agent.next, { ...defaults, autonomousAgents: 'not-allowed' })).toBe('end');
    expect(
      resolve(agent.next, { ...defaults, autonomousAgents: 'allowed-with-accountable-human' }),
    ).toBe('accountable');
  });
});
