/**
 * Situations a contributor meets, each told in one sentence, with the answers they would give
 * and what the policy asks of them. The test beside this file asks every surface of the site
 * about each situation (the self-check, the pull-request check, the FAQ, the reviewers' table of
 * replies and the six points) and fails when one answers differently.
 *
 * The expected answers are written here from the policy's text, not read from
 * src/data/disclosureUses.ts, so the test can catch the model itself. Where the answer depends
 * on a policy option, it is written `{ policyOption, values }`, one answer per value.
 *
 * How to add one: tell the story in the contributor's words, give the uses they would tick in
 * the self-check (none means "no LLM"), what they would write under "LLM use" in the pull
 * request, and the verdict and the reviewers' cases that follow.
 */
import type { Verdict } from '../../../src/data/disclosureUses';
import type { DependsOnPolicy } from '../../../src/data/policyChoice';
import type { PolicyOptions } from '../../../src/data/policyOptions';
import type { ReplyCaseId } from '../../../src/data/replyCases';
import type { OptionId } from '../../../src/data/selfCheck/flow';

export interface Situation {
  /** Stable and unique. */
  readonly id: string;
  /** The contributor's story, in one sentence. */
  readonly story: string;
  /** What they tick for "How did an LLM help?"; empty for "no LLM". */
  readonly uses: readonly OptionId<'uses'>[];
  /** Their answer about closed commercial models, where the project asks; "no" when left out. */
  readonly closedModel?: OptionId<'closedModel'>;
  /** Their answer about where the work comes from; "all my own" when left out. */
  readonly source?: readonly OptionId<'source'>[];
  /** Whether they can explain every decision; "yes" when left out. */
  readonly decisions?: OptionId<'decisions'>;
  /** What they write under the template's "LLM use" heading, honestly. */
  readonly llmUse: string;
  /**
   * A shorter note about the same use, for a use that the policy may treat as light: it passes
   * where the use needs no disclosure (or only a welcome note), and is too thin where it must
   * be disclosed.
   */
  readonly shortNote?: string;
  /** The situation arises only under these options, such as an agent with a named person. */
  readonly onlyWhen?: Partial<{ [Id in keyof PolicyOptions]: readonly PolicyOptions[Id][] }>;
  /** What the policy asks: the heaviest verdict of the situation. */
  readonly verdict: DependsOnPolicy<Verdict>;
  /** The cases of the reviewers' guide whose replies fit, once the contributor has disclosed. */
  readonly reviewerCases: DependsOnPolicy<readonly ReplyCaseId[]>;
}

const editingAids = <T>(light: T, disclose: T): DependsOnPolicy<T> => ({
  policyOption: 'editingAids',
  values: { light, disclose },
});
const translation = <T>(exempt: T, notExempt: T): DependsOnPolicy<T> => ({
  policyOption: 'machineTranslation',
  values: { exempt, 'not-exempt': notExempt },
});
const accessibility = <T>(exempt: T, notExempt: T): DependsOnPolicy<T> => ({
  policyOption: 'accessibilityTools',
  values: { exempt, 'not-exempt': notExempt },
});
const verbatim = <T>(notAllowed: T, allowed: T): DependsOnPolicy<T> => ({
  policyOption: 'verbatimModelText',
  values: { 'not-allowed': notAllowed, 'allowed-when-disclosed': allowed },
});

const thanks: readonly ReplyCaseId[] = ['case-good-disclosure'];
const grayArea: readonly ReplyCaseId[] = ['case-gray-area'];

