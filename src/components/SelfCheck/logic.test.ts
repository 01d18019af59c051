import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import { disclosureUseIds, verdictFor, type Verdict } from '../../data/disclosureUses';
import { policyOptionValues, type PolicyOptions } from '../../data/policyOptions';
import { policyAnchors } from '../../data/policySections';
import {
  findingIds,
  firstQuestion,
  maxQuestionsOnAnyPath,
  questionIds,
  questions,
  type Answer,
  type FindingId,
} from '../../data/selfCheck/flow';
import { selfCheckText } from './wordingText';
import {
  describesUse,
  findingAnchor,
  findingLevel,
  findOption,
  inListedOrder,
  longestPathFrom,
  optionsOf,
  reachableQuestions,
  reduceAnswers,
  resultFor,
  stepFor,
  toggleAnswer,
  walk,
  type OutcomeId,
  type Result,
} from './logic';
import { allPaths, selfCheckFingerprint } from '../../../tests/unit/selfCheckPaths';

/** The options of a typical project (an explicit fixture, not the shipped example). */
const defaults: PolicyOptions = harbourConfig.policy.options;

/** The options whose values change the flow; commitTrailer and agentsFile only change wording. */
const flowOptions = [
  'disclosure',
  'machineTranslation',
  'accessibilityTools',
  'autonomousAgents',
  'verbatimModelText',
  'closedCommercialModels',
] as const;

/** Every combination of values of the options that change the flow (64). */
function optionCombinations(): PolicyOptions[] {
  return flowOptions.reduce<PolicyOptions[]>(
    (combinations, id) =>
      combinations.flatMap((base) =>
        policyOptionValues[id].map((value) => ({ ...base, [id]: value })),
      ),
    [defaults],
  );
}

