// One answer, asked of every surface: each situation of ./situations.ts is put to the self-check,
// the pull-request check, the table and the FAQ's verdicts, the reviewers' table of replies and
// the six points, under the options of the config under test, the original policy's options and
// others that change every answer. A surface that answers otherwise fails the test.
import { describe, expect, it } from 'vitest';
import selectedConfig from '../../selectedConfig';
import type { SiteConfig } from '../../../src/config/types';
import { pullRequestTemplate } from '../../../src/adoption/pullRequestTemplate';
import {
  checkPullRequest,
  type CheckResult,
  type CheckSettings,
} from '../../../src/adoption/pullRequestCheck/checkDescription.mjs';
import { checkScriptSettings } from '../../../src/adoption/pullRequestCheck/index';
import {
  reviewerCaseFor,
  verdictFor,
  verdictLabel,
  type Verdict,
} from '../../../src/data/disclosureUses';
import { resolveChoice } from '../../../src/data/policyChoice';
import { originPolicyOptions, type PolicyOptions } from '../../../src/data/policyOptions';
import { policySummary } from '../../../src/data/policySummary';
import { findingIds, type Answer, type FindingId } from '../../../src/data/selfCheck/flow';
import { templatesFor } from '../../../src/components/ReplyTemplates/fill';
import { suggestedHow } from '../../../src/components/SelfCheck/disclosure';
import { walk, type Result } from '../../../src/components/SelfCheck/logic';
import { situations, type Situation } from './situations';

const optionSets: readonly (readonly [string, PolicyOptions])[] = [
  ['the options of the config under test', selectedConfig.policy.options],
  ['the original policy’s options', originPolicyOptions],
  [
    'every light rule, disclosure encouraged',
    {
      ...originPolicyOptions,
      disclosure: 'encouraged',
      machineTranslation: 'not-exempt',
      accessibilityTools: 'exempt',
      editingAids: 'light',
    },
  ],
  [
    'agents with a named person, closed models refused, model text allowed when marked',
    {
      ...originPolicyOptions,
      autonomousAgents: 'allowed-with-accountable-human',
      closedCommercialModels: 'not-accepted',
      verbatimModelText: 'allowed-when-disclosed',
      commitTrailer: 'Assisted-by',
    },
  ],
];

function applies(situation: Situation, options: PolicyOptions): boolean {
  const conditions = Object.entries(situation.onlyWhen ?? {}) as [
    keyof PolicyOptions,
    readonly string[],
  ][];
  return conditions.every(([option, values]) => values.includes(options[option]));
}

/** Walks the self-check with the situation's answers, giving the clean answer where it is silent. */
function selfCheck(situation: Situation, options: PolicyOptions): Result {
  const answers: Answer[] = [];
  for (;;) {
    const walked = walk(answers, options);
    if (!walked.ok) {
      throw new Error(`The self-check cannot follow "${situation.id}": ${walked.problem}`);
    }
    const { step } = walked;
    if (step.kind === 'result') {
      return step.result;
    }
    const next: Answer = (() => {
      switch (step.question) {
        case 'start':
          return { question: 'start', options: [situation.uses.length > 0 ? 'yes' : 'no'] };
        case 'uses':
          return { question: 'uses', options: situation.uses };
        case 'closedModel':
          return { question: 'closedModel', options: [situation.closedModel ?? 'no'] };
        case 'source':
          return { question: 'source', options: situation.source ?? ['own'] };
        case 'decisions':
          return { question: 'decisions', options: [situation.decisions ?? 'yes'] };
      }
    })();
    answers.push(next);
  }
}

/** What the self-check's result must be for a verdict, written from the policy's words. */
function expectedOutcome(verdict: Verdict, options: PolicyOptions): Result['outcome'] {
  const required = options.disclosure === 'required';
  const outcomes: Readonly<Record<Verdict, Result['outcome']>> = {
    none: 'ready',
    optional: 'ready',
    // Where disclosure is only encouraged, work that would need it is ready as it is.
    disclose: required ? 'disclose' : 'ready',
    yourCall: 'yourCall',
    rewrite: 'work',
    notAcceptable: 'stop',
  };
  return outcomes[verdict];
}

function expectedDisclosure(verdict: Verdict, options: PolicyOptions): Result['disclosure'] | null {
  const asked = options.disclosure === 'required' ? 'required' : 'recommended';
  const needs: Readonly<Record<Verdict, Result['disclosure'] | null>> = {
    none: 'none',
    optional: 'optional',
    disclose: asked,
    yourCall: asked,
    // Work first: whether the result also offers a disclosure depends on the other answers.
    rewrite: null,
    notAcceptable: 'none',
  };
  return needs[verdict];
}

function configWith(options: PolicyOptions): SiteConfig {
  return {
    ...selectedConfig,
    policy: { ...selectedConfig.policy, options },
    pullRequestCheck: { mode: 'require', skipAuthors: [] },
  };
}

/** A pull request in the project's template: a change, the authorship box ticked, and `llmUse`. */
function prCheck(config: SiteConfig, llmUse: string): CheckResult {
  const body = pullRequestTemplate(config)
    .replace(
      '## Authorship',
      'Return the defaults when the settings file is empty.\n\n## Authorship',
    )
    .replace('- [ ]', '- [x]')
    .concat(`\n${llmUse}\n`);
  const settings = checkScriptSettings(config) as unknown as CheckSettings;
  return checkPullRequest(body, settings, { login: 'sam', association: 'CONTRIBUTOR' });
}