export const situations: readonly Situation[] = [
  // No LLM at all.
  {
    id: 'no-llm-none',
    story: 'I wrote the whole change myself and say "None." under "LLM use".',
    uses: [],
    llmUse: 'None.',
    verdict: 'none',
    reviewerCases: [],
  },
  {
    id: 'no-llm-by-hand',
    story: 'I wrote every line by hand and say so in my own words.',
    uses: [],
    llmUse: 'I wrote it myself, without any LLM.',
    verdict: 'none',
    reviewerCases: [],
  },
  {
    id: 'no-llm-dash',
    story: 'I used no LLM and answer the template with a dash.',
    uses: [],
    llmUse: '-',
    verdict: 'none',
    reviewerCases: [],
  },
  {
    id: 'no-llm-ai-feature',
    story:
      'My change adds support for a language model API to the project, and I used no LLM to write it.',
    uses: [],
    llmUse: 'No LLM helped with this change. The change itself adds an OpenAI client option.',
    verdict: 'none',
    reviewerCases: [],
  },
  {
    id: 'no-llm-credited-library',
    story:
      'I used no LLM, but I copied a small function from an MIT-licensed library and credited it.',
    uses: [],
    source: ['credited'],
    llmUse: 'None used.',
    verdict: 'none',
    reviewerCases: [],
  },

  // Help that the policy may treat as light.
  {
    id: 'autocomplete-names',
    story: 'Copilot in my editor finished variable names that I had started to type.',
    uses: ['wordAutocomplete'],
    llmUse:
      'GitHub Copilot autocomplete finished some variable names I started typing in parser.py.',
    shortNote: 'Copilot finished some variable names.',
    verdict: editingAids('optional', 'disclose'),
    reviewerCases: editingAids([], thanks),
  },
  {
    id: 'grammarly-docs',
    story: 'Grammarly corrected the spelling and grammar of the documentation I wrote.',
    uses: ['grammar'],
    llmUse: 'Grammarly corrected the spelling and grammar of my text in docs/install.md.',
    shortNote: 'Grammarly.',
    verdict: editingAids('none', 'disclose'),
    reviewerCases: editingAids([], thanks),
  },
  {
    id: 'spell-check-comments',
    story: 'A spell checker fixed typos in the comments I wrote.',
    uses: ['grammar'],
    llmUse: 'LanguageTool fixed the spelling of my comments in cache.rs.',
    shortNote: 'Spell-checked with LanguageTool.',
    verdict: editingAids('none', 'disclose'),
    reviewerCases: editingAids([], thanks),
  },
  {
    id: 'deepl-description',
    story: 'I wrote the pull-request description in Spanish and translated it with DeepL.',
    uses: ['translation'],
    llmUse: 'I wrote the description in Spanish and translated it with DeepL.',
    shortNote: 'Translated with DeepL.',
    verdict: translation('none', 'disclose'),
    reviewerCases: ['case-machine-translated'],
  },
  {
    id: 'chatgpt-translates-comment',
    story: 'I asked a chat assistant to translate my review comment from Japanese into English.',
    uses: ['translation'],
    llmUse: 'I translated my comments from Japanese with ChatGPT; the words are mine.',
    verdict: translation('none', 'disclose'),
    reviewerCases: ['case-machine-translated'],
  },
  {
    id: 'dictation',
    story: 'Typing hurts my hands, so I dictated the docstrings with speech-to-text software.',
    uses: ['accessibility'],
    llmUse: 'I dictated the docstrings in io.py with Talon.',
    shortNote: 'Dictation software.',
    verdict: accessibility('none', 'disclose'),
    reviewerCases: accessibility([], thanks),
  },
  {
    id: 'screen-reader',
    story: 'I write with a screen reader and word prediction.',
    uses: ['accessibility'],
    llmUse:
      'I use the NVDA screen reader and word prediction to write, including this description.',
    verdict: accessibility('none', 'disclose'),
    reviewerCases: accessibility([], thanks),
  },
  {
    id: 'grammar-and-autocomplete',
    story: 'Autocomplete finished some names and a grammar checker fixed my comments.',
    uses: ['wordAutocomplete', 'grammar'],
    llmUse:
      'Copilot autocomplete finished some function names in api.ts. Grammarly fixed the grammar of my comments.',
    verdict: editingAids('optional', 'disclose'),
    reviewerCases: editingAids([], thanks),
  },

  // Help that is disclosed.
  {
    id: 'copilot-lines',
    story: 'I accepted Copilot suggestions of whole lines in two helper functions.',
    uses: ['lineCompletion'],
    llmUse:
      'I used GitHub Copilot in my editor. It suggested the bodies of two helper functions in utils.py, which I accepted and tested.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'chatgpt-explains-error',
    story: 'ChatGPT explained an error message to me, and then I wrote the fix myself.',
    uses: ['explanation'],
    llmUse:
      'I asked ChatGPT to explain a type error in the build. It wrote no code; I wrote the fix in config.ts myself.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'gemini-explains-scheduler',
    story: 'While I learned the code, Gemini explained how the scheduler works.',
    uses: ['explanation'],
    llmUse:
      'Gemini explained how the scheduler module works while I learned it. I wrote all the code.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'claude-draft-rewritten',
    story:
      'Claude gave me a first draft of a function, and I rewrote it, making each decision myself.',
    uses: ['rewrittenDraft'],
    llmUse:
      'Claude drafted a first version of the retry function in client.go. I rewrote it and made every decision myself.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'issue-drafted-then-rewritten',
    story:
      'A chat assistant drafted my pull-request description, and I rewrote it in my own words.',
    uses: ['postedRewritten'],
    llmUse: 'ChatGPT drafted this description, and I rewrote it in my own words.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'lines-and-grammar',
    story: 'Copilot suggested a loop that I accepted, and a grammar checker fixed my README text.',
    uses: ['lineCompletion', 'grammar'],
    llmUse:
      'GitHub Copilot suggested the loop in sort.py, which I accepted. Grammarly fixed typos in my README text.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'dictation-and-explanation',
    story: 'I dictate everything I write, and Claude explained a part of the code to me.',
    uses: ['accessibility', 'explanation'],
    llmUse:
      'Claude explained how the cache module works; it wrote no code. I wrote the change in cache.py.',
    verdict: 'disclose',
    reviewerCases: accessibility(thanks, thanks),
  },

  // The contributor's own judgement.
  {
    id: 'generated-tests',
    story: 'Cursor wrote the unit tests for my change, and I checked each one.',
    uses: ['generatedCode'],
    llmUse: 'Cursor generated the unit tests in tests/test_parser.py. I read and checked each one.',
    verdict: 'yourCall',
    reviewerCases: grayArea,
  },
  {
    id: 'converted-config',
    story: 'An LLM converted our CI configuration to a new format, and I checked every step.',
    uses: ['generatedCode'],
    llmUse:
      'I used Claude to convert the CI configuration in .github/workflows/ci.yml. I checked every step by hand.',
    verdict: 'yourCall',
    reviewerCases: grayArea,
  },
  {
    id: 'pasted-chat-code',
    story: 'I pasted a block of code from a chat answer into my change.',
    uses: ['pastedModelCode'],
    llmUse: 'I pasted the regex helper in validate.js from a ChatGPT answer, then tested it.',
    verdict: 'yourCall',
    reviewerCases: grayArea,
  },
  {
    id: 'pasted-chat-code-credited',
    story:
      'I pasted a block of code from a chat answer and credited the model, as I would a library.',
    uses: ['pastedModelCode'],
    source: ['credited'],
    llmUse:
      'The parse_date function in dates.py comes from a ChatGPT answer; a comment there says so. I tested it.',
    verdict: 'yourCall',
    reviewerCases: grayArea,
  },
  {
    id: 'tests-and-translation',
    story: 'I translated my description with DeepL, and Claude wrote the tests, which I checked.',
    uses: ['translation', 'generatedCode'],
    llmUse:
      'Claude generated the tests in tests/test_io.py, and I checked each one. I translated this description with DeepL.',
    verdict: 'yourCall',
    reviewerCases: translation(
      ['case-machine-translated', 'case-gray-area'],
      ['case-machine-translated', 'case-gray-area'],
    ),
  },
  {
    id: 'draft-resembles-source',
    story: 'I rewrote a draft from an LLM, but the result looks like code from another project.',
    uses: ['rewrittenDraft'],
    source: ['resembles'],
    llmUse:
      'Claude drafted the sorting function in sort.rs, which I rewrote. Parts of it resemble code from another project.',
    verdict: 'yourCall',
    reviewerCases: thanks,
  },

  // Work to do first.
  {
    id: 'verbatim-description',
    story: 'I pasted a chat assistant’s summary of my change as the description, as it wrote it.',
    uses: ['postedVerbatim'],
    llmUse: 'ChatGPT wrote this description; I pasted it as it wrote it.',
    verdict: verbatim('rewrite', 'disclose'),
    reviewerCases: ['case-verbatim-text'],
  },
  {
    id: 'cannot-explain',
    story: 'Copilot suggested parts of the change that I cannot fully explain yet.',
    uses: ['lineCompletion'],
    decisions: 'notAll',
    llmUse:
      'GitHub Copilot suggested lines in the retry loop of client.ts, and I accepted them. I cannot explain all of them yet.',
    verdict: 'rewrite',
    reviewerCases: thanks,
  },
  {
    id: 'unchecked-source',
    story: 'A model wrote boilerplate for me, and I have not checked where it comes from.',
    uses: ['generatedCode'],
    source: ['unchecked'],
    llmUse:
      'Claude generated the boilerplate in models.py. I have not checked where it comes from.',
    verdict: 'rewrite',
    reviewerCases: grayArea,
  },
  {
    id: 'verbatim-and-rewritten-draft',
    story:
      'I rewrote the code an LLM drafted, but I posted its reply text to a reviewer as it was.',
    uses: ['rewrittenDraft', 'postedVerbatim'],
    llmUse:
      'Claude drafted the handler in server.py, which I rewrote. I pasted its explanation into a comment as it wrote it.',
    verdict: verbatim('rewrite', 'disclose'),
    reviewerCases: ['case-good-disclosure', 'case-verbatim-text'],
  },

  // Not acceptable.
  {
    id: 'vouched-work',
    story: 'Claude Code wrote the whole change, and I only read it and ran the tests.',
    uses: ['vouchedWork'],
    llmUse: 'Claude Code wrote the whole change. I read it and ran the tests.',
    verdict: 'notAcceptable',
    reviewerCases: ['case-looked-at'],
  },
  {
    id: 'agent-on-its-own',
    story: 'My agent opened this pull request by itself, and no person checked it first.',
    uses: ['agentOnItsOwn'],
    llmUse: 'An OpenHands agent opened this pull request on its own; no person reviewed the code.',
    verdict: 'notAcceptable',
    reviewerCases: ['case-agent'],
  },
  {
    id: 'agent-with-a-person',
    story: 'An agent opened this pull request, and I am the named person responsible for it.',
    uses: ['agentAccountable'],
    onlyWhen: { autonomousAgents: ['allowed-with-accountable-human'] },
    llmUse:
      'An OpenHands agent opened this pull request and wrote the fix in cli.py. I am responsible for it and checked every line.',
    verdict: 'disclose',
    reviewerCases: thanks,
  },
  {
    id: 'closed-model',
    story: 'Copilot suggested lines for my change, and it runs on a closed commercial model.',
    uses: ['lineCompletion'],
    closedModel: 'yes',
    onlyWhen: { closedCommercialModels: ['not-accepted'] },
    llmUse: 'GitHub Copilot suggested lines in the loop of sort.py, which I accepted and tested.',
    verdict: 'notAcceptable',
    reviewerCases: ['case-good-disclosure', 'case-closing'],
  },
  {
    id: 'closed-model-unknown',
    story: 'A tool suggested lines for my change, and I do not know which model it runs on.',
    uses: ['lineCompletion'],
    closedModel: 'unknown',
    onlyWhen: { closedCommercialModels: ['not-accepted'] },
    llmUse:
      'I used the Zed assistant to suggest lines in the loop of sort.py. I do not know which model it runs on.',
    verdict: 'rewrite',
    reviewerCases: thanks,
  },
];
