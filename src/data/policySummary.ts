/**
 * The policy in six points: the one source of the summary that the home page,
 * the policy's "In short" box, the changelog, the CONTRIBUTING section and
 * LLM_POLICY.md all show. Change a point here and every one of them follows.
 *
 * How to edit: each point has a name and one or more sentences. A sentence
 * that depends on a policy option is written `{ policyOption, values }`, with
 * one sentence per value (null leaves it out). Keep each sentence short and
 * plain, and keep the words of the policy page: "may reject" for copyright,
 * "rejected" for low-effort work, "on their own" for agents. Keep each `id`
 * stable once published: translations are keyed by it.
 */
import { disclosureUseIds, verdictFor } from './disclosureUses';
import type { Message } from './message';
import { resolveChoice, type DependsOnPolicy } from './policyChoice';
import type { PolicyOptions } from './policyOptions';
import type { PolicyPointId } from './policySections';

export interface SummaryPoint {
  /** The point's section of the policy page, and its anchor there. */
  readonly id: PolicyPointId;
  readonly name: Message;
  readonly sentences: readonly Message[];
}

interface PointSource {
  readonly id: PolicyPointId;
  readonly name: Message;
  readonly sentences: readonly (
    DependsOnPolicy<Message | null> | ((options: PolicyOptions) => Message | null)
  )[];
}

/** What the summary asks about disclosure, by option. */
export const disclosureSentence: DependsOnPolicy<Message> = {
  policyOption: 'disclosure',
  values: {
    required: {
      id: 'summary.disclosure.required',
      message:
        'If an LLM helped you, say so: name the tool, say how you used it, and say what it produced.',
    },
    encouraged: {
      id: 'summary.disclosure.encouraged',
      message:
        'If an LLM helped you, please say so: name the tool, say how you used it, and say what it produced.',
    },
  },
};

/**
 * The exceptions to the disclosure point, when the table "When to disclose" (./disclosureUses.ts)
 * has any: uses that need no note, or only a welcome one. The table lists them; the summary only
 * says that they exist, so the two can never disagree.
 */
export function disclosureExceptionsSentence(options: PolicyOptions): Message | null {
  const light = disclosureUseIds.some((use) => {
    const verdict = verdictFor(use, options);
    return verdict === 'none' || verdict === 'optional';
  });
  return light
    ? {
        id: 'summary.disclosure.exceptions',
        message: 'Some kinds of help need no note. The table “When to disclose” lists them.',
      }
    : null;
}

/** The rule on closed commercial models, when the project adds it. */
export const closedModelsSentence: DependsOnPolicy<Message | null> = {
  policyOption: 'closedCommercialModels',
  values: {
    'no-clause': null,
    'not-accepted': {
      id: 'summary.copyright.closedModels',
      message: 'Output of closed commercial models is not accepted.',
    },
  },
};

/** The rule on model text in conversations. */
export const ownWordsSentence: DependsOnPolicy<Message> = {
  policyOption: 'verbatimModelText',
  values: {
    'not-allowed': {
      id: 'summary.communication.ownWords',
      message: 'Write your messages to people in your own words. Do not paste model output.',
    },
    'allowed-when-disclosed': {
      id: 'summary.communication.markModelText',
      message:
        'Write your messages to people in your own words where you can, and mark any text you post from a model.',
    },
  },
};

/** What the summary says about machine translation. */
export const translationSentence: DependsOnPolicy<Message> = {
  policyOption: 'machineTranslation',
  values: {
    exempt: {
      id: 'summary.communication.translation',
      message: 'Machine translation of your own words is welcome.',
    },
    'not-exempt': {
      id: 'summary.communication.translationWithNote',
      message: 'Machine translation of your own words is welcome, with a short note.',
    },
  },
};

/** The rule on agents. */
export const agentsSentence: DependsOnPolicy<Message> = {
  policyOption: 'autonomousAgents',
  values: {
    'not-allowed': {
      id: 'summary.agents.notAllowed',
      message:
        'Agents may not open issues or pull requests, or post comments, on their own. A person makes every contribution.',
    },
    'allowed-with-accountable-human': {
      id: 'summary.agents.accountable',
      message:
        'An agent may open issues or pull requests, or post comments, only when a named person is responsible for it and the contribution says so.',
    },
  },
};

const points: readonly PointSource[] = [
  {
    id: 'responsibility',
    name: { id: 'summary.responsibility.name', message: 'Responsibility' },
    sentences: [
      {
        id: 'summary.responsibility',
        message:
          'You are responsible for everything you submit, however you made it. Submit work only when you can say “I am the author”.',
      },
    ],
  },
  {
    id: 'disclosure',
    name: { id: 'summary.disclosure.name', message: 'Disclosure' },
    sentences: [disclosureSentence, disclosureExceptionsSentence],
  },
  {
    id: 'quality',
    name: { id: 'summary.quality.name', message: 'Quality' },
    sentences: [
      {
        id: 'summary.quality',
        message: 'Low-effort submissions made by machines are rejected.',
      },
    ],
  },
  {
    id: 'copyright',
    name: { id: 'summary.copyright.name', message: 'Copyright' },
    sentences: [
      {
        id: 'summary.copyright',
        message:
          'The project may reject any contribution whose copyright is in doubt, made with an LLM or not.',
      },
      closedModelsSentence,
    ],
  },
  {
    id: 'communication',
    name: { id: 'summary.communication.name', message: 'Communication' },
    sentences: [ownWordsSentence, translationSentence],
  },
  {
    id: 'agents',
    name: { id: 'summary.agents.name', message: 'Agents' },
    sentences: [agentsSentence],
  },
];

/** The six points, with the sentences that fit the project's options. */
export function policySummary(options: PolicyOptions): readonly SummaryPoint[] {
  return points.map((point) => ({
    id: point.id,
    name: point.name,
    sentences: point.sentences
      .map((sentence) =>
        typeof sentence === 'function' ? sentence(options) : resolveChoice(sentence, options),
      )
      .filter((sentence): sentence is Message => sentence !== null),
  }));
}

/** One point's sentences as one English text, for the generated files. */
export function summaryText(point: SummaryPoint): string {
  return point.sentences.map((sentence) => sentence.message).join(' ');
}

/** A sentence of the summary as the project's options choose it, in English; "" when left out. */
export function chosenSentence(
  sentence: DependsOnPolicy<Message | null>,
  options: PolicyOptions,
): string {
  return resolveChoice(sentence, options)?.message ?? '';
}
