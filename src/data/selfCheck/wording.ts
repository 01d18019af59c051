/**
 * The words of the self-check: each question, each answer, and what each
 * finding means, apart from the graph in ./flow.ts. TypeScript checks that
 * every question, answer and finding of the flow has its words here; a test
 * checks that every finding which can need work, or be not acceptable, lists
 * the steps to take.
 *
 * How to write here: plain, warm, precise English in short sentences. Speak
 * to a newcomer who may write in a second language. No alarm, no blame, no
 * idioms, and "LLM" for the technology. Where a finding's weight comes from
 * the table "When to disclose", say the same as the table. Every text is a
 * `Message` (../message.ts): the self-check shows it through the translation
 * files, so a project can translate the site; keep each `id` stable once
 * published. The words are split by part: the questions, the groups of
 * answers, and the findings.
 */
import type { Message } from '../message';
import type { PolicyOptions } from '../policyOptions';
import type { FindingId, OptionGroupId, OptionId, QuestionId } from './flow';

export interface Wording {
  readonly label: Message;
  readonly hint?: Message;
}

export interface QuestionWording<Question extends QuestionId> {
  readonly title: Message;
  readonly hint?: Message;
  readonly options: Readonly<Record<OptionId<Question>, Wording>>;
}

export interface FindingText {
  readonly reason: Message;
  /** What to do next; every finding that can need work or be not acceptable has steps. */
  readonly steps?: readonly Message[];
}

export interface SelfCheckWording {
  readonly questions: { readonly [Question in QuestionId]: QuestionWording<Question> };
  readonly groups: Readonly<Record<OptionGroupId, Message>>;
  readonly findings: Readonly<Record<FindingId, FindingText>>;
}

const agentsAllowed = (options: PolicyOptions): boolean =>
  options.autonomousAgents === 'allowed-with-accountable-human';

