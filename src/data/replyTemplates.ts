/**
 * Reply templates for reviewers: kind, ready-to-paste answers for each case of
 * the reviewers' guide (docs/reviewers-guide.mdx). The guide shows a case's
 * templates under its "Replies" heading, and the Reply templates page
 * (docs/reply-templates.mdx) lists them all, filled in.
 *
 * To add a template, add an entry to `replyTemplates`:
 * - `id` is the template's anchor on both pages. People link to it, so never
 *   rename an id once it is published.
 * - `title`, `useWhen`, `notWhen` and each paragraph are messages
 *   (src/data/message.ts): `{ id, message }`, shown through the translation
 *   files. Name each id after the template: `replyTemplate.<id>.title`,
 *   `replyTemplate.<id>.reply.<n>`. Never reuse or rename an id once it is
 *   published; a new paragraph gets a new number.
 * - `reply` is Markdown, one message per paragraph. Write `{name}` where a
 *   placeholder goes (see `placeholderMeta`), and list in `placeholders`
 *   exactly the ones the reply uses.
 * - A paragraph that fits only some policy choices is written
 *   `{ onlyWhen: { option: ['value'] }, text: { id, message } }`; a whole
 *   template that fits only some choices gets its own `onlyWhen`. Options are
 *   in src/data/policyOptions.ts.
 * - Link the policy section the reply rests on with `{sectionUrl}`.
 *
 * Write short, plain sentences in your own words: many readers are not native
 * English speakers. Be kind. Never judge a person by their writing style, and
 * always offer a real person a way forward. Say "LLM" for the technology.
 * `npm run test:unit` checks ids, cases, sections and placeholders.
 */
import type { Message } from './message';
import type { PolicyOptionId, PolicyOptions } from './policyOptions';
import type { PolicyAnchor } from './policySections';
import type { ReplyCaseId } from './replyCases';

export const replyTones = ['warm', 'firm'] as const;

export type ReplyTone = (typeof replyTones)[number];

/** Warm is for a first contact; firmer is for a follow-up, still kind but clear about what happens next. */
export const replyToneLabels: Readonly<Record<ReplyTone, Message>> = {
  warm: { id: 'replyTone.warm', message: 'Warm' },
  firm: { id: 'replyTone.firm', message: 'Firmer' },
};

export const placeholderIds = [
  'contributor',
  'reviewer',
  'project',
  'policyUrl',
  'sectionUrl',
  'disclosureUrl',
  'examplesUrl',
  'translationUrl',
  'selfCheckUrl',
  'contact',
  'trailer',
  'observation',
  'question',
  'comments',
  'earlierLink',
] as const;

export type PlaceholderId = (typeof placeholderIds)[number];

/**
 * Where a placeholder's value comes from: what the reviewer types on the
 * templates page, site.config.ts, or nowhere (the reviewer writes it in by
 * hand after pasting, so it always shows its marker).
 */
export type PlaceholderSource = 'input' | 'site' | 'by-hand';

export interface PlaceholderMeta {
  readonly description: string;
  readonly source: PlaceholderSource;
  /** Shown instead of the value while it is missing, in square brackets; never empty. */
  readonly marker: Message;
}

export const placeholderMeta: Readonly<Record<PlaceholderId, PlaceholderMeta>> = {
  contributor: {
    description: 'The contributor’s handle, such as @sam-lee.',
    source: 'input',
    marker: { id: 'replyPlaceholder.contributor.marker', message: "[contributor's handle]" },
  },
  reviewer: {
    description: 'The name the reviewer signs with.',
    source: 'input',
    marker: { id: 'replyPlaceholder.reviewer.marker', message: '[your name]' },
  },
  project: {
    description: 'The project’s name.',
    source: 'site',
    marker: { id: 'replyPlaceholder.project.marker', message: '[project name]' },
  },
  policyUrl: {
    description: 'The address of the policy page.',
    source: 'site',
    marker: { id: 'replyPlaceholder.policyUrl.marker', message: '[policy link]' },
  },
  sectionUrl: {
    description: 'The address of the policy section the template rests on.',
    source: 'site',
    marker: { id: 'replyPlaceholder.sectionUrl.marker', message: '[policy section link]' },
  },
  disclosureUrl: {
    description: 'The address of the policy’s disclosure section.',
    source: 'site',
    marker: { id: 'replyPlaceholder.disclosureUrl.marker', message: '[disclosure link]' },
  },
  examplesUrl: {
    description: 'The address of the policy’s disclosure examples.',
    source: 'site',
    marker: { id: 'replyPlaceholder.examplesUrl.marker', message: '[disclosure examples link]' },
  },
  translationUrl: {
    description: 'The address of the policy’s machine-translation section.',
    source: 'site',
    marker: { id: 'replyPlaceholder.translationUrl.marker', message: '[machine translation link]' },
  },
  selfCheckUrl: {
    description: 'The address of the contributors’ self-check.',
    source: 'site',
    marker: { id: 'replyPlaceholder.selfCheckUrl.marker', message: '[self-check link]' },
  },
  contact: {
    description: 'The project contact from site.config.ts, as a Markdown link.',
    source: 'site',
    marker: { id: 'replyPlaceholder.contact.marker', message: '[project contact]' },
  },
  trailer: {
    description: 'An example of the commit trailer the project uses.',
    source: 'site',
    marker: { id: 'replyPlaceholder.trailer.marker', message: '[commit trailer]' },
  },
  observation: {
    description: 'What the reviewer noticed in the work itself, never its style.',
    source: 'by-hand',
    marker: {
      id: 'replyPlaceholder.observation.marker',
      message: '[what you noticed in the work]',
    },
  },
  question: {
    description: 'The reviewer’s question that still needs an answer.',
    source: 'by-hand',
    marker: { id: 'replyPlaceholder.question.marker', message: '[your question]' },
  },
  comments: {
    description: 'The reviewer’s own comments on the change.',
    source: 'by-hand',
    marker: { id: 'replyPlaceholder.comments.marker', message: '[your comments]' },
  },
  earlierLink: {
    description: 'A link to the earlier conversation with the reminder.',
    source: 'by-hand',
    marker: {
      id: 'replyPlaceholder.earlierLink.marker',
      message: '[link to the earlier conversation]',
    },
  },
};

