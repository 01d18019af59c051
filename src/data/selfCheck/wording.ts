/**
 * The words of the self-check: each question, each answer, and what each
 * finding means, apart from the graph in ./flow.ts. TypeScript checks that
 * every question, option and finding of the flow has its words here, and
 * that every finding which needs work lists the steps to take.
 *
 * How to write here: plain, warm, precise English in short sentences. Speak
 * to a newcomer who may write in a second language. No alarm, no blame, no
 * idioms, and "LLM" for the technology. Every string goes through
 * `translate()` so that a project can translate the site; keep each `id`
 * stable once published.
 */
import { translate } from '@docusaurus/Translate';
import type { FindingId, OptionId, QuestionId, findings } from './flow';

export interface Wording {
  readonly label: string;
  readonly hint?: string;
}

export interface QuestionWording<Question extends QuestionId> {
  readonly title: string;
  readonly hint?: string;
  readonly options: Readonly<Record<OptionId<Question>, Wording>>;
}

/** Findings that need work, or are not acceptable, must say what to do next. */
export type FindingWording = {
  readonly [Id in FindingId]: (typeof findings)[Id]['level'] extends 'work' | 'stop'
    ? { readonly reason: string; readonly steps: readonly string[] }
    : { readonly reason: string };
};

export interface SelfCheckWording {
  readonly questions: { readonly [Question in QuestionId]: QuestionWording<Question> };
  readonly findings: FindingWording;
}

/** One question's words, for code that handles any question. */
export interface QuestionText {
  readonly title: string;
  readonly hint?: string;
  readonly options: Readonly<Record<string, Wording>>;
}

export function questionText(wording: SelfCheckWording, question: QuestionId): QuestionText {
  return wording.questions[question];
}

/** One finding's words, for code that handles any finding. */
export interface FindingText {
  readonly reason: string;
  readonly steps?: readonly string[];
}

export function findingText(wording: SelfCheckWording, finding: FindingId): FindingText {
  return wording.findings[finding];
}

