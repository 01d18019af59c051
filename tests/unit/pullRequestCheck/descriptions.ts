/**
 * Pull-request descriptions for the tests of the check, grouped by what they say about LLM use.
 * They are made up for the tests, in the ways contributors write: in the template's sections, or
 * in free text without it.
 *
 * - `form: 'template'`: `changes` goes under the template's first heading, the authorship box is
 *   ticked, and `llmUse` goes under the "LLM use" heading.
 * - `form: 'free'`: `changes` is the whole description, after a paragraph, added by the test,
 *   that says "I am the author".
 */

/** The three things a disclosure says: the tool, how it was used, and which parts it touched. */
export type DisclosurePart = 'tool' | 'how' | 'parts';

interface Base {
  readonly name: string;
  readonly form: 'template' | 'free';
  readonly changes: string;
  readonly llmUse?: string;
}

/** No LLM was used, in any words: never a finding about disclosure. */
export interface NoUse extends Base {
  readonly kind: 'noUse';
}

/**
 * A use that the policy may exempt (machine translation, accessibility tools, and corrections
 * of spelling and grammar, by the options `machineTranslation`, `accessibilityTools` and
 * `editingAids`). When the project exempts it, there is nothing to disclose; when it does not,
 * the description is read as a disclosure, and `whenNotExempt` lists what it lacks.
 */
export interface ExemptUse extends Base {
  readonly kind: 'exempt';
  readonly use: 'translation' | 'accessibility' | 'grammar' | 'wordAutocomplete';
  readonly whenNotExempt: readonly DisclosurePart[];
}

/** An LLM helped, and the description names the tool, the use and the parts. */
export interface FullDisclosure extends Base {
  readonly kind: 'disclosure';
}

/** An LLM helped, and the description leaves out `missing`. */
export interface ThinDisclosure extends Base {
  readonly kind: 'thin';
  readonly missing: readonly DisclosurePart[];
}

/** A change to an LLM feature of the project, or talk of one: neither a use nor a disclosure. */
export interface AiFeature extends Base {
  readonly kind: 'aiFeature';
}

/** An ordinary change that says nothing about LLMs. */
export interface Ordinary extends Base {
  readonly kind: 'ordinary';
}

export type Description =
  NoUse | ExemptUse | FullDisclosure | ThinDisclosure | AiFeature | Ordinary;

const fix = 'Return the defaults when the settings file is empty, instead of crashing.';

