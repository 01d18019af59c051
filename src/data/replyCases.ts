/**
 * The cases of the reviewers' guide (docs/reviewers-guide.mdx), which the reply templates
 * (src/data/replyTemplates.ts) are sorted by. They have a module of their own because the
 * disclosure table, on every doc page, names a case's title: importing them from the reply
 * templates put every template's text into every doc page's JavaScript.
 */
import type { Message } from './message';

/** The cases of the reviewers' guide; each id is a heading anchor there. */
export const replyCaseIds = [
  'case-unsure',
  'case-fully-generated',
  'case-looked-at',
  'case-gray-area',
  'case-assisted',
  'case-newcomer',
  'case-no-explanation',
  'case-mixed',
  'case-verbatim-text',
  'case-machine-translated',
  'case-undisclosed',
  'case-agent',
  'case-repeat',
  'case-closing',
  'case-good-disclosure',
] as const;

export type ReplyCaseId = (typeof replyCaseIds)[number];

/** Each case's heading in the guide, word for word (a test compares them). */
export const replyCaseTitles: Readonly<Record<ReplyCaseId, Message>> = {
  'case-unsure': { id: 'replyCase.case-unsure.title', message: 'Not sure yet' },
  'case-fully-generated': {
    id: 'replyCase.case-fully-generated.title',
    message: 'Fully generated',
  },
  'case-looked-at': {
    id: 'replyCase.case-looked-at.title',
    message: 'Generated and only looked at',
  },
  'case-gray-area': {
    id: 'replyCase.case-gray-area.title',
    message: 'A gray area, disclosed',
  },
  'case-assisted': {
    id: 'replyCase.case-assisted.title',
    message: 'Written by the person with tool help',
  },
  'case-newcomer': { id: 'replyCase.case-newcomer.title', message: 'A newcomer who needs help' },
  'case-no-explanation': {
    id: 'replyCase.case-no-explanation.title',
    message: '“I wrote it”, but no explanation',
  },
  'case-mixed': { id: 'replyCase.case-mixed.title', message: 'A mixed pull request' },
  'case-verbatim-text': {
    id: 'replyCase.case-verbatim-text.title',
    message: 'Verbatim model text in a conversation',
  },
  'case-machine-translated': {
    id: 'replyCase.case-machine-translated.title',
    message: 'A machine-translated comment',
  },
  'case-undisclosed': {
    id: 'replyCase.case-undisclosed.title',
    message: 'Undisclosed use found later',
  },
  'case-agent': { id: 'replyCase.case-agent.title', message: 'An autonomous agent or bot account' },
  'case-repeat': {
    id: 'replyCase.case-repeat.title',
    message: 'A repeat submission after a reminder',
  },
  'case-closing': {
    id: 'replyCase.case-closing.title',
    message: 'Closing a pull request under the policy',
  },
  'case-good-disclosure': {
    id: 'replyCase.case-good-disclosure.title',
    message: 'A clear disclosure',
  },
};