/** The words of each question and its answers. */
function questionWording(options: PolicyOptions): SelfCheckWording['questions'] {
  return {
    start: {
      title: {
        id: 'selfCheck.start.title',
        message: 'Did an LLM, or a tool built on one, play any part in this contribution?',
      },
      hint: {
        id: 'selfCheck.start.hint',
        message:
          'Think of everything you will submit: code, documentation, tests, and the words you post in the issue, the pull request or comments.',
      },
      options: {
        no: {
          label: {
            id: 'selfCheck.start.no',
            message: 'No. I did not use any tool built on an LLM.',
          },
          hint: {
            id: 'selfCheck.start.no.hint',
            message: 'An editor, a linter, a search engine or classic autocomplete does not count.',
          },
        },
        yes: {
          label: { id: 'selfCheck.start.yes', message: 'Yes.' },
          hint: {
            id: 'selfCheck.start.yes.hint',
            message:
              'This includes translation, dictation and grammar tools that use an LLM. Many of them need no disclosure: the next question asks how you used them.',
          },
        },
      },
    },
    uses: {
      title: {
        id: 'selfCheck.uses.title',
        message: 'What did LLM tools do for this contribution?',
      },
      hint: { id: 'selfCheck.uses.hint', message: 'Choose all that apply.' },
      options: {
        wordAutocomplete: {
          label: {
            id: 'selfCheck.uses.wordAutocomplete',
            message: 'Finished words or names that I had started to type',
          },
        },
        lineCompletion: {
          label: {
            id: 'selfCheck.uses.lineCompletion',
            message: 'Suggested whole lines or blocks of code, and I accepted some',
          },
          hint: {
            id: 'selfCheck.uses.lineCompletion.hint',
            message:
              'This is for suggestions in your editor while you type. For code that you copied from a chat with an LLM, choose the answer about pasted code below.',
          },
        },
        grammar: {
          label: {
            id: 'selfCheck.uses.grammar',
            message: 'Corrected the spelling or grammar of text I wrote',
          },
        },
        translation: {
          label: {
            id: 'selfCheck.uses.translation',
            message: 'Translated words that I wrote in my own language',
          },
          hint: {
            id: 'selfCheck.uses.translation.hint',
            message:
              'If the ideas and the words were yours, choose this, and not the answers about text below.',
          },
        },
        accessibility: {
          label: {
            id: 'selfCheck.uses.accessibility',
            message: 'Helped me write or read, as an accessibility tool such as dictation',
          },
        },
        explanation: {
          label: {
            id: 'selfCheck.uses.explanation',
            message: 'Explained code, an error or an idea to me',
          },
        },
        rewrittenDraft: {
          label: {
            id: 'selfCheck.uses.rewrittenDraft',
            message:
              'Wrote a first draft of code or documentation, which I rewrote myself, making each decision',
          },
        },
        generatedCode: {
          label: {
            id: 'selfCheck.uses.generatedCode',
            message:
              'Wrote tests, boilerplate or a repetitive change, such as a converted configuration, which I checked line by line',
          },
        },
        pastedModelCode: {
          label: {
            id: 'selfCheck.uses.pastedModelCode',
            message:
              'Wrote code in an answer, such as a chat reply, and I pasted some of it into my change',
          },
          hint: {
            id: 'selfCheck.uses.pastedModelCode.hint',
            message:
              'Choose this even if you changed the code a little, or said where it came from.',
          },
        },
        postedRewritten: {
          label: {
            id: 'selfCheck.uses.postedRewritten',
            message:
              'Drafted text that I post, such as the issue, the pull-request description or a comment, which I rewrote in my own words',
          },
        },
        postedVerbatim: {
          label: {
            id: 'selfCheck.uses.postedVerbatim',
            message: 'Wrote text that I post, and I post it as it wrote it, or nearly so',
          },
        },
        vouchedWork: {
          label: {
            id: 'selfCheck.uses.vouchedWork',
            message: 'Wrote the change itself. I read and tested it, but I did not rewrite it',
          },
        },
        agentAccountable: {
          label: {
            id: 'selfCheck.uses.agentAccountable',
            message:
              'An agent opened the issue or pull request, or posted a comment, and I am named in it as the person responsible',
          },
        },
        agentOnItsOwn: {
          label: agentsAllowed(options)
            ? {
                id: 'selfCheck.uses.agentWithNobody',
                message:
                  'An agent opened the issue or pull request, or posted a comment, and no person is named as responsible for it',
              }
            : {
                id: 'selfCheck.uses.agentOnItsOwn',
                message:
                  'An agent opened the issue or pull request, or posted a comment, on its own',
              },
        },
      },
    },
    closedModel: {
      title: {
        id: 'selfCheck.closedModel.title',
        message: 'Did a closed commercial model produce any of the code or text?',
      },
      hint: {
        id: 'selfCheck.closedModel.hint',
        message:
          'A closed commercial model is offered by a company that does not say what it was trained on. Corrections and translations of your own words do not count here.',
      },
      options: {
        no: {
          label: {
            id: 'selfCheck.closedModel.no',
            message: 'No. The models I used are not closed commercial models.',
          },
        },
        yes: {
          label: {
            id: 'selfCheck.closedModel.yes',
            message: 'Yes. A closed commercial model produced some of it.',
          },
        },
        unknown: {
          label: {
            id: 'selfCheck.closedModel.unknown',
            message: 'I do not know which model my tool uses.',
          },
        },
      },
    },
    source: {
      title: {
        id: 'selfCheck.source.title',
        message: 'Where does the work come from?',
      },
      hint: {
        id: 'selfCheck.source.hint',
        message:
          'Choose all that apply. An LLM can repeat code that it saw during training, and code copied from elsewhere keeps its own licence. Here, “elsewhere” means work by people, such as another project. Code from an LLM is covered by the question about how you used LLM tools.',
      },
      options: {
        own: {
          label: {
            id: 'selfCheck.source.own',
            message:
              'I made all of it myself, with the help I described, if any. Nothing is copied from elsewhere.',
          },
        },
        credited: {
          label: {
            id: 'selfCheck.source.credited',
            message:
              'Some parts come from another project or a website, not from an LLM. I say where they come from, I keep their copyright notice, and their licence allows this use.',
          },
        },
        unchecked: {
          label: {
            id: 'selfCheck.source.unchecked',
            message:
              'Some parts come from another project or a website, or match code I found elsewhere, and I have not checked their licence or kept their notice.',
          },
        },
        resembles: {
          label: {
            id: 'selfCheck.source.resembles',
            message: 'Some LLM output may repeat existing code, but I cannot tell from where.',
          },
        },
      },
    },
    decisions: {
      title: {
        id: 'selfCheck.decisions.title',
        message: 'Could you explain every decision in the work to a reviewer?',
      },
      hint: {
        id: 'selfCheck.decisions.hint',
        message: 'For each part: why it is there, and why it is done this way and not another.',
      },
      options: {
        yes: {
          label: { id: 'selfCheck.decisions.yes', message: 'Yes, every decision.' },
        },
        notAll: {
          label: {
            id: 'selfCheck.decisions.notAll',
            message: 'Not all of them. There is at least one part I cannot explain yet.',
          },
        },
      },
    },
  };
}