/** Policy choices a paragraph or template needs: every listed option must have one of its values. */
export type OptionCondition = {
  readonly [Id in PolicyOptionId]?: readonly PolicyOptions[Id][];
};

export type ReplyBlock = Message | { readonly onlyWhen: OptionCondition; readonly text: Message };

/** The words of a paragraph, whether or not it depends on the policy choices. */
export function blockMessage(block: ReplyBlock): Message {
  return 'onlyWhen' in block ? block.text : block;
}

export interface ReplyTemplate {
  /** Stable anchor on the guide and the templates page. */
  readonly id: string;
  readonly title: Message;
  readonly case: ReplyCaseId;
  readonly tone: ReplyTone;
  readonly useWhen: Message;
  readonly notWhen: Message;
  /** The policy section the reply rests on; `{sectionUrl}` links to it. */
  readonly section: PolicyAnchor;
  readonly placeholders: readonly PlaceholderId[];
  /** Markdown, one entry per paragraph. */
  readonly reply: readonly ReplyBlock[];
  /** Only offered when the project's policy choices match. */
  readonly onlyWhen?: OptionCondition;
}

/** The end of most replies, and of the firmer ones. */
const signOff: Message = { id: 'replyTemplate.signOff', message: 'Best wishes,\n{reviewer}' };
const signature: Message = { id: 'replyTemplate.signature', message: '{reviewer}' };

const withTrailer: OptionCondition = { commitTrailer: ['Assisted-by', 'Generated-by'] };

