/**
 * When to disclose: each kind of LLM use, and what the policy asks of it. This
 * table is the one source of these answers. The policy page shows it as a
 * table, the FAQ answers show the verdicts of the uses they are about, and the
 * self-check takes the weight of each finding about a use from here. A test
 * checks that no page or finding gives another answer.
 *
 * The rule behind it: disclose when an LLM gave you ideas or produced part of
 * the work; tools that only help you put down your own words need nothing.
 * Where the original policy leaves a case to the contributor's judgement, the
 * verdict is "yourCall", and the site says so instead of ruling. Where the
 * policy asks the contributor to write something again in their own words
 * ("please do not"), the verdict is "rewrite": work to do, not a refusal.
 *
 * How to edit: give a use a label and a verdict. A verdict that depends on a
 * policy option is written `{ policyOption, values }`; a verdict of null
 * leaves the use out of the table for that choice. Keep each `id` stable.
 */
import type { Message } from './message';
import { resolveChoice, type DependsOnPolicy } from './policyChoice';
import type { PolicyOptions } from './policyOptions';
import type { PolicyAnchor } from './policySections';
import type { ReplyCaseId } from './replyCases';

export const disclosureUseIds = [
  'wordAutocomplete',
  'lineCompletion',
  'grammar',
  'translation',
  'accessibility',
  'explanation',
  'rewrittenDraft',
  'generatedCode',
  'pastedModelCode',
  'postedRewritten',
  'postedVerbatim',
  'vouchedWork',
  'agentAccountable',
  'agentOnItsOwn',
  'closedModelOutput',
] as const;

export type DisclosureUseId = (typeof disclosureUseIds)[number];

/** What the policy asks, from lightest to heaviest. */
export const verdicts = [
  'none',
  'optional',
  'disclose',
  'yourCall',
  'rewrite',
  'notAcceptable',
] as const;

export type Verdict = (typeof verdicts)[number];

export interface DisclosureUse {
  readonly label: DependsOnPolicy<Message>;
  /** null: the use does not arise under that choice, and the table leaves it out. */
  readonly verdict: DependsOnPolicy<Verdict | null>;
  /** The policy section that explains the verdict. */
  readonly anchor: PolicyAnchor;
  /**
   * The case of the reviewers' guide whose replies fit a contributor who disclosed this use,
   * where it is not the one its verdict leads to (see `reviewerCaseFor`).
   */
  readonly reviewerCase?: ReplyCaseId;
}

export const disclosureUses: Readonly<Record<DisclosureUseId, DisclosureUse>> = {
  wordAutocomplete: {
    label: {
      id: 'uses.wordAutocomplete',
      message: 'Autocomplete that finishes a word or a name you started to type',
    },
    verdict: { policyOption: 'editingAids', values: { light: 'optional', disclose: 'disclose' } },
    anchor: 'when-to-disclose',
  },
  lineCompletion: {
    label: {
      id: 'uses.lineCompletion',
      message: 'Suggestions of whole lines or blocks of code that you accept',
    },
    verdict: 'disclose',
    anchor: 'when-to-disclose',
  },
  grammar: {
    label: {
      id: 'uses.grammar',
      message: 'Corrections to the spelling or grammar of text you wrote',
    },
    verdict: { policyOption: 'editingAids', values: { light: 'none', disclose: 'disclose' } },
    anchor: 'when-to-disclose',
  },
  translation: {
    label: {
      id: 'uses.translation',
      message: 'Machine translation of words you wrote in your own language',
    },
    verdict: {
      policyOption: 'machineTranslation',
      values: { exempt: 'none', 'not-exempt': 'disclose' },
    },
    anchor: 'machine-translation',
    reviewerCase: 'case-machine-translated',
  },
  accessibility: {
    label: {
      id: 'uses.accessibility',
      message: 'Accessibility tools, such as dictation, word prediction or a screen reader',
    },
    verdict: {
      policyOption: 'accessibilityTools',
      values: { exempt: 'none', 'not-exempt': 'disclose' },
    },
    anchor: 'accessibility-tools',
  },
  explanation: {
    label: {
      id: 'uses.explanation',
      message: 'Explanations of code, an error or an idea, while you learn',
    },
    verdict: 'disclose',
    anchor: 'when-to-disclose',
  },
  rewrittenDraft: {
    label: {
      id: 'uses.rewrittenDraft',
      message: 'A first draft from an LLM that you rewrote, making each decision yourself',
    },
    verdict: 'disclose',
    anchor: 'when-to-disclose',
  },
  generatedCode: {
    label: {
      id: 'uses.generatedCode',
      message:
        'Tests, boilerplate or a repetitive change, such as a converted configuration, that an LLM wrote and you checked',
    },
    verdict: 'yourCall',
    anchor: 'responsibility',
  },
  pastedModelCode: {
    label: {
      id: 'uses.pastedModelCode',
      message:
        'Code from an LLM’s answer, such as a chat reply, that you pasted into your change, even with a note that says where it comes from',
    },
    verdict: 'yourCall',
    anchor: 'responsibility',
  },
  postedRewritten: {
    label: {
      id: 'uses.postedRewritten',
      message:
        'Text you post, such as an issue or a pull-request description, that an LLM drafted and you rewrote in your own words',
    },
    verdict: 'disclose',
    anchor: 'communication',
  },
  postedVerbatim: {
    label: {
      id: 'uses.postedVerbatim',
      message: 'Text from an LLM that you post as it wrote it, or nearly so',
    },
    verdict: {
      policyOption: 'verbatimModelText',
      values: { 'not-allowed': 'rewrite', 'allowed-when-disclosed': 'disclose' },
    },
    anchor: 'communication',
    reviewerCase: 'case-verbatim-text',
  },
  vouchedWork: {
    label: {
      id: 'uses.vouchedWork',
      message: 'Work that an LLM wrote and that you only read, tested and vouch for',
    },
    verdict: 'notAcceptable',
    anchor: 'responsibility',
    reviewerCase: 'case-looked-at',
  },
  agentAccountable: {
    label: {
      id: 'uses.agentAccountable',
      message:
        'An agent that opens issues or pull requests, or posts comments, with a named person responsible for it',
    },
    verdict: {
      policyOption: 'autonomousAgents',
      values: { 'not-allowed': null, 'allowed-with-accountable-human': 'disclose' },
    },
    anchor: 'agents',
  },
  agentOnItsOwn: {
    label: {
      policyOption: 'autonomousAgents',
      values: {
        'not-allowed': {
          id: 'uses.agentOnItsOwn',
          message: 'An agent that opens issues or pull requests, or posts comments, on its own',
        },
        'allowed-with-accountable-human': {
          id: 'uses.agentWithNobody',
          message:
            'An agent that opens issues or pull requests, or posts comments, with no named person responsible for it',
        },
      },
    },
    verdict: 'notAcceptable',
    anchor: 'agents',
    reviewerCase: 'case-agent',
  },
  closedModelOutput: {
    label: {
      id: 'uses.closedModelOutput',
      message: 'Code or text from a closed commercial model',
    },
    verdict: {
      policyOption: 'closedCommercialModels',
      values: { 'no-clause': null, 'not-accepted': 'notAcceptable' },
    },
    anchor: 'copyright',
    reviewerCase: 'case-closing',
  },
};