/** The names of the groups that the answers about LLM use are shown in. */
const groupWording: SelfCheckWording['groups'] = {
  help: { id: 'selfCheck.group.help', message: 'While you worked' },
  output: { id: 'selfCheck.group.output', message: 'What the LLM produced' },
  agents: { id: 'selfCheck.group.agents', message: 'Agents' },
};

/** What each finding means, and what to do next. */
function findingWording(options: PolicyOptions): SelfCheckWording['findings'] {
  return {
    noLlm: {
      reason: {
        id: 'selfCheck.finding.noLlm',
        message:
          'You did not use an LLM, so there is nothing to disclose. You do not need to write a statement such as “No LLM was used”.',
      },
    },
    wordAutocomplete: {
      reason:
        options.editingAids === 'light'
          ? {
              id: 'selfCheck.finding.wordAutocomplete',
              message:
                'Autocomplete that finishes what you started leaves the thinking with you. A short note is welcome, but not needed.',
            }
          : {
              id: 'selfCheck.finding.wordAutocompleteDisclosed',
              message:
                'Autocomplete that finishes what you started leaves the thinking with you. This project still asks for a short note when an LLM does it.',
            },
    },
    lineCompletion: {
      reason: {
        id: 'selfCheck.finding.lineCompletion',
        message:
          'Whole lines or blocks from an LLM are part of the work that a tool produced. Reviewers need to know which parts they are.',
      },
    },
    grammar: {
      reason:
        options.editingAids === 'light'
          ? {
              id: 'selfCheck.finding.grammar',
              message:
                'Corrections to the spelling or grammar of your own text leave the words and the ideas yours, so there is nothing to disclose. A tool that rewrote whole sentences wrote a draft, which is different.',
            }
          : {
              id: 'selfCheck.finding.grammarDisclosed',
              message:
                'Corrections to the spelling or grammar of your own text leave the words and the ideas yours. This project still asks for a short note when an LLM makes them. A tool that rewrote whole sentences wrote a draft, which is different.',
            },
    },
    translation: {
      reason:
        options.machineTranslation === 'exempt'
          ? {
              id: 'selfCheck.finding.translationExempt',
              message:
                'Translating your own words is welcome, and it needs no disclosure. If you like, add a short note that the text is translated.',
            }
          : {
              id: 'selfCheck.finding.translationDisclosed',
              message:
                'Translating your own words is welcome, and the ideas stay yours. This project asks for a short note that says the text is translated.',
            },
    },
    accessibility: {
      reason:
        options.accessibilityTools === 'exempt'
          ? {
              id: 'selfCheck.finding.accessibilityExempt',
              message:
                'Tools that help you write down or read your own words leave you the author, and they need no disclosure. If the tool also rewrote or added text, mention that part. You never need to give personal reasons.',
            }
          : {
              id: 'selfCheck.finding.accessibilityDisclosed',
              message:
                'This project asks you to mention assistive tools that use an LLM. One sentence is enough, and you never need to give personal reasons.',
            },
    },
    explanation: {
      reason: {
        id: 'selfCheck.finding.explanation',
        message:
          'Learning with an LLM is fine, and the work is still yours. Mention the explanations in a sentence, so reviewers know where a misunderstanding could come from. Explanations can be wrong: check them against the code and its documentation.',
      },
    },
    rewrittenDraft: {
      reason: {
        id: 'selfCheck.finding.rewrittenDraft',
        message:
          'You rewrote the draft and made the decisions, so you can be the author. Say which parts started as an LLM draft, even though you changed them.',
      },
    },
    generatedCode: {
      reason: {
        id: 'selfCheck.finding.generatedCode',
        message:
          'This is a gray area that the policy leaves to you. Ask yourself whether you decided what the code does, and whether you can explain each line. If you submit it, say which parts the tool wrote, and ask the reviewers. Each test must check something real.',
      },
    },
    pastedModelCode: {
      reason: {
        id: 'selfCheck.finding.pastedModelCode',
        message:
          'An LLM is not a source with a licence, so a note that says where the code came from does not make it yours. The policy leaves this case to you: can you explain every decision in the pasted code, and can you say “I am the author”? If you submit it, say which parts came from the LLM, and ask the reviewers.',
      },
    },
    postedRewritten: {
      reason: {
        id: 'selfCheck.finding.postedRewritten',
        message:
          'You rewrote the LLM’s draft in your own words, so the words are yours. Mention the draft in your disclosure.',
      },
    },
    postedVerbatim:
      options.verbatimModelText === 'not-allowed'
        ? {
            reason: {
              id: 'selfCheck.finding.postedVerbatim',
              message:
                'Issues, descriptions and comments are conversations between people. This project asks you not to post LLM text as it was written. You can fix this: write those parts again in your own words.',
            },
            steps: [
              {
                id: 'selfCheck.finding.postedVerbatim.step.rewrite',
                message:
                  'Write the issue, the description and your comments in your own words. Short, simple sentences are welcome.',
              },
              {
                id: 'selfCheck.finding.postedVerbatim.step.translate',
                message:
                  'You may write in your own language and translate it with a tool. Then check again.',
              },
            ],
          }
        : {
            reason: {
              id: 'selfCheck.finding.postedVerbatimMarked',
              message:
                'This project allows LLM text in conversations when it is clearly marked. Mark each passage that came from the LLM, and add your own view in your own words.',
            },
          },
    vouchedWork: {
      reason: {
        id: 'selfCheck.finding.vouchedWork',
        message:
          'Here the LLM did the thinking, and your part was to read and check its work. The policy does not count that as authorship, even when the checking was careful.',
      },
      steps: [
        {
          id: 'selfCheck.finding.vouchedWork.step.rewrite',
          message:
            'Write the change yourself. You may use what you learned, but make each decision your own. Then disclose how the LLM helped.',
        },
        {
          id: 'selfCheck.finding.vouchedWork.step.issue',
          message:
            'Or open an issue that describes the problem in your own words, with what you found. That is a real contribution too.',
        },
        {
          id: 'selfCheck.finding.vouchedWork.step.ask',
          message:
            'If you are not sure where to start, ask on the issue. People are glad to help newcomers.',
        },
      ],
    },
    agentAccountable: {
      reason: {
        id: 'selfCheck.finding.agentAccountable',
        message:
          'This project allows agents when a named person is responsible for them. Say which agent acted, and that you are responsible for its work.',
      },
    },
    agentOnItsOwn: agentsAllowed(options)
      ? {
          reason: {
            id: 'selfCheck.finding.agentWithNobody',
            message:
              'This project allows agents only when a named person is responsible for them, and the contribution says so.',
          },
          steps: [
            {
              id: 'selfCheck.finding.agentWithNobody.step.name',
              message:
                'Say in the issue or the pull request that an agent made it, and who is responsible for its work.',
            },
            {
              id: 'selfCheck.finding.agentWithNobody.step.follow',
              message:
                'That person then follows the conversation and replies to reviewers. Then check again.',
            },
          ],
        }
      : {
          reason: {
            id: 'selfCheck.finding.agentOnItsOwn',
            message:
              'In this project, agents may not open issues or pull requests, or post comments, on their own. A person makes every contribution.',
          },
          steps: [
            {
              id: 'selfCheck.finding.agentOnItsOwn.step.close',
              message:
                'Close what the agent opened, or ask a maintainer to close it. Thank you for doing so.',
            },
            {
              id: 'selfCheck.finding.agentOnItsOwn.step.issue',
              message:
                'If the agent found a real problem, open an issue yourself and describe it in your own words.',
            },
            {
              id: 'selfCheck.finding.agentOnItsOwn.step.change',
              message:
                'If you want to fix it, write the change yourself, open the pull request yourself, and answer the review yourself.',
            },
          ],
        },
    closedModelOutput: {
      reason: {
        id: 'selfCheck.finding.closedModelOutput',
        message:
          'This project does not accept output of closed commercial models, because they do not credit the work they were trained on.',
      },
      steps: [
        {
          id: 'selfCheck.finding.closedModelOutput.step.replace',
          message:
            'Replace the parts that the closed model produced with your own work. You may use another kind of model, if you disclose it.',
        },
        {
          id: 'selfCheck.finding.closedModelOutput.step.ask',
          message:
            'If you are not sure whether a model counts as closed, ask on the issue before you submit.',
        },
      ],
    },
    closedModelNone: {
      reason: {
        id: 'selfCheck.finding.closedModelNone',
        message: 'None of the code or text came from a closed commercial model.',
      },
    },
    closedModelUnknown: {
      reason: {
        id: 'selfCheck.finding.closedModelUnknown',
        message:
          'This project does not accept output of closed commercial models. To know whether that rule applies to you, you need to know the model.',
      },
      steps: [
        {
          id: 'selfCheck.finding.closedModelUnknown.step.find',
          message:
            'Find out which model your tool uses. Its settings or its documentation usually say.',
        },
        {
          id: 'selfCheck.finding.closedModelUnknown.step.ask',
          message: 'If you cannot find out, ask on the issue before you submit. Then check again.',
        },
      ],
    },
    sourceOwn: {
      reason: {
        id: 'selfCheck.finding.sourceOwn',
        message: 'You made the work yourself, so its copyright is clear.',
      },
    },
    sourceCredited: {
      reason: {
        id: 'selfCheck.finding.sourceCredited',
        message:
          'Copied work keeps the licence of its source. You name the source and keep its notice, so reviewers can check the licence with you. This is about work by people. A credit does not change how the policy sees code from an LLM.',
      },
    },
    sourceUnchecked: {
      reason: {
        id: 'selfCheck.finding.sourceUnchecked',
        message:
          'Copied work keeps the copyright and the licence of its source. The project must be able to share your contribution under its own licence.',
      },
      steps: [
        {
          id: 'selfCheck.finding.sourceUnchecked.step.source',
          message:
            'Find the source and its licence. In the pull request, say where the copied part comes from and which licence it has, and keep its copyright notice.',
        },
        {
          id: 'selfCheck.finding.sourceUnchecked.step.replace',
          message:
            'If the licence does not allow the use, or you cannot find it, replace that part with your own work. If you are unsure, ask the maintainers before you submit.',
        },
      ],
    },
    sourceResembles: {
      reason: {
        id: 'selfCheck.finding.sourceResembles',
        message:
          'The project may reject work whose copyright is in doubt, and that decision is the project’s. Say in the pull request which parts may repeat existing code, so that the reviewers can decide.',
      },
    },
    decisionsExplained: {
      reason: {
        id: 'selfCheck.finding.decisionsExplained',
        message: 'You can explain every decision. That is what being the author means.',
      },
    },
    decisionsUnexplained: {
      reason: {
        id: 'selfCheck.finding.decisionsUnexplained',
        message: 'Being the author means that you can explain each decision in your work.',
      },
      steps: [
        {
          id: 'selfCheck.finding.decisionsUnexplained.step.understand',
          message:
            'Find out why the part you cannot explain is done that way, or change it to something you understand.',
        },
        {
          id: 'selfCheck.finding.decisionsUnexplained.step.ask',
          message:
            'If you are stuck, ask on the issue. Questions are welcome, and reviewers prefer to help early.',
        },
      ],
    },
  };
}

/** The self-check's words for a project's options. */
export function selfCheckWording(options: PolicyOptions): SelfCheckWording {
  return {
    questions: questionWording(options),
    groups: groupWording,
    findings: findingWording(options),
  };
}