export const replyTemplates: readonly ReplyTemplate[] = [
  {
    id: 'unsure-first-question',
    title: { id: 'replyTemplate.unsure-first-question.title', message: 'A first, gentle question' },
    case: 'case-unsure',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.unsure-first-question.useWhen',
      message: 'You see one or two signs in the work, but nothing is clear yet.',
    },
    notWhen: {
      id: 'replyTemplate.unsure-first-question.notWhen',
      message:
        'The only sign is the writing style, imperfect English or a new account. Review as usual instead.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'sectionUrl', 'disclosureUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.unsure-first-question.reply.1',
        message: 'Hi {contributor}, thank you for this contribution to {project}.',
      },
      {
        id: 'replyTemplate.unsure-first-question.reply.2',
        message:
          'Before I go on, could you tell me how you worked on it? For example, why did you choose this approach, and how did you test it? A few sentences in your own words are enough, and simple English is fine.',
      },
      {
        onlyWhen: { disclosure: ['required'] },
        text: {
          id: 'replyTemplate.unsure-first-question.reply.3',
          message:
            'The same policy applies to every contributor. {project} asks each contributor to be able to say "[I am the author]({sectionUrl})", and to [mention any LLM help]({disclosureUrl}). Using tools is fine, and a short note is enough.',
        },
      },
      {
        onlyWhen: { disclosure: ['encouraged'] },
        text: {
          id: 'replyTemplate.unsure-first-question.reply.4',
          message:
            'The same policy applies to every contributor. {project} asks each contributor to be able to say "[I am the author]({sectionUrl})", and encourages a [short note about any LLM help]({disclosureUrl}). Using tools is fine.',
        },
      },
      signOff,
    ],
  },
  {
    id: 'unsure-follow-up',
    title: {
      id: 'replyTemplate.unsure-follow-up.title',
      message: 'Asking again, when the question is still open',
    },
    case: 'case-unsure',
    tone: 'firm',
    useWhen: {
      id: 'replyTemplate.unsure-follow-up.useWhen',
      message:
        'Some days after your first question, there is no answer, or the answer does not say how the work was made.',
    },
    notWhen: {
      id: 'replyTemplate.unsure-follow-up.notWhen',
      message:
        'The person said they wrote it. Believe them and go on with the review; do not ask for proof.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'disclosureUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.unsure-follow-up.reply.1',
        message:
          'Hi {contributor}, I am coming back to my question above about how you made this change.',
      },
      {
        id: 'replyTemplate.unsure-follow-up.reply.2',
        message:
          'Before we continue, we need a short answer in your own words: why you chose this approach, and how you tested it. Our policy asks everyone to be [the author]({sectionUrl}) of what they submit. If an LLM helped, please [add a short note]({disclosureUrl}) about it.',
      },
      {
        id: 'replyTemplate.unsure-follow-up.reply.3',
        message: 'There is no hurry. The pull request can wait.',
      },
      signOff,
    ],
  },
  {
    id: 'fully-generated-close',
    title: {
      id: 'replyTemplate.fully-generated-close.title',
      message: 'Closing a change the person cannot claim as their own',
    },
    case: 'case-fully-generated',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.fully-generated-close.useWhen',
      message:
        'The person says an LLM made the change, or they could not explain any part of it after you asked.',
    },
    notWhen: {
      id: 'replyTemplate.fully-generated-close.notWhen',
      message:
        'You only have a feeling, or the person can explain the change. Ask a first question instead.',
    },
    section: 'responsibility',
    placeholders: [
      'contributor',
      'project',
      'observation',
      'policyUrl',
      'sectionUrl',
      'selfCheckUrl',
      'reviewer',
    ],
    reply: [
      {
        id: 'replyTemplate.fully-generated-close.reply.1',
        message: 'Hi {contributor}, thank you for your interest in {project}.',
      },
      {
        id: 'replyTemplate.fully-generated-close.reply.2',
        message:
          'I noticed that {observation}. Our [policy]({policyUrl}) asks that everyone who submits work can say "[I am the author]({sectionUrl})": they did the thinking, and they can explain each decision. This change does not meet that test, so I am closing it. This is about the change, not about you.',
      },
      {
        id: 'replyTemplate.fully-generated-close.reply.3',
        message:
          'You are welcome to try again: describe on the issue how you would solve the problem, then write the change yourself, and say which tools helped. The [self-check]({selfCheckUrl}) can help. If I have misunderstood how you made this change, please tell me, and I will open it again.',
      },
      signOff,
    ],
  },
  {
    id: 'looked-at-explain',
    title: {
      id: 'replyTemplate.looked-at-explain.title',
      message: 'Explaining why checking a model’s work is not enough',
    },
    case: 'case-looked-at',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.looked-at-explain.useWhen',
      message:
        'The person says an LLM wrote the change and they checked it, but they cannot explain why its choices were made.',
    },
    notWhen: {
      id: 'replyTemplate.looked-at-explain.notWhen',
      message:
        'The person made the decisions and a tool only helped with parts, or wrote only a routine part. Ask for a disclosure, or see the gray area case.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'sectionUrl', 'selfCheckUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.looked-at-explain.reply.1',
        message:
          'Hi {contributor}, thank you for telling us openly how you made this change. That honesty helps us, and you did nothing wrong.',
      },
      {
        id: 'replyTemplate.looked-at-explain.reply.2',
        message:
          'In {project}, being the author means doing the thinking yourself: you make the decisions, and you can explain each of them. When an LLM writes the code and a person checks it, the model did the thinking. Our [policy]({sectionUrl}) does not count that as authorship.',
      },
      {
        id: 'replyTemplate.looked-at-explain.reply.3',
        message:
          'Would you like to rework the change yourself? A smaller first step is fine, and tools may still help, if you say how. I will keep this pull request open as a draft for now. The [self-check]({selfCheckUrl}) may help, and I am happy to answer questions.',
      },
      signOff,
    ],
  },
  {
    id: 'looked-at-close',
    title: {
      id: 'replyTemplate.looked-at-close.title',
      message: 'Closing when the change is still the model’s work',
    },
    case: 'case-looked-at',
    tone: 'firm',
    useWhen: {
      id: 'replyTemplate.looked-at-close.useWhen',
      message:
        'You explained the authorship test earlier, and some time later the change is still the version the model wrote.',
    },
    notWhen: {
      id: 'replyTemplate.looked-at-close.notWhen',
      message:
        'The person is still working on it or has asked for help. Give them time and answer first.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.looked-at-close.reply.1',
        message: 'Hi {contributor}, thank you for your patience.',
      },
      {
        id: 'replyTemplate.looked-at-close.reply.2',
        message:
          'As we discussed, our [policy]({sectionUrl}) asks you to be the author of a change, not only the person who checked it. The code here is still the version the LLM wrote, so I am closing this pull request. This is not a judgement of you.',
      },
      {
        id: 'replyTemplate.looked-at-close.reply.3',
        message:
          'You are welcome to write the change yourself and open a new pull request, with a note on any tools you used. If I have misunderstood something, please tell me, and I will open this one again.',
      },
      signOff,
    ],
  },
  {
    id: 'gray-area-thanks',
    title: {
      id: 'replyTemplate.gray-area-thanks.title',
      message: 'Thanking a contributor who disclosed a gray area',
    },
    case: 'case-gray-area',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.gray-area-thanks.useWhen',
      message:
        'An LLM wrote a routine part, such as tests, and the person disclosed and checked it.',
    },
    notWhen: {
      id: 'replyTemplate.gray-area-thanks.notWhen',
      message: 'The model wrote the main change, or the person cannot explain its part.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.gray-area-thanks.reply.1',
        message: 'Hi {contributor}, thank you for saying clearly which part an LLM wrote.',
      },
      {
        id: 'replyTemplate.gray-area-thanks.reply.2',
        message:
          'Our [policy]({sectionUrl}) leaves parts like this to your judgement, and we respect it. I will review that part like the rest of the change.',
      },
      signOff,
    ],
  },
  {
    id: 'assisted-ask-disclosure',
    title: {
      id: 'replyTemplate.assisted-ask-disclosure.title',
      message: 'Asking for a short disclosure',
    },
    case: 'case-assisted',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.assisted-ask-disclosure.useWhen',
      message:
        'The person explains their decisions easily, a tool helped with some parts, and the description does not say so yet.',
    },
    notWhen: {
      id: 'replyTemplate.assisted-ask-disclosure.notWhen',
      message:
        'The description already has a clear disclosure: thank them instead. Or a model made the decisions: that is a different case.',
    },
    section: 'disclosure',
    placeholders: ['contributor', 'sectionUrl', 'examplesUrl', 'trailer', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.assisted-ask-disclosure.reply.1',
        message: 'Hi {contributor}, thank you for explaining your change so clearly.',
      },
      {
        onlyWhen: { disclosure: ['required'] },
        text: {
          id: 'replyTemplate.assisted-ask-disclosure.reply.2',
          message:
            'Using an LLM for help in the way you describe fits our policy. We only ask that you [say so]({sectionUrl}) in the pull request. Could you add a short note to the description? Please say which tool you used, what you used it for, and which parts it produced. A few sentences are enough, like [these examples]({examplesUrl}).',
        },
      },
      {
        onlyWhen: { disclosure: ['encouraged'] },
        text: {
          id: 'replyTemplate.assisted-ask-disclosure.reply.3',
          message:
            'Using an LLM for help in the way you describe fits our policy. We encourage a [short note]({sectionUrl}) about it, because it helps reviewers. Could you add one to the description? Please say which tool you used, what you used it for, and which parts it produced, like [these examples]({examplesUrl}).',
        },
      },
      {
        onlyWhen: withTrailer,
        text: {
          id: 'replyTemplate.assisted-ask-disclosure.reply.4',
          message: 'You can also end the commit message with a line such as `{trailer}`.',
        },
      },
      {
        id: 'replyTemplate.assisted-ask-disclosure.reply.5',
        message: 'I will continue with my review comments below.',
      },
      signOff,
    ],
  },
  {
    id: 'newcomer-welcome',
    title: {
      id: 'replyTemplate.newcomer-welcome.title',
      message: 'Welcoming a newcomer and helping with the next step',
    },
    case: 'case-newcomer',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.newcomer-welcome.useWhen',
      message:
        'The change misses conventions or has beginner mistakes, and the person answers questions and asks their own.',
    },
    notWhen: {
      id: 'replyTemplate.newcomer-welcome.notWhen',
      message: 'The change is ready to merge. Then a short thank-you is enough.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'comments', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.newcomer-welcome.reply.1',
        message: 'Hi {contributor}, welcome to {project}, and thank you for this contribution!',
      },
      {
        id: 'replyTemplate.newcomer-welcome.reply.2',
        message:
          'I have left some comments on the code. The most important ones are these: {comments}',
      },
      {
        id: 'replyTemplate.newcomer-welcome.reply.3',
        message:
          'A first pull request often needs a few rounds of changes. That is normal, and we are here to help. Please ask if anything is unclear.',
      },
      signOff,
    ],
  },
  {
    id: 'newcomer-apology',
    title: {
      id: 'replyTemplate.newcomer-apology.title',
      message: 'Saying sorry after a wrong question',
    },
    case: 'case-newcomer',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.newcomer-apology.useWhen',
      message:
        'Someone asked a newcomer whether they wrote their change, and the question was wrong.',
    },
    notWhen: {
      id: 'replyTemplate.newcomer-apology.notWhen',
      message: 'No one has asked. Then just help, with the welcome template.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'comments', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.newcomer-apology.reply.1',
        message:
          'Hi {contributor}, earlier in this conversation you were asked whether you wrote this change. I am sorry for that question. It should not have been asked, and it is closed.',
      },
      {
        id: 'replyTemplate.newcomer-apology.reply.2',
        message:
          'Thank you for your work on {project}. Here is what I suggest for the next step: {comments}',
      },
      {
        id: 'replyTemplate.newcomer-apology.reply.3',
        message: 'Please ask if anything is unclear. We are glad you are here.',
      },
      signOff,
    ],
  },
  {
    id: 'no-explanation-ask',
    title: {
      id: 'replyTemplate.no-explanation-ask.title',
      message: 'Asking about the decisions, after “I wrote it”',
    },
    case: 'case-no-explanation',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.no-explanation-ask.useWhen',
      message:
        'The person says they wrote the change, but has not yet explained why it is made this way.',
    },
    notWhen: {
      id: 'replyTemplate.no-explanation-ask.notWhen',
      message: 'They already explained their decisions. Then go on with the review.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'question', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.no-explanation-ask.reply.1',
        message:
          'Hi {contributor}, thank you for your answer. I believe you, and I do not need any proof.',
      },
      {
        id: 'replyTemplate.no-explanation-ask.reply.2',
        message:
          'To review the change, I need to understand a few of its decisions, as our [policy]({sectionUrl}) asks. Could you explain them in a few sentences of your own? Simple English is fine. My question is: {question}',
      },
      {
        id: 'replyTemplate.no-explanation-ask.reply.3',
        message: 'There is no hurry. I will wait for your answer before I go on.',
      },
      signOff,
    ],
  },
  {
    id: 'mixed-split',
    title: {
      id: 'replyTemplate.mixed-split.title',
      message: 'Keeping the good part of a mixed change',
    },
    case: 'case-mixed',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.mixed-split.useWhen',
      message:
        'Some parts of the change are clearly the person’s work, and other parts they cannot explain or have not disclosed.',
    },
    notWhen: {
      id: 'replyTemplate.mixed-split.notWhen',
      message: 'The person can explain every part. Then ask for a disclosure if one is missing.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'comments', 'observation', 'sectionUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.mixed-split.reply.1',
        message:
          'Hi {contributor}, thank you for this pull request. This part is ready for review: {comments}',
      },
      {
        id: 'replyTemplate.mixed-split.reply.2',
        message:
          'I cannot review this part yet: {observation}. Could you take it out, or rewrite it yourself so that you can [explain each decision]({sectionUrl})? If an LLM helped, please add a short note about it.',
      },
      {
        id: 'replyTemplate.mixed-split.reply.3',
        message:
          'A smaller pull request is also easier to review. I am happy to go on with the rest.',
      },
      signOff,
    ],
  },
  {
    id: 'verbatim-text-own-words',
    title: {
      id: 'replyTemplate.verbatim-text-own-words.title',
      message: 'Asking for a reply in the person’s own words',
    },
    case: 'case-verbatim-text',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.verbatim-text-own-words.useWhen',
      message:
        'A reply is long and general and misses your question, and it may have come from an LLM.',
    },
    notWhen: {
      id: 'replyTemplate.verbatim-text-own-words.notWhen',
      message:
        'The reply answers your question, even in unusual English. Translation tools also change the style.',
    },
    section: 'communication',
    placeholders: [
      'contributor',
      'project',
      'sectionUrl',
      'translationUrl',
      'question',
      'reviewer',
    ],
    reply: [
      {
        id: 'replyTemplate.verbatim-text-own-words.reply.1',
        message: 'Hi {contributor}, thank you for your reply.',
      },
      {
        id: 'replyTemplate.verbatim-text-own-words.reply.2',
        message:
          'I could not find the answer to my question in it. Could you answer in a few sentences of your own? Simple English is fine.',
      },
      {
        onlyWhen: { verbatimModelText: ['not-allowed'] },
        text: {
          id: 'replyTemplate.verbatim-text-own-words.reply.3',
          message:
            'If an LLM wrote any of the comment, please write it yourself next time. {project} asks people not to paste model output into conversations, because we want to know what you think: see [Communication]({sectionUrl}).',
        },
      },
      {
        onlyWhen: { verbatimModelText: ['allowed-when-disclosed'] },
        text: {
          id: 'replyTemplate.verbatim-text-own-words.reply.4',
          message:
            'If an LLM wrote any of the comment, please mark that part clearly, and add your own answer in your own words: see [Communication]({sectionUrl}).',
        },
      },
      {
        onlyWhen: { machineTranslation: ['exempt'] },
        text: {
          id: 'replyTemplate.verbatim-text-own-words.reply.5',
          message:
            'If you prefer to write in your own language, you are welcome to use a translation tool: see [Machine translation]({translationUrl}).',
        },
      },
      {
        onlyWhen: { machineTranslation: ['not-exempt'] },
        text: {
          id: 'replyTemplate.verbatim-text-own-words.reply.6',
          message:
            'If you prefer to write in your own language, you are welcome to use a translation tool. Please add a short note that says so: see [Machine translation]({translationUrl}).',
        },
      },
      {
        id: 'replyTemplate.verbatim-text-own-words.reply.7',
        message: 'My question was: {question}',
      },
      signOff,
    ],
  },
  {
    id: 'pasted-description-rewrite',
    title: {
      id: 'replyTemplate.pasted-description-rewrite.title',
      message: 'Asking for a description in the person’s own words',
    },
    case: 'case-verbatim-text',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.pasted-description-rewrite.useWhen',
      message:
        'The description still contains words that a chat tool writes to its user, such as “As an AI language model”.',
    },
    notWhen: {
      id: 'replyTemplate.pasted-description-rewrite.notWhen',
      message: 'The description is short or simple, but clearly the person’s own.',
    },
    section: 'communication',
    placeholders: ['contributor', 'observation', 'sectionUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.pasted-description-rewrite.reply.1',
        message:
          'Hi {contributor}, thank you for this pull request. The description still contains this: {observation}',
      },
      {
        id: 'replyTemplate.pasted-description-rewrite.reply.2',
        message:
          'Could you rewrite the description in your own words? A few sentences are enough: what the change does, and why. Simple English is welcome, and so is a translation from your own language. Our [policy]({sectionUrl}) explains why we ask.',
      },
      signOff,
    ],
  },
  {
    id: 'verbatim-text-follow-up',
    title: {
      id: 'replyTemplate.verbatim-text-follow-up.title',
      message: 'Pausing the review until the conversation is personal',
    },
    case: 'case-verbatim-text',
    tone: 'firm',
    useWhen: {
      id: 'replyTemplate.verbatim-text-follow-up.useWhen',
      message: 'You asked for a reply in the person’s own words, and the next reply is the same.',
    },
    notWhen: {
      id: 'replyTemplate.verbatim-text-follow-up.notWhen',
      message: 'The person is trying, in simple or translated English. Answer what they wrote.',
    },
    section: 'communication',
    placeholders: ['contributor', 'sectionUrl', 'question', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.verbatim-text-follow-up.reply.1',
        message: 'Hi {contributor}, thank you for staying in touch.',
      },
      {
        onlyWhen: { verbatimModelText: ['not-allowed'] },
        text: {
          id: 'replyTemplate.verbatim-text-follow-up.reply.2',
          message:
            'I am asking again for a reply in your own words. Our [policy]({sectionUrl}) asks everyone to write their own messages to each other, so I will pause the review until we can talk that way.',
        },
      },
      {
        onlyWhen: { verbatimModelText: ['allowed-when-disclosed'] },
        text: {
          id: 'replyTemplate.verbatim-text-follow-up.reply.3',
          message:
            'I am asking again for a reply in your own words. Our [policy]({sectionUrl}) asks that model text is clearly marked, and we still need your own answer, so I will pause the review until then.',
        },
      },
      {
        id: 'replyTemplate.verbatim-text-follow-up.reply.4',
        message:
          'A few short sentences are enough, and simple English is fine. My question was: {question}',
      },
      signOff,
    ],
  },
  {
    id: 'machine-translated-welcome',
    title: {
      id: 'replyTemplate.machine-translated-welcome.title',
      message: 'Welcoming a translated comment',
    },
    case: 'case-machine-translated',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.machine-translated-welcome.useWhen',
      message:
        'The person says they used translation, or the comment has literal phrases and unusual word choices. Answer the content, and do not correct their English.',
    },
    notWhen: {
      id: 'replyTemplate.machine-translated-welcome.notWhen',
      message:
        'The comment does not answer your question at all. Then ask the question again, simply.',
    },
    section: 'machine-translation',
    placeholders: ['contributor', 'sectionUrl', 'comments', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.machine-translated-welcome.reply.1',
        message: 'Hi {contributor}, thank you for your comment.',
      },
      {
        onlyWhen: { machineTranslation: ['exempt'] },
        text: {
          id: 'replyTemplate.machine-translated-welcome.reply.2',
          message:
            'Translated comments are very welcome here: see [Machine translation]({sectionUrl}). If you like, add your original text below the translation. It helps when a word is unclear.',
        },
      },
      {
        onlyWhen: { machineTranslation: ['not-exempt'] },
        text: {
          id: 'replyTemplate.machine-translated-welcome.reply.3',
          message:
            'Translated comments are very welcome here. Please add a short note that says you used a translation tool: see [Machine translation]({sectionUrl}). You may also add your original text below the translation.',
        },
      },
      {
        id: 'replyTemplate.machine-translated-welcome.reply.4',
        message: 'About your point: {comments}',
      },
      {
        id: 'replyTemplate.machine-translated-welcome.reply.5',
        message: 'I will keep my sentences short, so the translation works well both ways.',
      },
      signOff,
    ],
  },
  {
    id: 'undisclosed-ask',
    title: {
      id: 'replyTemplate.undisclosed-ask.title',
      message: 'Asking for a disclosure that is missing',
    },
    case: 'case-undisclosed',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.undisclosed-ask.useWhen',
      message:
        'Review has started, and something concrete shows that an LLM helped, such as a commit message that names a tool.',
    },
    notWhen: {
      id: 'replyTemplate.undisclosed-ask.notWhen',
      message: 'You only suspect it from the writing style. That is not enough to ask this.',
    },
    section: 'disclosure',
    placeholders: ['contributor', 'observation', 'sectionUrl', 'trailer', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.undisclosed-ask.reply.1',
        message: 'Hi {contributor}, thank you for your work on this change.',
      },
      {
        id: 'replyTemplate.undisclosed-ask.reply.2',
        message:
          'I noticed that {observation}, so it seems an LLM helped, but the description does not say so. If I am wrong, please tell me.',
      },
      {
        onlyWhen: { disclosure: ['required'] },
        text: {
          id: 'replyTemplate.undisclosed-ask.reply.3',
          message:
            'Our [policy]({sectionUrl}) asks everyone to mention LLM help, because reviewers read a change differently when they know how it was made. Could you add a short note now: which tools, how you used them, and which parts they produced?',
        },
      },
      {
        onlyWhen: { disclosure: ['encouraged'] },
        text: {
          id: 'replyTemplate.undisclosed-ask.reply.4',
          message:
            'Our [policy]({sectionUrl}) encourages a note about LLM help, because reviewers read a change differently when they know how it was made. Could you add one: which tools, how you used them, and which parts they produced?',
        },
      },
      {
        onlyWhen: withTrailer,
        text: {
          id: 'replyTemplate.undisclosed-ask.reply.5',
          message: 'You can also add a line such as `{trailer}` to the commit message.',
        },
      },
      {
        id: 'replyTemplate.undisclosed-ask.reply.6',
        message:
          'Then the review will go on. If an LLM wrote most of the change, we will talk about how to make it your own.',
      },
      signOff,
    ],
  },
  {
    id: 'undisclosed-after-merge',
    title: {
      id: 'replyTemplate.undisclosed-after-merge.title',
      message: 'Telling the person what happens after a merge',
    },
    case: 'case-undisclosed',
    tone: 'firm',
    useWhen: {
      id: 'replyTemplate.undisclosed-after-merge.useWhen',
      message:
        'The change is already merged, and it became clear later that an LLM helped without a disclosure.',
    },
    notWhen: {
      id: 'replyTemplate.undisclosed-after-merge.notWhen',
      message: 'You are not sure what you saw. Check first, or ask a question instead.',
    },
    section: 'disclosure',
    placeholders: ['contributor', 'observation', 'project', 'sectionUrl', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.undisclosed-after-merge.reply.1',
        message:
          'Hi {contributor}, I noticed that {observation}. So it seems an LLM helped with this change, which we merged without a note about it.',
      },
      {
        id: 'replyTemplate.undisclosed-after-merge.reply.2',
        message:
          'Now that the change is part of {project}, the maintainers are responsible for it. We will review it again for correctness and copyright, and revert it if needed. This is a normal step, not a penalty.',
      },
      {
        id: 'replyTemplate.undisclosed-after-merge.reply.3',
        message:
          'It would help if you told us which tools you used, how, and for which parts. In future contributions, please [mention LLM help]({sectionUrl}) in the description.',
      },
      signOff,
    ],
  },
  {
    id: 'agent-close',
    title: {
      id: 'replyTemplate.agent-close.title',
      message: 'Closing a contribution made by an agent',
    },
    case: 'case-agent',
    tone: 'firm',
    useWhen: {
      id: 'replyTemplate.agent-close.useWhen',
      message:
        'An account opens many contributions in a short time or answers within seconds at any hour, or its profile says it is an agent.',
    },
    notWhen: {
      id: 'replyTemplate.agent-close.notWhen',
      message:
        'The account is automation that your project set up itself, or the person is simply fast.',
    },
    section: 'agents',
    placeholders: ['contributor', 'project', 'sectionUrl', 'reviewer'],
    onlyWhen: { autonomousAgents: ['not-allowed'] },
    reply: [
      {
        id: 'replyTemplate.agent-close.reply.1',
        message:
          'To the person who runs {contributor}: {project} does not accept issues, pull requests or comments made by autonomous agents. A person must stand behind every contribution: see [Agents]({sectionUrl}). I am closing this contribution for that reason.',
      },
      {
        id: 'replyTemplate.agent-close.reply.2',
        message:
          'You are welcome to contribute yourself, as a person, with work you wrote and tools only as help.',
      },
      {
        id: 'replyTemplate.agent-close.reply.3',
        message:
          'If you are a person and posted this yourself, I am sorry for the mistake. Please tell us, and we will reopen it.',
      },
      signature,
    ],
  },
  {
    id: 'agent-ask-for-a-person',
    title: {
      id: 'replyTemplate.agent-ask-for-a-person.title',
      message: 'Asking which person is responsible for an agent',
    },
    case: 'case-agent',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.agent-ask-for-a-person.useWhen',
      message:
        'An agent opened or commented on a contribution, and no person has said that they are responsible for it.',
    },
    notWhen: {
      id: 'replyTemplate.agent-ask-for-a-person.notWhen',
      message:
        'The account is automation that your project set up itself, or the person is simply fast.',
    },
    section: 'agents',
    placeholders: ['contributor', 'project', 'sectionUrl', 'reviewer'],
    onlyWhen: { autonomousAgents: ['allowed-with-accountable-human'] },
    reply: [
      {
        id: 'replyTemplate.agent-ask-for-a-person.reply.1',
        message:
          'To the person who runs {contributor}: {project} accepts work from agents only when a named person is responsible for it and says how the agent was used: see [Agents]({sectionUrl}).',
      },
      {
        id: 'replyTemplate.agent-ask-for-a-person.reply.2',
        message:
          'Could you reply here yourself? Please say who is responsible for this contribution and how the agent was used. Until then, we will pause the review.',
      },
      {
        id: 'replyTemplate.agent-ask-for-a-person.reply.3',
        message:
          'If you are a person and posted this yourself, please just tell us, and we will continue. Sorry for asking.',
      },
      signature,
    ],
  },
  {
    id: 'repeat-close',
    title: {
      id: 'replyTemplate.repeat-close.title',
      message: 'Closing a repeat submission, calmly',
    },
    case: 'case-repeat',
    tone: 'firm',
    useWhen: {
      id: 'replyTemplate.repeat-close.useWhen',
      message:
        'Someone who had a clear reminder submits again in the same way, and you have read the earlier conversation.',
    },
    notWhen: {
      id: 'replyTemplate.repeat-close.notWhen',
      message:
        'The pattern is not really the same, or the earlier message was not a clear reminder. Use a first-contact template.',
    },
    section: 'responsibility',
    placeholders: [
      'contributor',
      'policyUrl',
      'earlierLink',
      'observation',
      'sectionUrl',
      'contact',
      'reviewer',
    ],
    reply: [
      {
        id: 'replyTemplate.repeat-close.reply.1',
        message:
          'Hi {contributor}, we talked about our [LLM policy]({policyUrl}) on an earlier contribution: {earlierLink}',
      },
      {
        id: 'replyTemplate.repeat-close.reply.2',
        message:
          'This pull request has the same problem: {observation}. For that reason, I am closing it.',
      },
      {
        id: 'replyTemplate.repeat-close.reply.3',
        message:
          'For a future contribution, you need to be [its author]({sectionUrl}): you do the thinking, you can explain each decision, and you say how any tools helped.',
      },
      {
        id: 'replyTemplate.repeat-close.reply.4',
        message:
          "If this happens again, the maintainers will follow the project's usual moderation steps. If you have questions, or think we got this wrong, you can reach the maintainers through {contact}.",
      },
      signature,
    ],
  },
  {
    id: 'closing-not-author',
    title: {
      id: 'replyTemplate.closing-not-author.title',
      message: 'Closing because the submitter is not the author',
    },
    case: 'case-closing',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.closing-not-author.useWhen',
      message:
        'You have decided the change does not pass the authorship test, and it cannot be fixed within this pull request.',
    },
    notWhen: {
      id: 'replyTemplate.closing-not-author.notWhen',
      message:
        'A disclosure or a smaller rework would fix it. Ask for that first, and keep the pull request open.',
    },
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'selfCheckUrl', 'contact', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.closing-not-author.reply.1',
        message: 'Hi {contributor}, thank you for the time you put into this pull request.',
      },
      {
        id: 'replyTemplate.closing-not-author.reply.2',
        message:
          'I am closing it because it does not meet our [authorship rule]({sectionUrl}): the person who submits a change must be able to say "I am the author" and explain its decisions. This is about this pull request, not about you.',
      },
      {
        id: 'replyTemplate.closing-not-author.reply.3',
        message:
          'The issue stays open. You are welcome to comment there, or to send a smaller change that you wrote yourself. The [self-check]({selfCheckUrl}) can help.',
      },
      {
        id: 'replyTemplate.closing-not-author.reply.4',
        message:
          'If you think we got this wrong, please say so here or through {contact}, and we can open it again.',
      },
      signOff,
    ],
  },
  {
    id: 'closing-copyright',
    title: {
      id: 'replyTemplate.closing-copyright.title',
      message: 'Closing because the copyright is in doubt',
    },
    case: 'case-closing',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.closing-copyright.useWhen',
      message:
        'Part of the change may come from elsewhere, for example it matches code under another licence, and its origin is unclear.',
    },
    notWhen: {
      id: 'replyTemplate.closing-copyright.notWhen',
      message:
        'The person can show where the code comes from and that its licence allows it. Then continue the review.',
    },
    section: 'copyright',
    placeholders: ['contributor', 'observation', 'sectionUrl', 'contact', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.closing-copyright.reply.1',
        message: 'Hi {contributor}, thank you for this pull request.',
      },
      {
        id: 'replyTemplate.closing-copyright.reply.2',
        message:
          'I am closing it because we cannot be sure where part of the code comes from: {observation}. Our [copyright rule]({sectionUrl}) says that we may reject a change whose copyright is in doubt, with or without an LLM. This is about this pull request, not about you.',
      },
      {
        id: 'replyTemplate.closing-copyright.reply.3',
        message:
          'If you can show where the code comes from, and that its licence allows our use, please tell us here or through {contact}, and we will look again. A new change that you wrote yourself is also welcome.',
      },
      signOff,
    ],
  },
  {
    id: 'closing-closed-model',
    title: {
      id: 'replyTemplate.closing-closed-model.title',
      message: 'Closing because the work comes from a closed commercial model',
    },
    case: 'case-closing',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.closing-closed-model.useWhen',
      message:
        'The disclosure, or the person, says that a closed commercial model produced part of the change.',
    },
    notWhen: {
      id: 'replyTemplate.closing-closed-model.notWhen',
      message: 'You only guess which model was used. Ask the person first.',
    },
    section: 'copyright',
    onlyWhen: { closedCommercialModels: ['not-accepted'] },
    placeholders: ['contributor', 'observation', 'sectionUrl', 'contact', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.closing-closed-model.reply.1',
        message: 'Hi {contributor}, thank you for being open about how you made this change.',
      },
      {
        id: 'replyTemplate.closing-closed-model.reply.2',
        message:
          'I am closing it because part of it comes from a closed commercial model: {observation}. Our [copyright rule]({sectionUrl}) does not accept such output, because these models do not credit the work they learned from. This is a decision about this pull request, not about you.',
      },
      {
        id: 'replyTemplate.closing-closed-model.reply.3',
        message:
          'You are welcome to send the change again, written yourself, with a disclosure of any other tools. If I got this wrong, please tell me here or through {contact}, and I will open it again.',
      },
      signOff,
    ],
  },
  {
    id: 'good-disclosure-thanks',
    title: {
      id: 'replyTemplate.good-disclosure-thanks.title',
      message: 'Thanking someone for a clear disclosure',
    },
    case: 'case-good-disclosure',
    tone: 'warm',
    useWhen: {
      id: 'replyTemplate.good-disclosure-thanks.useWhen',
      message:
        'The description says which tools were used, how, and for which parts, and that use fits the policy.',
    },
    notWhen: {
      id: 'replyTemplate.good-disclosure-thanks.notWhen',
      message:
        'The disclosure shows that a model wrote most of the change. Thank them, then follow the case "Generated and only looked at".',
    },
    section: 'disclosure',
    placeholders: ['contributor', 'sectionUrl', 'comments', 'reviewer'],
    reply: [
      {
        id: 'replyTemplate.good-disclosure-thanks.reply.1',
        message:
          'Hi {contributor}, thank you for the clear note about how you used an LLM. It shows us where to look closely, and it is just what our [policy]({sectionUrl}) asks for.',
      },
      {
        id: 'replyTemplate.good-disclosure-thanks.reply.2',
        message:
          'The way you used it fits the policy, so let us go on with the review. My first comments: {comments}',
      },
      signOff,
    ],
  },
];