/** What the policy asks of a use under these options, or null when the use does not arise. */
export function verdictFor(use: DisclosureUseId, options: PolicyOptions): Verdict | null {
  return resolveChoice(disclosureUses[use].verdict, options);
}

/**
 * The case of the reviewers' guide for each verdict, when a contributor disclosed the use:
 * nothing to answer for a use that needs no note, thanks for a disclosure, respect for a
 * contributor's own judgement in a gray area, and a request to rewrite. A use that is not
 * acceptable names its own case, since the reason differs.
 */
const reviewerCaseOfVerdict: Readonly<Record<Verdict, ReplyCaseId | null>> = {
  none: null,
  optional: null,
  disclose: 'case-good-disclosure',
  yourCall: 'case-gray-area',
  rewrite: 'case-verbatim-text',
  notAcceptable: null,
};

/**
 * The reviewers' case whose replies fit a contributor who disclosed this use, under these
 * options; null when a reviewer has nothing to answer.
 */
export function reviewerCaseFor(use: DisclosureUseId, options: PolicyOptions): ReplyCaseId | null {
  const verdict = verdictFor(use, options);
  if (verdict === null) {
    return null;
  }
  return disclosureUses[use].reviewerCase ?? reviewerCaseOfVerdict[verdict];
}

/** How a verdict reads. Where disclosure is only encouraged, the wording says so. */
export function verdictLabel(verdict: Verdict, options: PolicyOptions): Message {
  const encouraged = options.disclosure === 'encouraged';
  switch (verdict) {
    case 'none':
      return { id: 'uses.verdict.none', message: 'Nothing to disclose' };
    case 'optional':
      return { id: 'uses.verdict.optional', message: 'A short note is welcome, but not needed' };
    case 'disclose':
      return encouraged
        ? { id: 'uses.verdict.discloseEncouraged', message: 'Please disclose it (encouraged)' }
        : { id: 'uses.verdict.disclose', message: 'Disclose it' };
    case 'yourCall':
      return encouraged
        ? {
            id: 'uses.verdict.yourCallEncouraged',
            message: 'You decide if you are the author. If you submit it, please say so and ask',
          }
        : {
            id: 'uses.verdict.yourCall',
            message: 'You decide if you are the author. If you submit it, disclose it and ask',
          };
    case 'rewrite':
      return { id: 'uses.verdict.rewrite', message: 'Please write it in your own words instead' };
    case 'notAcceptable':
      return { id: 'uses.verdict.notAcceptable', message: 'Not acceptable' };
  }
}

export interface DisclosureRow {
  readonly use: DisclosureUseId;
  readonly label: Message;
  readonly verdict: Verdict;
  readonly verdictLabel: Message;
  readonly anchor: PolicyAnchor;
}

/** The rows of the table "When to disclose" for these options, in the listed order. */
export function disclosureTable(options: PolicyOptions): readonly DisclosureRow[] {
  return disclosureUseIds.flatMap((use) => {
    const verdict = verdictFor(use, options);
    if (verdict === null) {
      return [];
    }
    return [
      {
        use,
        label: resolveChoice(disclosureUses[use].label, options),
        verdict,
        verdictLabel: verdictLabel(verdict, options),
        anchor: disclosureUses[use].anchor,
      },
    ];
  });
}

/** The anchor of a row of the table "When to disclose": "use-translation". */
export function rowAnchor(use: DisclosureUseId): string {
  return `use-${use}`;
}