export const descriptions: readonly Description[] = [
  // No LLM used: answers under the template's heading.
  { kind: 'noUse', name: 'a full stop', form: 'template', changes: fix, llmUse: 'None.' },
  { kind: 'noUse', name: 'a dash', form: 'template', changes: fix, llmUse: '-' },
  { kind: 'noUse', name: 'an em dash', form: 'template', changes: fix, llmUse: '—' },
  { kind: 'noUse', name: 'N/A', form: 'template', changes: fix, llmUse: 'N/A' },
  { kind: 'noUse', name: 'n.a.', form: 'template', changes: fix, llmUse: 'n.a.' },
  { kind: 'noUse', name: '"No"', form: 'template', changes: fix, llmUse: 'No' },
  { kind: 'noUse', name: '"None used."', form: 'template', changes: fix, llmUse: 'None used.' },
  {
    kind: 'noUse',
    name: '"I wrote it myself."',
    form: 'template',
    changes: fix,
    llmUse: 'I wrote it myself.',
  },
  {
    kind: 'noUse',
    name: '"Hand-written."',
    form: 'template',
    changes: fix,
    llmUse: 'Hand-written.',
  },
  {
    kind: 'noUse',
    name: 'a casual no with own work',
    form: 'template',
    changes: fix,
    llmUse: 'Nope, all my own work.',
  },
  { kind: 'noUse', name: 'a label and a no', form: 'template', changes: fix, llmUse: 'LLM: none' },
  {
    kind: 'noUse',
    name: 'a denial that names the tools',
    form: 'template',
    changes: fix,
    llmUse: 'I did not use ChatGPT, Copilot or any other assistant.',
  },
  {
    kind: 'noUse',
    name: 'a passive denial',
    form: 'template',
    changes: fix,
    llmUse: 'Copilot was not used for any part of this.',
  },
  {
    kind: 'noUse',
    name: '"Not applicable"',
    form: 'template',
    changes: fix,
    llmUse: 'Not applicable, everything was typed by hand.',
  },
  {
    kind: 'noUse',
    name: 'an unticked option',
    form: 'template',
    changes: fix,
    llmUse: '- [ ] An LLM helped with this change',
  },
  {
    kind: 'noUse',
    name: 'a bold "Nothing to disclose"',
    form: 'template',
    changes: fix,
    llmUse: '**Nothing to disclose.**',
  },
  {
    kind: 'noUse',
    name: 'a question answered',
    form: 'template',
    changes: fix,
    llmUse: 'ChatGPT? No.',
  },
  {
    kind: 'noUse',
    name: '"I typed every line."',
    form: 'template',
    changes: fix,
    llmUse: 'I typed every line.',
  },
  {
    kind: 'noUse',
    name: 'a person who helped',
    form: 'template',
    changes: fix,
    llmUse: 'I asked a friend to review it.',
  },
  // No LLM used: free text.
  {
    kind: 'noUse',
    name: 'a sentence after the change',
    form: 'free',
    changes: `${fix}\n\nNo LLM was used for this change.`,
  },
  {
    kind: 'noUse',
    name: 'an AI denial in a short reply',
    form: 'free',
    changes: `${fix}\n\nI didn't use any AI tools.`,
  },
  {
    kind: 'noUse',
    name: 'a labelled answer',
    form: 'free',
    changes: `${fix}\n\nAI use: none.`,
  },
  {
    kind: 'noUse',
    name: 'written without a model',
    form: 'free',
    changes: `${fix}\n\nWritten without any language model, as the policy asks.`,
  },
  {
    kind: 'noUse',
    name: 'a denial in the middle of a paragraph',
    form: 'free',
    changes: `${fix} I wrote this by hand and did not use Copilot. The test covers the empty file.`,
  },
  {
    kind: 'noUse',
    name: 'zero LLM involvement',
    form: 'free',
    changes: `${fix}\n\nZero LLM involvement here.`,
  },
  {
    kind: 'noUse',
    name: 'no generative AI',
    form: 'free',
    changes: `${fix}\n\nNo generative AI was used in this PR.`,
  },
  {
    kind: 'noUse',
    name: '"Not AI-assisted."',
    form: 'free',
    changes: `${fix}\n\nNot AI-assisted.`,
  },

  // Exempt uses.
  {
    kind: 'exempt',
    use: 'wordAutocomplete',
    name: '"Copilot finished some variable names."',
    form: 'template',
    changes: fix,
    llmUse: 'Copilot finished some variable names.',
    whenNotExempt: ['parts'],
  },
  {
    kind: 'exempt',
    use: 'wordAutocomplete',
    name: 'word completion in the editor, in free text',
    form: 'free',
    changes: `${fix}\n\nI used Copilot for word completion of long names in parser.py; it wrote no lines.`,
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: '"Translated with DeepL."',
    form: 'template',
    changes: fix,
    llmUse: 'Translated with DeepL.',
    whenNotExempt: ['parts'],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: 'a translated description',
    form: 'template',
    changes: fix,
    llmUse: 'I wrote the description in Spanish and translated it with DeepL.',
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: 'machine translation in free text',
    form: 'free',
    changes: `${fix}\n\nEnglish is not my first language, so this text was machine-translated from Portuguese.`,
    whenNotExempt: ['tool'],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: 'ChatGPT as a translator',
    form: 'free',
    changes: `${fix}\n\nI used ChatGPT to translate my description from Japanese.`,
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: 'Google Translate, under the heading',
    form: 'template',
    changes: fix,
    llmUse: 'Google Translate, for my comments in the code.',
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: 'a translation tool, labelled',
    form: 'free',
    changes: `${fix}\n\nLLM use: only a translation app for this text.`,
    whenNotExempt: ['tool'],
  },
  {
    kind: 'exempt',
    use: 'accessibility',
    name: '"Dictation software."',
    form: 'template',
    changes: fix,
    llmUse: 'Dictation software.',
    whenNotExempt: ['tool', 'parts'],
  },
  {
    kind: 'exempt',
    use: 'accessibility',
    name: 'a screen reader user',
    form: 'free',
    changes: `${fix}\n\nI use a screen reader, so I checked the output with NVDA.`,
    whenNotExempt: ['parts'],
  },
  {
    kind: 'exempt',
    use: 'accessibility',
    name: 'dictated with Dragon',
    form: 'template',
    changes: fix,
    llmUse: 'I dictated the code comments with Dragon because of a wrist injury.',
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'accessibility',
    name: 'voice typing in free text',
    form: 'free',
    changes: `${fix}\n\nThis description was written with voice typing.`,
    whenNotExempt: ['tool'],
  },
  {
    kind: 'exempt',
    use: 'accessibility',
    name: 'word prediction',
    form: 'template',
    changes: fix,
    llmUse: 'Word prediction from my assistive keyboard, as always.',
    whenNotExempt: ['tool', 'parts'],
  },
  {
    kind: 'exempt',
    use: 'grammar',
    name: 'a grammar checker',
    form: 'template',
    changes: fix,
    llmUse: 'Grammarly fixed the spelling of my comments.',
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'grammar',
    name: 'spell-checked in free text',
    form: 'free',
    changes: `${fix}\n\nI spell-checked this text with LanguageTool.`,
    whenNotExempt: [],
  },
  {
    kind: 'exempt',
    use: 'translation',
    name: 'translated by a model, code by hand',
    form: 'template',
    changes: fix,
    llmUse: 'Translated by ChatGPT from Korean; the code is mine.',
    whenNotExempt: [],
  },

  // Full disclosures.
  {
    kind: 'disclosure',
    name: 'one sentence under the heading',
    form: 'template',
    changes: fix,
    llmUse: 'I used GitHub Copilot to draft the two unit tests in parser.test.ts.',
  },
  {
    kind: 'disclosure',
    name: 'a filled list',
    form: 'template',
    changes: fix,
    llmUse:
      '- Tool: Claude Code\n- How: it suggested a first version, and I rewrote it\n- Parts: `loadSettings()` and its tests',
  },
  {
    kind: 'disclosure',
    name: 'a ticked box and notes',
    form: 'template',
    changes: fix,
    llmUse: '- [x] An LLM helped\n\nCursor completed lines in settings.py while I typed.',
  },
  {
    kind: 'disclosure',
    name: 'short and complete',
    form: 'template',
    changes: fix,
    llmUse: 'Copilot helped with the tests.',
  },
  {
    kind: 'disclosure',
    name: 'a long account',
    form: 'template',
    changes: fix,
    llmUse:
      'I asked ChatGPT (GPT-4o) to explain why the parser crashed on an empty file.\nIts answer pointed me to the missing check.\nI wrote the fix myself; it did not write any code.',
  },
  {
    kind: 'disclosure',
    name: 'free text with a link',
    form: 'free',
    changes: `${fix}\n\nI used [Claude](https://claude.ai/) to write the docstring of \`load_settings\`, then edited it.`,
  },
  {
    kind: 'disclosure',
    name: 'free text with the tool as subject',
    form: 'free',
    changes: `${fix}\n\nChatGPT drafted the regular expression in config/parse.ts; I tested it against every fixture.`,
  },
  {
    kind: 'disclosure',
    name: 'a denial of one tool and a use of another',
    form: 'template',
    changes: fix,
    llmUse: 'No Copilot, but Gemini explained the stack trace to me.',
  },
  {
    kind: 'disclosure',
    name: 'a trailer and a sentence',
    form: 'free',
    changes: `${fix}\n\nCopilot suggested the loop in readConfig.\n\nAssisted-by: GitHub Copilot:gpt-4.1`,
  },
  {
    kind: 'disclosure',
    name: 'a co-author line and a note',
    form: 'free',
    changes: `${fix}\n\nThe test cases were generated with help from Claude, and I checked each one.\n\nCo-Authored-By: Claude <noreply@anthropic.com>`,
  },
  {
    kind: 'disclosure',
    name: 'a template answer that starts with "Yes"',
    form: 'template',
    changes: fix,
    llmUse: 'Yes: Codeium autocompleted most of the migration script.',
  },
  {
    kind: 'disclosure',
    name: 'a heading of its own',
    form: 'free',
    changes: `${fix}\n\n### AI disclosure\n\nI used Aider with Llama 3 to refactor the error messages in errors.rs.`,
  },
  {
    kind: 'disclosure',
    name: 'an unknown tool named with a capital',
    form: 'template',
    changes: fix,
    llmUse: 'I used Marlin to generate the fixtures for the tests.',
  },
  {
    kind: 'disclosure',
    name: 'a "not" after the use',
    form: 'template',
    changes: fix,
    llmUse: 'I used ChatGPT to explain an error message, not to write code.',
  },
  {
    kind: 'disclosure',
    name: 'a whole change from an editor',
    form: 'free',
    changes: `${fix}\n\nThis PR was vibe-coded with Cursor, and I have read every line.`,
  },
  {
    kind: 'disclosure',
    name: 'thanks to a tool',
    form: 'free',
    changes: `${fix}\n\nThanks to Copilot for the boilerplate in models.py.`,
  },
  {
    kind: 'disclosure',
    name: 'a review by a model',
    form: 'free',
    changes: `${fix}\n\nI asked Claude to review my regex in utils.py before I opened this.`,
  },
  {
    kind: 'disclosure',
    name: 'questions and no code',
    form: 'template',
    changes: fix,
    llmUse: 'Used Copilot Chat to ask questions about the codebase; no code from it.',
  },
  {
    kind: 'disclosure',
    name: 'a translation and a draft from one tool',
    form: 'template',
    changes: fix,
    llmUse:
      'Yes, I used ChatGPT to translate my description, and it also drafted the doc comments.',
  },
  {
    kind: 'disclosure',
    name: 'a tool on a line of its own',
    form: 'template',
    changes: fix,
    llmUse: 'Claude Code.\nIt implemented the feature; I reviewed it.',
  },

  // Thin disclosures.
  {
    kind: 'thin',
    name: '"Used ChatGPT."',
    form: 'template',
    changes: fix,
    llmUse: 'Used ChatGPT.',
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: '"Yes."',
    form: 'template',
    changes: fix,
    llmUse: 'Yes.',
    missing: ['tool', 'how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'a use with no tool',
    form: 'template',
    changes: fix,
    llmUse: 'Used it to draft the tests.',
    missing: ['tool'],
  },
  {
    kind: 'thin',
    name: 'a generic LLM',
    form: 'free',
    changes: `${fix}\n\nI used an LLM to write the README section.`,
    missing: ['tool'],
  },
  {
    kind: 'thin',
    name: '"Copilot helped."',
    form: 'free',
    changes: `${fix}\n\nCopilot helped.`,
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'Claude Code’s footer',
    form: 'free',
    changes: `${fix}\n\n🤖 Generated with Claude Code`,
    missing: ['parts'],
  },
  {
    kind: 'thin',
    name: 'Claude Code’s footer with its link',
    form: 'free',
    changes: `${fix}\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code/v2.1.0/docs)`,
    missing: ['parts'],
  },
  {
    kind: 'thin',
    name: 'a co-author line alone',
    form: 'free',
    changes: `${fix}\n\nCo-Authored-By: Claude <noreply@anthropic.com>`,
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'an Assisted-by trailer alone',
    form: 'free',
    changes: `${fix}\n\nAssisted-by: Claude Code:claude-sonnet-4-5`,
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'a Generated-by trailer alone',
    form: 'free',
    changes: `${fix}\n\nGenerated-by: ChatGPT 4.1.2`,
    missing: ['parts'],
  },
  {
    kind: 'thin',
    name: 'a model name and a version',
    form: 'template',
    changes: fix,
    llmUse: 'Claude Sonnet 4.5 (v2025.09.29), https://anthropic.com/claude',
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'an AI-assisted change',
    form: 'free',
    // "This change" is the part: all of it.
    changes: `${fix}\n\nThis change is AI-assisted.`,
    missing: ['tool', 'how'],
  },
  {
    kind: 'thin',
    name: 'a denial followed by a use',
    form: 'template',
    changes: fix,
    llmUse: 'Not much, but Cursor suggested things.',
    missing: ['parts'],
  },
  {
    kind: 'thin',
    name: 'a use after "None, except"',
    form: 'template',
    changes: fix,
    llmUse: 'None, except Copilot for autocompletion.',
    missing: ['parts'],
  },
  {
    kind: 'thin',
    name: 'a co-author line for Copilot',
    form: 'free',
    changes: `${fix}\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>`,
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'an agent, unnamed',
    form: 'free',
    changes: `${fix}\n\nMost of this was written by an AI agent.`,
    missing: ['tool'],
  },
  {
    kind: 'thin',
    name: '"Made with ChatGPT"',
    form: 'free',
    changes: `${fix}\n\nMade with ChatGPT`,
    missing: ['how', 'parts'],
  },
  {
    kind: 'thin',
    name: 'only the commit message',
    form: 'template',
    changes: fix,
    llmUse: 'Only for the commit message.',
    missing: ['tool'],
  },
  {
    kind: 'thin',
    name: 'a little of a tool',
    form: 'template',
    changes: fix,
    llmUse: 'A little bit of ChatGPT.',
    missing: ['how', 'parts'],
  },

  // Changes to LLM features of the project.
  {
    kind: 'aiFeature',
    name: '"Use cursor pagination."',
    form: 'free',
    changes: 'Use cursor pagination.',
  },
  {
    kind: 'aiFeature',
    name: '"Fix the AI model loader"',
    form: 'free',
    changes: 'Fix the AI model loader when the model file is missing.',
  },
  {
    kind: 'aiFeature',
    name: 'a Claude API client',
    form: 'free',
    changes:
      'Add a Claude API client. It uses the Messages API to summarise long issues, and the summaries are cached for an hour.',
  },
  {
    kind: 'aiFeature',
    name: 'support for a model, in the template',
    form: 'template',
    changes: 'Support GPT-4o in the chat plugin, and use it by default.',
    llmUse: 'None.',
  },
  {
    kind: 'aiFeature',
    name: 'a provider',
    form: 'free',
    changes:
      'Adds Gemini as a provider. Users can switch between OpenAI and Gemini in the settings.',
  },
  {
    kind: 'aiFeature',
    name: 'a dependency bump',
    form: 'free',
    changes: 'Bump openai from 1.40.0 to 1.41.2.',
  },
  {
    kind: 'aiFeature',
    name: 'a bug in model output',
    form: 'free',
    changes: 'Fix a crash when Gemini produced invalid JSON. The parser now reports the error.',
  },
  {
    kind: 'aiFeature',
    name: 'mocked calls in the tests',
    form: 'free',
    changes: 'Mock the ChatGPT calls in the integration tests, so that CI needs no network.',
  },
  {
    kind: 'aiFeature',
    name: 'a text cursor',
    form: 'free',
    changes: 'The cursor now stays in place when the editor reloads the file.',
  },
  {
    kind: 'aiFeature',
    name: 'an LLM settings page',
    form: 'free',
    changes:
      'Rename the LLM settings to "Assistant". The language model options are now under one heading.',
  },
  {
    kind: 'aiFeature',
    name: 'Copilot instructions',
    form: 'free',
    changes:
      'Add .github/copilot-instructions.md so the Copilot instructions match our style guide.',
  },
  {
    kind: 'aiFeature',
    name: 'an AI feature under the template',
    form: 'template',
    changes:
      'The assistant now streams Claude responses as they arrive. I used the Anthropic SDK for the client.',
    llmUse: 'No LLM helped me write this.',
  },
  {
    kind: 'aiFeature',
    name: 'cached model output',
    form: 'free',
    changes: 'Summaries generated by GPT-4o are now cached for an hour.',
  },
  {
    kind: 'aiFeature',
    name: 'a crash after a suggestion',
    form: 'free',
    changes: 'When Copilot suggested a fix, the editor crashed. This handles the empty suggestion.',
  },
  {
    kind: 'aiFeature',
    name: 'an SDK in a first-person sentence',
    form: 'free',
    changes: 'Add a summary command. I used the OpenAI SDK to call the model.',
  },
  {
    kind: 'aiFeature',
    name: 'prompts in the style of a chat tool',
    form: 'free',
    changes: 'We had ChatGPT-style prompts in the old UI; this removes them.',
  },

  // Ordinary changes.
  {
    kind: 'ordinary',
    name: 'a fix in the template',
    form: 'template',
    changes: fix,
  },
  {
    kind: 'ordinary',
    name: 'a human translation',
    form: 'free',
    changes: 'I translated the README into French. A native speaker reviewed it.',
  },
  {
    kind: 'ordinary',
    name: 'a typo fix',
    form: 'free',
    changes: 'Fix typos in the contributing guide.',
  },
  {
    kind: 'ordinary',
    name: 'screen reader labels',
    form: 'free',
    changes: 'Add screen reader labels to the toolbar buttons. I fixed the labels of the menu too.',
  },
  {
    kind: 'ordinary',
    name: 'a list of changes',
    form: 'template',
    changes:
      '- Parse the file with `yaml`\n- Return the defaults when it is empty\n- Add a test in tests/settings.test.ts',
    llmUse: '',
  },
  {
    kind: 'ordinary',
    name: 'a German translation of the docs',
    form: 'free',
    changes: 'Adds README.de.md, a German translation of the README, which I wrote.',
  },
  {
    kind: 'ordinary',
    name: 'a refactor with versions and links',
    form: 'free',
    changes:
      'Refactor the loader for Node 20.11 (see https://nodejs.org/api/fs.html). Used the new `fs.glob` where it helps.',
  },
  {
    kind: 'ordinary',
    name: 'a help wanted note',
    form: 'free',
    changes: `${fix}\n\nI am not sure about the name of the option; suggestions are welcome.`,
  },
  {
    kind: 'ordinary',
    name: 'testing with screen readers',
    form: 'free',
    changes: 'Label the icons. I tested it with NVDA and VoiceOver.',
  },
  {
    kind: 'ordinary',
    name: 'a person called Claude as co-author',
    form: 'free',
    changes: `${fix}\n\nI wrote this with help from my colleague Claude Martin.\n\nCo-authored-by: Claude Martin <claude.martin@example.org>`,
  },
  {
    kind: 'ordinary',
    name: 'a generated lockfile',
    form: 'free',
    changes: 'Update the lockfile. Generated the lockfile with npm 11.',
  },
];