function answersFrom(text: string): Answer[] {
  return text.split(' ').map((item) => {
    const [question, options] = item.split('=');
    return { question, options: options.split('+') } as Answer;
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

const levelOfVerdict: Readonly<Record<Verdict, string>> = {
  none: 'fine',
  optional: 'fine',
  disclose: 'disclose',
  yourCall: 'yourCall',
  rewrite: 'work',
  notAcceptable: 'stop',
};

describe.each(optionCombinations().map((policy) => [JSON.stringify(policy), policy] as const))(
  'with options %s',
  (_name, policy) => {
    const paths = allPaths(policy);
    const wording = selfCheckText(policy);

    it('ends every path in one of the five outcomes', () => {
      expect(paths.length).toBeGreaterThan(100);
      for (const { result } of paths) {
        expect(['ready', 'disclose', 'yourCall', 'work', 'stop']).toContain(result.outcome);
      }
    });

    it(`asks at most ${maxQuestionsOnAnyPath} questions on any path, as the progress line says`, () => {
      const longest = Math.max(...paths.map((path) => path.answers.length));
      expect(longest).toBeLessThanOrEqual(maxQuestionsOnAnyPath);
      expect(longestPathFrom(firstQuestion, policy)).toBe(longest);
    });

    it('gives each finding about a use the weight that the table "When to disclose" gives it', () => {
      for (const use of disclosureUseIds) {
        const verdict = verdictFor(use, policy);
        if (verdict !== null) {
          expect(findingLevel(use, policy), use).toBe(levelOfVerdict[verdict]);
        }
      }
    });

    it('offers every use that the table lists for these options, and no other', () => {
      const offered = [
        ...optionsOf('uses', policy),
        ...(reachableQuestions(policy).includes('closedModel')
          ? optionsOf('closedModel', policy)
          : []),
      ].flatMap((option) => (option.finding === null ? [] : [option.finding]));
      const listed = disclosureUseIds.filter((use) => verdictFor(use, policy) !== null);
      expect(offered.filter((id) => (disclosureUseIds as readonly string[]).includes(id))).toEqual(
        listed,
      );
    });

    it('gives every finding a reason, and steps wherever it can need work or be not acceptable', () => {
      const possible = findingIds.filter(
        (id) =>
          !(disclosureUseIds as readonly string[]).includes(id) ||
          verdictFor(id as (typeof disclosureUseIds)[number], policy) !== null,
      );
      for (const id of possible) {
        const text = wording.findings[id];
        expect(text.reason.length, id).toBeGreaterThan(20);
        if (['work', 'stop'].includes(findingLevel(id, policy))) {
          expect(text.steps?.length ?? 0, id).toBeGreaterThan(0);
        }
      }
    });

    it('asks every question before it ends, even after an answer that needs work or is not acceptable', () => {
      for (const { answers, result } of paths) {
        expect(answers.at(-1)?.question).toBe('decisions');
        const given = answers.flatMap((answer) =>
          answer.options.flatMap((id) => {
            const finding = findOption(answer.question, id, policy)?.finding;
            return finding ? [finding] : [];
          }),
        );
        // The result lists every finding of every answer, not only the first heavy one.
        expect(result.findings).toEqual([...new Set(given)]);
      }
    });

    it('judges code pasted from an LLM by the authorship test, whatever the credit', () => {
      const pasted = paths.filter(({ result }) => result.findings.includes('pastedModelCode'));
      expect(pasted.length).toBeGreaterThan(0);
      for (const { answers, result } of pasted) {
        const text = answers.map((answer) => answer.options.join('+')).join(' ');
        expect(['yourCall', 'work', 'stop'], text).toContain(result.outcome);
        if (result.findings.includes('decisionsUnexplained')) {
          expect(['work', 'stop'], text).toContain(result.outcome);
        }
      }
    });

    it('offers a disclosure only where the findings call for one', () => {
      for (const { result } of paths) {
        const needed = result.findings.some(
          (id) =>
            ['disclose', 'yourCall'].includes(findingLevel(id, policy)) && describesUse(id, policy),
        );
        if (result.outcome === 'stop') {
          expect(result.disclosure).toBe('none');
        } else if (needed) {
          expect(result.disclosure).toBe(
            policy.disclosure === 'required' ? 'required' : 'recommended',
          );
        } else {
          expect(['optional', 'none']).toContain(result.disclosure);
        }
      }
    });
  },
);

describe('every finding', () => {
  it.each([...findingIds])('%s links to a section that the policy page has', (id: FindingId) => {
    const anchor = findingAnchor(id);
    expect(policyAnchors).toContain(anchor);
    expect(policyPage).toContain(`{/* #${anchor} */}`);
  });
});

describe('what each situation leads to, with a typical project’s options', () => {
  it.each<[string, string, OutcomeId, Result['disclosure']]>([
    ['no LLM at all', 'start=no source=own decisions=yes', 'ready', 'none'],
    [
      'a grammar checker only: nothing to disclose',
      'start=yes uses=grammar source=own decisions=yes',
      'ready',
      'none',
    ],
    [
      'word autocomplete only: a note is welcome',
      'start=yes uses=wordAutocomplete source=own decisions=yes',
      'ready',
      'optional',
    ],
    [
      'a translator, whichever other help they used',
      'start=yes uses=translation+grammar source=own decisions=yes',
      'ready',
      'none',
    ],
    [
      'dictation and whole-line completion: the heavier finding decides',
      'start=yes uses=lineCompletion+accessibility source=own decisions=yes',
      'disclose',
      'required',
    ],
    [
      'explanations while learning',
      'start=yes uses=explanation source=own decisions=yes',
      'disclose',
      'required',
    ],
    [
      'tests a model wrote and the person checked: a gray area, left to them',
      'start=yes uses=generatedCode source=own decisions=yes',
      'yourCall',
      'required',
    ],
    [
      'a rewritten draft and a rewritten description',
      'start=yes uses=rewrittenDraft+postedRewritten source=own decisions=yes',
      'disclose',
      'required',
    ],
    [
      'work a model wrote and the person vouches for',
      'start=yes uses=vouchedWork source=own decisions=yes',
      'stop',
      'none',
    ],
    [
      'model text posted as it was written: write it again in your own words',
      'start=yes uses=postedVerbatim source=own decisions=yes',
      'work',
      'none',
    ],
    [
      'an agent acting on its own',
      'start=yes uses=agentOnItsOwn source=own decisions=yes',
      'stop',
      'none',
    ],
    [
      'code pasted from a chat with an LLM, with a credit: the credit does not decide, the person does',
      'start=yes uses=pastedModelCode source=credited decisions=yes',
      'yourCall',
      'required',
    ],
    [
      'code pasted from a chat with an LLM, with a decision the person cannot explain',
      'start=yes uses=pastedModelCode source=credited decisions=notAll',
      'work',
      'required',
    ],
    [
      'code copied with its source, notice and licence',
      'start=no source=credited decisions=yes',
      'ready',
      'none',
    ],
    [
      'code copied without checking its licence',
      'start=no source=credited+unchecked decisions=yes',
      'work',
      'none',
    ],
    [
      'LLM output that may repeat existing code',
      'start=yes uses=rewrittenDraft source=resembles decisions=yes',
      'yourCall',
      'required',
    ],
    [
      'a decision the person cannot explain',
      'start=yes uses=rewrittenDraft source=own decisions=notAll',
      'work',
      'required',
    ],
  ])('%s', (_name, answers, outcome, disclosure) => {
    const result = resultOf(answers);
    expect(result.outcome).toBe(outcome);
    expect(result.disclosure).toBe(disclosure);
  });
});

describe('the policy options change the outcomes', () => {
  const withOption = (changes: Partial<PolicyOptions>): PolicyOptions => ({
    ...defaults,
    ...changes,
  });

  it('disclosure: where it is only encouraged, work that needs one is ready, with a recommendation', () => {
    const result = resultOf(
      'start=yes uses=lineCompletion source=own decisions=yes',
      withOption({ disclosure: 'encouraged' }),
    );
    expect(result).toMatchObject({ outcome: 'ready', disclosure: 'recommended' });
    expect(
      resultOf(
        'start=yes uses=generatedCode source=own decisions=yes',
        withOption({ disclosure: 'encouraged' }),
      ),
    ).toMatchObject({ outcome: 'yourCall', disclosure: 'recommended' });
  });

  it('machine translation: not exempt asks for a note', () => {
    expect(
      resultOf(
        'start=yes uses=translation source=own decisions=yes',
        withOption({ machineTranslation: 'not-exempt' }),
      ).outcome,
    ).toBe('disclose');
  });

  it('accessibility tools: not exempt asks for a mention', () => {
    expect(
      resultOf(
        'start=yes uses=accessibility source=own decisions=yes',
        withOption({ accessibilityTools: 'not-exempt' }),
      ).outcome,
    ).toBe('disclose');
  });

  it('verbatim model text: not allowed is work to do (write it in your own words), not a refusal', () => {
    const policy = withOption({ verbatimModelText: 'not-allowed' });
    expect(findingLevel('postedVerbatim', policy)).toBe('work');
    expect(
      resultOf('start=yes uses=postedVerbatim+explanation source=own decisions=yes', policy),
    ).toMatchObject({ outcome: 'work', disclosure: 'required' });
    expect(selfCheckText(policy).findings.postedVerbatim.steps?.length).toBeGreaterThan(0);
  });

  it('verbatim model text: allowed when disclosed needs marking, not rewriting', () => {
    expect(
      resultOf(
        'start=yes uses=postedVerbatim source=own decisions=yes',
        withOption({ verbatimModelText: 'allowed-when-disclosed' }),
      ).outcome,
    ).toBe('disclose');
  });

  it('autonomous agents: allowed with a named person needs a disclosure; with nobody it is not acceptable', () => {
    const allowed = withOption({ autonomousAgents: 'allowed-with-accountable-human' });
    expect(
      resultOf('start=yes uses=agentAccountable source=own decisions=yes', allowed),
    ).toMatchObject({ outcome: 'disclose' });
    expect(resultOf('start=yes uses=agentOnItsOwn source=own decisions=yes', allowed).outcome).toBe(
      'stop',
    );
    expect(findOption('uses', 'agentAccountable', defaults)).toBeUndefined();
  });

  it('closed commercial models: with the clause, a question about the model follows', () => {
    const clause = withOption({ closedCommercialModels: 'not-accepted' });
    expect(reachableQuestions(defaults)).not.toContain('closedModel');
    expect(reachableQuestions(clause)).toContain('closedModel');
    expect(
      resultOf('start=yes uses=rewrittenDraft closedModel=yes source=own decisions=yes', clause)
        .outcome,
    ).toBe('stop');
    expect(
      resultOf('start=yes uses=rewrittenDraft closedModel=unknown source=own decisions=yes', clause)
        .outcome,
    ).toBe('work');
    expect(
      resultOf('start=yes uses=rewrittenDraft closedModel=no source=own decisions=yes', clause)
        .outcome,
    ).toBe('disclose');
    expect(longestPathFrom('start', clause)).toBe(5);
    expect(longestPathFrom('start', defaults)).toBe(4);
  });

  it('changes what the check does, as its fingerprint shows', () => {
    for (const id of [...flowOptions, 'commitTrailer'] as const) {
      const values: readonly string[] = policyOptionValues[id];
      const prints = values.map((value) => selfCheckFingerprint({ ...defaults, [id]: value }));
      expect(new Set(prints).size, id).toBe(values.length);
    }
    expect(selfCheckFingerprint({ ...defaults, agentsFile: 'none' })).toBe(
      selfCheckFingerprint(defaults),
    );
  });
});

describe('walk', () => {
  it('starts with the first question', () => {
    expect(walk([], defaults)).toEqual({
      ok: true,
      step: { kind: 'question', question: 'start', number: 1, maxQuestions: 4, usedLlm: false },
    });
  });

  it.each([
    ['a question out of order', 'source=own', 'out-of-order'],
    ['an answer after the end', 'start=no source=own decisions=yes decisions=yes', 'after-end'],
    ['an unknown answer', 'start=maybe', 'unknown-option'],
    ['an answer the options do not offer', 'start=yes uses=agentAccountable', 'unknown-option'],
    ['two answers to a one-answer question', 'start=yes+no', 'too-many-options'],
    ['the same answer twice', 'start=yes uses=grammar+grammar', 'repeated-option'],
    [
      'an answer that must stand alone, with another',
      'start=no source=own+credited',
      'exclusive-option',
    ],
    ['an answer about LLM output after "no LLM"', 'start=no source=resembles', 'unknown-option'],
  ])('refuses %s', (_name, text, problem) => {
    expect(walk(answersFrom(text), defaults)).toEqual({ ok: false, problem });
  });

  it('refuses an answer with no options', () => {
    expect(walk([{ question: 'start', options: [] }], defaults)).toEqual({
      ok: false,
      problem: 'no-option',
    });
  });

  it('offers the answers about LLM output only after "an LLM helped"', () => {
    const ids = (text: string): string[] => {
      const walked = walk(answersFrom(text), defaults);
      if (!walked.ok || walked.step.kind !== 'question') {
        throw new Error(`No question after ${text}`);
      }
      return optionsOf(walked.step.question, defaults, walked.step.usedLlm).map(
        (option) => option.id,
      );
    };
    expect(ids('start=no')).not.toContain('resembles');
    expect(ids('start=yes uses=grammar')).toContain('resembles');
    expect(walk(answersFrom('start=yes uses=grammar source=resembles'), defaults).ok).toBe(true);
  });

  it('counts the questions so far and the most that can follow', () => {
    const walked = walk(answersFrom('start=yes uses=grammar'), defaults);
    expect(walked).toEqual({
      ok: true,
      step: { kind: 'question', question: 'source', number: 3, maxQuestions: 4, usedLlm: true },
    });
  });
});

describe('a finding that is not acceptable', () => {
  it('does not end the check: the next question still comes', () => {
    expect(walk(answersFrom('start=yes uses=vouchedWork'), defaults)).toEqual({
      ok: true,
      step: { kind: 'question', question: 'source', number: 3, maxQuestions: 4, usedLlm: true },
    });
  });

  it('is listed with every later finding in the result', () => {
    const result = resultOf('start=yes uses=vouchedWork source=unchecked decisions=notAll');
    expect(result.outcome).toBe('stop');
    expect(result.findings).toEqual(['vouchedWork', 'sourceUnchecked', 'decisionsUnexplained']);
  });
});

describe('stepFor', () => {
  it('goes back to the first question when the answers cannot be followed', () => {
    expect(stepFor(answersFrom('decisions=yes'), defaults)).toEqual(stepFor([], defaults));
  });
});

describe('resultFor', () => {
  it('keeps each finding once, in the order given', () => {
    expect(resultFor(['grammar', 'sourceOwn', 'grammar'], defaults).findings).toEqual([
      'grammar',
      'sourceOwn',
    ]);
  });

  it('offers no optional note once work is needed', () => {
    expect(resultFor(['wordAutocomplete', 'decisionsUnexplained'], defaults)).toMatchObject({
      outcome: 'work',
      disclosure: 'none',
    });
  });
});

describe('answers', () => {
  const sourceOptions = optionsOf('source', defaults);
  const [own, credited, , resembles] = sourceOptions;

  it('lists the answers about the source in this order', () => {
    expect(sourceOptions.map((option) => option.id)).toEqual([
      'own',
      'credited',
      'unchecked',
      'resembles',
    ]);
  });

  it('toggleAnswer adds and removes an answer', () => {
    expect(toggleAnswer(['credited'], resembles, true, sourceOptions)).toEqual([
      'credited',
      'resembles',
    ]);
    expect(toggleAnswer(['credited', 'resembles'], credited, false, sourceOptions)).toEqual([
      'resembles',
    ]);
  });

  it('toggleAnswer lets an answer that stands alone clear the others, and the other way round', () => {
    expect(toggleAnswer(['credited', 'resembles'], own, true, sourceOptions)).toEqual(['own']);
    expect(toggleAnswer(['own'], credited, true, sourceOptions)).toEqual(['credited']);
  });

  it('inListedOrder puts the answers in the order the question lists them', () => {
    expect(
      inListedOrder({ question: 'uses', options: ['explanation', 'grammar'] }, defaults).options,
    ).toEqual(['grammar', 'explanation']);
  });

  it('reduceAnswers follows what the person did', () => {
    const first: Answer = { question: 'start', options: ['no'] };
    const second: Answer = { question: 'source', options: ['own'] };
    expect(reduceAnswers([first], { type: 'answered', answer: second })).toEqual([first, second]);
    expect(reduceAnswers([first, second], { type: 'wentBack' })).toEqual([first]);
    expect(reduceAnswers([], { type: 'wentBack' })).toEqual([]);
    expect(reduceAnswers([first, second], { type: 'startedOver' })).toEqual([]);
  });
});

describe('the flow', () => {
  it('lists every question in questionIds, and every question can be reached', () => {
    expect(Object.keys(questions).sort()).toEqual([...questionIds].sort());
    const withEverything: PolicyOptions = {
      ...defaults,
      closedCommercialModels: 'not-accepted',
    };
    expect(reachableQuestions(withEverything)).toEqual(questionIds);
  });

  it('gives every answer of every question its words', () => {
    for (const options of optionCombinations()) {
      const wording = selfCheckText(options);
      for (const question of questionIds) {
        for (const option of optionsOf(question, options)) {
          const words = (wording.questions[question].options as Record<string, { label: string }>)[
            option.id
          ];
          expect(words.label.length, `${question}.${option.id}`).toBeGreaterThan(1);
        }
      }
    }
  });
});