/** The uses among a situation's findings: what it ticked, and a closed model where it said so. */
function usesOf(situation: Situation): FindingId[] {
  return [
    ...situation.uses,
    ...(situation.closedModel === 'yes' ? ['closedModelOutput' as const] : []),
  ];
}

const isUse = (id: FindingId): id is Parameters<typeof verdictFor>[0] =>
  findingIds.indexOf(id) < findingIds.indexOf('noLlm');

it('has at least 30 situations, each with its own id', () => {
  expect(situations.length).toBeGreaterThanOrEqual(30);
  expect(new Set(situations.map((situation) => situation.id)).size).toBe(situations.length);
});

describe.each(optionSets)('with %s', (_, options) => {
  const config = configWith(options);
  const applicable = situations.filter((situation) => applies(situation, options));
  const cases = applicable.map((situation) => [situation.id, situation] as const);

  it.each(cases)('the self-check gives the policy’s answer: %s', (_id, situation) => {
    const verdict = resolveChoice(situation.verdict, options);
    const result = selfCheck(situation, options);
    expect(result.outcome).toBe(expectedOutcome(verdict, options));
    const disclosure = expectedDisclosure(verdict, options);
    if (disclosure !== null) {
      expect(result.disclosure).toBe(disclosure);
    }
    if (verdict === 'none') {
      // Privacy: the drafted disclosure never names a use that needs none.
      expect(suggestedHow(result.findings, options)).toBe('');
    }
  });

  it.each(cases)(
    'the pull-request check passes the honest description, in "require" mode: %s',
    (_id, situation) => {
      expect(prCheck(config, situation.llmUse)).toEqual({
        skipped: false,
        passed: true,
        findings: [],
      });
    },
  );

  it.each(cases.filter(([, situation]) => situation.shortNote !== undefined))(
    'the pull-request check takes a short note as enough only where the policy asks no more: %s',
    (_id, situation) => {
      const verdict = resolveChoice(situation.verdict, options);
      const result = prCheck(config, situation.shortNote ?? '');
      if (verdict === 'none' || verdict === 'optional') {
        expect(result.findings).toEqual([]);
      } else {
        expect(result.findings.map((finding) => finding.code)).toEqual(['disclosure']);
        expect(result.passed).toBe(options.disclosure !== 'required');
      }
    },
  );

  // Situations about one use, with no other answer that weighs more.
  const aboutOneUse = cases.filter(
    ([, situation]) =>
      usesOf(situation).length === 1 &&
      situation.decisions === undefined &&
      situation.closedModel !== 'unknown' &&
      (situation.source ?? []).every((answer) => answer === 'own' || answer === 'credited'),
  );
  it.each(aboutOneUse)(
    'the table “When to disclose” and the FAQ give the policy’s verdict: %s',
    (_id, situation) => {
      const [use] = usesOf(situation);
      const verdict = resolveChoice(situation.verdict, options);
      // The FAQ shows the table's label for the use's verdict (tests/fork/builds.test.ts reads it
      // in the built pages).
      expect(isUse(use) && verdictFor(use, options)).toBe(verdict);
      expect(isUse(use) && verdictLabel(verdictFor(use, options) ?? 'none', options)).toEqual(
        verdictLabel(verdict, options),
      );
    },
  );

  it.each(cases)(
    'the reviewers’ table of replies points to the fitting cases, each with a reply: %s',
    (_id, situation) => {
      const expected = [...resolveChoice(situation.reviewerCases, options)].sort();
      const actual = [
        ...new Set(
          usesOf(situation).flatMap((use) => {
            const replyCase = isUse(use) ? reviewerCaseFor(use, options) : null;
            return replyCase === null ? [] : [replyCase];
          }),
        ),
      ].sort();
      expect(actual).toEqual(expected);
      const verdict = resolveChoice(situation.verdict, options);
      const templates = templatesFor(options);
      for (const replyCase of actual) {
        const replies = templates.filter((template) => template.case === replyCase);
        expect(replies.length, replyCase).toBeGreaterThan(0);
        if (verdict !== 'notAcceptable') {
          // A contributor who disclosed honestly is first met warmly, whatever comes next.
          expect(replies[0]?.tone, replyCase).toBe('warm');
        }
      }
    },
  );

  it('the six points carry the light rules and the options the situations imply', () => {
    const sentenceIds = policySummary(options).flatMap((point) =>
      point.sentences.map((sentence) => sentence.id),
    );
    const verdictOf = (id: string): Verdict | undefined => {
      const situation = applicable.find((candidate) => candidate.id === id);
      return situation && resolveChoice(situation.verdict, options);
    };
    const light = applicable.some((situation) => {
      const verdict = resolveChoice(situation.verdict, options);
      return situation.uses.length === 1 && (verdict === 'none' || verdict === 'optional');
    });
    expect(sentenceIds.includes('summary.disclosure.exceptions')).toBe(light);
    expect(sentenceIds).toContain(
      verdictOf('deepl-description') === 'none'
        ? 'summary.communication.translation'
        : 'summary.communication.translationWithNote',
    );
    expect(sentenceIds).toContain(
      verdictOf('verbatim-description') === 'rewrite'
        ? 'summary.communication.ownWords'
        : 'summary.communication.markModelText',
    );
    expect(sentenceIds).toContain(
      verdictOf('agent-with-a-person') === undefined
        ? 'summary.agents.notAllowed'
        : 'summary.agents.accountable',
    );
    expect(sentenceIds.includes('summary.copyright.closedModels')).toBe(
      verdictOf('closed-model') === 'notAcceptable',
    );
  });
});
