/**
 * Tools by kind: the names people use when they ask "is Copilot OK?", grouped
 * by what the tool does, and the rows of the table "When to disclose"
 * (src/data/disclosureUses.ts) that each kind leads to. The FAQ lists them
 * (src/components/ToolKinds), so the site search finds a tool by its name,
 * and the reply templates' search finds the templates for the cases these
 * uses lead to (src/components/ReplyTemplates/filters.ts).
 *
 * How to edit: products change, so check the names now and then. Add, rename
 * or remove a name in `tools`, then set `checkedOn` of that kind to the day
 * you checked. Write each name as its maker does; names are not translated.
 * A product that does several kinds of things goes under each kind, named
 * after the part that does it ("Cursor Tab", "Cursor agent"). `uses` lists
 * the rows of "When to disclose" that fit the kind, in the table's order; a row
 * that does not arise under the project's choices is left out by itself.
 * Keep each kind's id stable: it is an anchor on the FAQ page.
 */
import {
  disclosureTable,
  reviewerCaseFor,
  type DisclosureRow,
  type DisclosureUseId,
} from './disclosureUses';
import type { Message } from './message';
import type { PolicyOptions } from './policyOptions';
import type { ReplyCaseId } from './replyCases';

export const toolKindIds = [
  'completion',
  'chat',
  'agents',
  'translators',
  'grammar',
  'accessibility',
] as const;

export type ToolKindId = (typeof toolKindIds)[number];

export interface ToolKind {
  readonly label: Message;
  /** What tools of this kind do, in a sentence. */
  readonly description: Message;
  /** Product names, as their makers write them. */
  readonly tools: readonly string[];
  /** The rows of "When to disclose" that fit this kind of tool, in the table's order. */
  readonly uses: readonly DisclosureUseId[];
  /** The day the names were last checked, YYYY-MM-DD. */
  readonly checkedOn: string;
}

export const toolKinds: Readonly<Record<ToolKindId, ToolKind>> = {
  completion: {
    label: { id: 'toolKinds.completion.label', message: 'Completion in the editor' },
    description: {
      id: 'toolKinds.completion.description',
      message:
        'They suggest the rest of a word, a line or a block of code while you type. Some editors call this autocomplete.',
    },
    tools: [
      'GitHub Copilot',
      'Cursor Tab',
      'Tabnine',
      'Windsurf',
      'Gemini Code Assist',
      'Amazon Q Developer',
    ],
    uses: ['wordAutocomplete', 'lineCompletion', 'closedModelOutput'],
    checkedOn: '2026-12-06',
  },
  chat: {
    label: { id: 'toolKinds.chat.label', message: 'Chat assistants' },
    description: {
      id: 'toolKinds.chat.description',
      message: 'You ask a question or give a task, and they answer with text or code.',
    },
    tools: [
      'ChatGPT',
      'Claude',
      'Gemini',
      'Microsoft Copilot',
      'GitHub Copilot Chat',
      'Mistral Le Chat',
      'DeepSeek',
      'Perplexity',
    ],
    uses: [
      'explanation',
      'rewrittenDraft',
      'pastedModelCode',
      'postedVerbatim',
      'closedModelOutput',
    ],
    checkedOn: '2026-12-06',
  },
  agents: {
    label: { id: 'toolKinds.agents.label', message: 'Coding agents' },
    description: {
      id: 'toolKinds.agents.description',
      message:
        'They change files, run commands or open pull requests for you, one step after another.',
    },
    tools: [
      'Claude Code',
      'OpenAI Codex',
      'GitHub Copilot coding agent',
      'Cursor agent',
      'Gemini CLI',
      'Devin',
      'Aider',
      'Cline',
    ],
    uses: [
      'generatedCode',
      'vouchedWork',
      'agentAccountable',
      'agentOnItsOwn',
      'closedModelOutput',
    ],
    checkedOn: '2026-12-06',
  },
  translators: {
    label: { id: 'toolKinds.translators.label', message: 'Translators' },
    description: {
      id: 'toolKinds.translators.description',
      message: 'They turn words you wrote in your own language into another language.',
    },
    tools: ['DeepL', 'Google Translate', 'Microsoft Translator'],
    uses: ['translation'],
    checkedOn: '2026-12-06',
  },
  grammar: {
    label: { id: 'toolKinds.grammar.label', message: 'Grammar and spelling checkers' },
    description: {
      id: 'toolKinds.grammar.description',
      message:
        'They correct the spelling and grammar of your text. Many can also rewrite whole sentences.',
    },
    tools: ['Grammarly', 'LanguageTool', 'DeepL Write', 'Microsoft Editor', 'QuillBot'],
    uses: ['grammar', 'postedVerbatim'],
    checkedOn: '2026-12-06',
  },
  accessibility: {
    label: {
      id: 'toolKinds.accessibility.label',
      message: 'Dictation and other accessibility tools',
    },
    description: {
      id: 'toolKinds.accessibility.description',
      message: 'They let you write by voice, predict the words you mean, or read the screen aloud.',
    },
    tools: [
      'Dragon',
      'Talon',
      'Windows Voice Access',
      'Apple Voice Control',
      'NVDA',
      'JAWS',
      'VoiceOver',
    ],
    uses: ['accessibility'],
    checkedOn: '2026-12-06',
  },
};

/** The anchor of a kind's heading on the FAQ page: "tools-chat". */
export function toolKindAnchor(kind: ToolKindId): string {
  return `tools-${kind}`;
}

/** A use of a kind of tool, as the table "When to disclose" gives it: label, verdict and its words. */
export type ToolKindUse = Omit<DisclosureRow, 'anchor'>;

/** A kind's uses that arise under these options, with what the policy asks of each: the table's rows. */
export function toolKindUses(kind: ToolKindId, options: PolicyOptions): readonly ToolKindUse[] {
  const rows = disclosureTable(options);
  return toolKinds[kind].uses.flatMap((use) => rows.filter((row) => row.use === use));
}

/**
 * The kinds of tool whose uses lead a reviewer to this case of the reviewers' guide, under
 * these options: a contributor who used ChatGPT may need the replies of each such case.
 */
export function toolKindsForCase(
  caseId: ReplyCaseId,
  options: PolicyOptions,
): readonly ToolKindId[] {
  return toolKindIds.filter((kind) =>
    toolKinds[kind].uses.some((use) => reviewerCaseFor(use, options) === caseId),
  );
}

/** The day the oldest of the lists was checked, YYYY-MM-DD: the list is as new as that. */
export function toolNamesCheckedOn(): string {
  return toolKindIds
    .map((kind) => toolKinds[kind].checkedOn)
    .reduce((oldest, date) => (date < oldest ? date : oldest));
}