export function selfCheckWording(): SelfCheckWording {
  return {
    questions: {
      start: {
        title: translate({
          id: 'selfCheck.start.title',
          message: 'Did an LLM, or a tool built on one, play any part in this contribution?',
        }),
        hint: translate({
          id: 'selfCheck.start.hint',
          message:
            'Think of everything you will submit: code, documentation, tests, and the words you post in the issue, the pull request or comments.',
        }),
        options: {
          none: {
            label: translate({
              id: 'selfCheck.start.none',
              message: 'No. I did not use any LLM-based tool.',
            }),
            hint: translate({
              id: 'selfCheck.start.none.hint',
              message: 'An editor, a linter or a search engine does not count.',
            }),
          },
          tool: {
            label: translate({
              id: 'selfCheck.start.tool',
              message: 'Yes, as a helper while I did the work myself.',
            }),
            hint: translate({
              id: 'selfCheck.start.tool.hint',
              message:
                'For example autocomplete, a grammar checker, translation, an accessibility tool, or explanations.',
            }),
          },
          output: {
            label: translate({
              id: 'selfCheck.start.output',
              message: 'Yes, it produced some of the code, tests, documentation or text.',
            }),
          },
          agent: {
            label: translate({
              id: 'selfCheck.start.agent',
              message:
                'An agent acted on its own: it opened the issue or the pull request, or posted a comment.',
            }),
          },
        },
      },
      tool: {
        title: translate({
          id: 'selfCheck.tool.title',
          message: 'Which kind of help did you use?',
        }),
        hint: translate({
          id: 'selfCheck.tool.hint',
          message: 'If you used more than one, choose the one that did the most.',
        }),
        options: {
          completeWords: {
            label: translate({
              id: 'selfCheck.tool.completeWords',
              message: 'Autocomplete that finished names or short pieces of code I had started',
            }),
          },
          completeLines: {
            label: translate({
              id: 'selfCheck.tool.completeLines',
              message:
                'Autocomplete that suggested whole lines or blocks of code, which I accepted',
            }),
          },
          grammar: {
            label: translate({
              id: 'selfCheck.tool.grammar',
              message: 'A grammar or spelling checker on text I wrote',
            }),
          },
          translation: {
            label: translate({
              id: 'selfCheck.tool.translation',
              message: 'Machine translation of words I wrote in my own language',
            }),
          },
          accessibility: {
            label: translate({
              id: 'selfCheck.tool.accessibility',
              message: 'Dictation, a screen reader or another accessibility tool',
            }),
          },
          explain: {
            label: translate({
              id: 'selfCheck.tool.explain',
              message:
                'An LLM that explained code, an error or an idea to me while I worked on this',
            }),
          },
        },
      },
      output: {
        title: translate({
          id: 'selfCheck.output.title',
          message: 'What did the LLM produce?',
        }),
        hint: translate({
          id: 'selfCheck.output.hint',
          message: 'If more than one answer fits, choose the first one in the list that fits.',
        }),
        options: {
          vouched: {
            label: translate({
              id: 'selfCheck.output.vouched',
              message:
                'The work itself. I read it, tested it and I take responsibility for it, but I did not rewrite it.',
            }),
          },
          rewritten: {
            label: translate({
              id: 'selfCheck.output.rewritten',
              message: 'A first draft. I rewrote it myself and made each decision.',
            }),
          },
          tests: {
            label: translate({
              id: 'selfCheck.output.tests',
              message:
                'Tests or repetitive code, such as boilerplate or configuration. The rest of the work is mine.',
            }),
          },
          words: {
            label: translate({
              id: 'selfCheck.output.words',
              message:
                'Only text that I post: the issue, the pull-request description or comments.',
            }),
          },
        },
      },
      accountable: {
        title: translate({
          id: 'selfCheck.accountable.title',
          message: 'Does a named person answer for what the agent does?',
        }),
        hint: translate({
          id: 'selfCheck.accountable.hint',
          message: 'That person follows the conversation and replies to reviewers themselves.',
        }),
        options: {
          yes: {
            label: translate({
              id: 'selfCheck.accountable.yes',
              message: 'Yes. I answer for it, and I take part in the conversation.',
            }),
          },
          no: {
            label: translate({
              id: 'selfCheck.accountable.no',
              message: 'No, or I am not sure.',
            }),
          },
        },
      },
      posted: {
        title: translate({
          id: 'selfCheck.posted.title',
          message:
            'Who wrote the words you post: the issue, the pull-request description and your comments?',
        }),
        options: {
          own: {
            label: translate({ id: 'selfCheck.posted.own', message: 'I wrote them myself.' }),
          },
          translated: {
            label: translate({
              id: 'selfCheck.posted.translated',
              message: 'I wrote them in my own language, and a tool translated them.',
            }),
          },
          drafted: {
            label: translate({
              id: 'selfCheck.posted.drafted',
              message: 'An LLM drafted them, and I rewrote them in my own words.',
            }),
          },
          verbatim: {
            label: translate({
              id: 'selfCheck.posted.verbatim',
              message: 'An LLM wrote them, and I post them as it wrote them, or nearly so.',
            }),
          },
        },
      },
      postedByModel: {
        title: translate({
          id: 'selfCheck.postedByModel.title',
          message: 'How do you use the text the LLM wrote?',
        }),
        options: {
          drafted: {
            label: translate({
              id: 'selfCheck.postedByModel.drafted',
              message: 'As a draft. I rewrote it in my own words.',
            }),
          },
          verbatim: {
            label: translate({
              id: 'selfCheck.postedByModel.verbatim',
              message: 'I post it as the LLM wrote it, or nearly so.',
            }),
          },
        },
      },
      source: {
        title: translate({
          id: 'selfCheck.source.title',
          message: 'Do you know where every part of the contribution comes from?',
        }),
        hint: translate({
          id: 'selfCheck.source.hint',
          message:
            'An LLM can repeat code that it saw during training. Code copied from elsewhere keeps its own licence.',
        }),
        options: {
          known: {
            label: translate({
              id: 'selfCheck.source.known',
              message: 'Yes. I know where every part comes from, and nothing is copied.',
            }),
          },
          unknown: {
            label: translate({
              id: 'selfCheck.source.unknown',
              message:
                'Not for every part. Some of it may come from existing code, and I cannot tell from where.',
            }),
          },
          copied: {
            label: translate({
              id: 'selfCheck.source.copied',
              message: 'I copied some of it from another project or a website.',
            }),
          },
        },
      },
      decisions: {
        title: translate({
          id: 'selfCheck.decisions.title',
          message: 'Could you explain every decision in the work to a reviewer?',
        }),
        hint: translate({
          id: 'selfCheck.decisions.hint',
          message: 'For each part: why it is there, and why it is done this way and not another.',
        }),
        options: {
          yes: {
            label: translate({ id: 'selfCheck.decisions.yes', message: 'Yes, every decision.' }),
          },
          notAll: {
            label: translate({
              id: 'selfCheck.decisions.notAll',
              message: 'Not all of them. There is at least one part I cannot explain yet.',
            }),
          },
        },
      },
    },
    findings: {
      noLlm: {
        reason: translate({
          id: 'selfCheck.finding.noLlm',
          message:
            'You did not use an LLM, so there is nothing to disclose. You do not need to write a statement such as “No LLM was used”.',
        }),
      },
      completeWords: {
        reason: translate({
          id: 'selfCheck.finding.completeWords',
          message:
            'Autocomplete that finishes what you started is normal tool use, and you did the thinking. If you are unsure, you may mention it in one sentence.',
        }),
      },
      completeLines: {
        reason: translate({
          id: 'selfCheck.finding.completeLines',
          message:
            'Whole lines or blocks suggested by an LLM are LLM help with the work itself. Reviewers need to know which parts they are.',
        }),
      },
      grammar: {
        reason: translate({
          id: 'selfCheck.finding.grammar',
          message:
            'A checker that corrects the grammar or spelling of your own text leaves you the author. If it rewrote whole sentences or added text, mention that part.',
        }),
      },
      translationExempt: {
        reason: translate({
          id: 'selfCheck.finding.translationExempt',
          message:
            'Translating your own words is welcome, and it needs no disclosure. If you like, add a short note that the text is translated.',
        }),
      },
      translationDisclosed: {
        reason: translate({
          id: 'selfCheck.finding.translationDisclosed',
          message:
            'Translating your own words is welcome, and the ideas stay yours. This project counts machine translation as LLM help, so mention it in your disclosure.',
        }),
      },
      accessibilityExempt: {
        reason: translate({
          id: 'selfCheck.finding.accessibilityExempt',
          message:
            'Tools that help you write down or read your own words leave you the author, and they need no disclosure. If the tool also rewrote or added text, mention that part. You never need to give personal reasons.',
        }),
      },
      accessibilityDisclosed: {
        reason: translate({
          id: 'selfCheck.finding.accessibilityDisclosed',
          message:
            'This project asks you to mention assistive tools that use an LLM. One sentence is enough, and you do not need to give personal reasons.',
        }),
      },
      explained: {
        reason: translate({
          id: 'selfCheck.finding.explained',
          message:
            'Learning with an LLM is fine, and the work is still yours. Its explanations helped with this contribution, so mention them in a sentence. Explanations can be wrong: check them against the code and its documentation.',
        }),
      },
      vouched: {
        reason: translate({
          id: 'selfCheck.finding.vouched',
          message:
            'Here the LLM did the thinking, and your part was to read and check its work. The policy does not count that as authorship, even when the checking was careful.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.vouched.step.rewrite',
            message:
              'Write the change yourself. You may use what you learned, but make each decision your own. Then disclose how the LLM helped.',
          }),
          translate({
            id: 'selfCheck.finding.vouched.step.issue',
            message:
              'Or open an issue that describes the problem in your own words, with what you found. That is a real contribution too.',
          }),
          translate({
            id: 'selfCheck.finding.vouched.step.ask',
            message:
              'If you are not sure where to start, ask on the issue. People are glad to help newcomers.',
          }),
        ],
      },
      rewritten: {
        reason: translate({
          id: 'selfCheck.finding.rewritten',
          message:
            'You rewrote the draft and made the decisions, so you can be the author. Say which parts started as an LLM draft, even though you changed them.',
        }),
      },
      generatedTests: {
        reason: translate({
          id: 'selfCheck.finding.generatedTests',
          message:
            'Tests and repetitive code are part of your work, so the usual rules apply. Say which files or tests the tool produced, and make sure each test checks something real.',
        }),
      },
      agentNotAllowed: {
        reason: translate({
          id: 'selfCheck.finding.agentNotAllowed',
          message:
            'In this project, agents may not open issues or pull requests, or post comments, on their own. A person stands behind every contribution.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.agentNotAllowed.step.close',
            message:
              'Close what the agent opened, or ask a maintainer to close it. Thank you for doing so.',
          }),
          translate({
            id: 'selfCheck.finding.agentNotAllowed.step.issue',
            message:
              'If the agent found a real problem, open an issue yourself and describe it in your own words.',
          }),
          translate({
            id: 'selfCheck.finding.agentNotAllowed.step.change',
            message:
              'If you want to fix it, write the change yourself, open the pull request yourself, and answer the review yourself.',
          }),
        ],
      },
      agentAccountable: {
        reason: translate({
          id: 'selfCheck.finding.agentAccountable',
          message:
            'This project allows agents when a named person answers for them. Say which agent acted, and that you answer for its work.',
        }),
      },
      agentNobodyAccountable: {
        reason: translate({
          id: 'selfCheck.finding.agentNobodyAccountable',
          message: 'This project allows agents only when a named person answers for them.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.agentNobodyAccountable.step.name',
            message:
              'Before anyone reviews it, say in the issue or pull request who answers for the agent’s work.',
          }),
          translate({
            id: 'selfCheck.finding.agentNobodyAccountable.step.follow',
            message:
              'That person then follows the conversation and replies to reviewers. Then check again.',
          }),
        ],
      },
      postedOwn: {
        reason: translate({
          id: 'selfCheck.finding.postedOwn',
          message: 'You wrote your messages yourself. That is what the policy asks.',
        }),
      },
      postedDrafted: {
        reason: translate({
          id: 'selfCheck.finding.postedDrafted',
          message:
            'You rewrote the LLM’s draft in your own words, so the words are yours. Mention the draft in your disclosure.',
        }),
      },
      postedVerbatim: {
        reason: translate({
          id: 'selfCheck.finding.postedVerbatim',
          message:
            'Issues, descriptions and comments are conversations between people. This project asks you not to post LLM text word for word.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.postedVerbatim.step.rewrite',
            message:
              'Write the issue, the description and your comments in your own words. Short, simple sentences are welcome.',
          }),
          translate({
            id: 'selfCheck.finding.postedVerbatim.step.translate',
            message:
              'You may write in your own language and translate it with a tool. Then check again.',
          }),
        ],
      },
      postedVerbatimMarked: {
        reason: translate({
          id: 'selfCheck.finding.postedVerbatimMarked',
          message:
            'This project allows LLM text in conversations when it is clearly marked. Mark each passage that came from the LLM.',
        }),
      },
      sourceKnown: {
        reason: translate({
          id: 'selfCheck.finding.sourceKnown',
          message: 'You know where every part comes from, so its copyright is clear.',
        }),
      },
      sourceUnknown: {
        reason: translate({
          id: 'selfCheck.finding.sourceUnknown',
          message:
            'The project may decline work whose copyright is unclear. A piece of code whose origin you cannot tell should not be submitted.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.sourceUnknown.step.replace',
            message:
              'Replace the parts that may come from existing code with your own work, or find out where they come from.',
          }),
          translate({
            id: 'selfCheck.finding.sourceUnknown.step.again',
            message: 'Then check again, or ask on the issue if you are unsure.',
          }),
        ],
      },
      sourceCopied: {
        reason: translate({
          id: 'selfCheck.finding.sourceCopied',
          message:
            'Copied code keeps the copyright and the licence of its source. The project must be able to share your contribution under its own licence.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.sourceCopied.step.source',
            message:
              'Find the source and its licence. In the pull request, say where the copied part comes from and which licence it has, and keep its copyright notice.',
          }),
          translate({
            id: 'selfCheck.finding.sourceCopied.step.replace',
            message:
              'If the licence does not allow the use, or you cannot find it, replace that part with your own work. If you are unsure, ask the maintainers before you submit.',
          }),
        ],
      },
      decisionsExplained: {
        reason: translate({
          id: 'selfCheck.finding.decisionsExplained',
          message: 'You can explain every decision. That is what being the author means.',
        }),
      },
      decisionsUnexplained: {
        reason: translate({
          id: 'selfCheck.finding.decisionsUnexplained',
          message: 'Being the author means that you can explain each decision in your work.',
        }),
        steps: [
          translate({
            id: 'selfCheck.finding.decisionsUnexplained.step.understand',
            message:
              'Find out why the part you cannot explain is done that way, or change it to something you understand.',
          }),
          translate({
            id: 'selfCheck.finding.decisionsUnexplained.step.ask',
            message:
              'If you are stuck, ask on the issue. Questions are welcome, and reviewers prefer to help early.',
          }),
        ],
      },
    },
  };
}
