/**
 * Reply templates for reviewers: kind, ready-to-paste answers for each case of
 * the reviewers' guide (docs/reviewers-guide.mdx). The guide shows a case's
 * templates under its "Replies" heading, and the Reply templates page
 * (docs/reply-templates.mdx) lists them all, filled in.
 *
 * To add a template, add an entry to `replyTemplates`:
 * - `id` is the template's anchor on both pages. People link to it, so never
 *   rename an id once it is published.
 * - `reply` is Markdown, one string per paragraph. Write `{name}` where a
 *   placeholder goes (see `placeholderMeta`), and list in `placeholders`
 *   exactly the ones the reply uses.
 * - A paragraph that fits only some policy choices is written
 *   `{ onlyWhen: { option: ['value'] }, text: '...' }`; a whole template that
 *   fits only some choices gets its own `onlyWhen`. Options are in
 *   src/data/policyOptions.ts.
 * - Link the policy section the reply rests on with `{sectionUrl}`.
 *
 * Write short, plain sentences in your own words: many readers are not native
 * English speakers. Be kind. Never judge a person by their writing style, and
 * always offer a real person a way forward. Say "LLM" for the technology.
 * `npm run test:unit` checks ids, cases, sections and placeholders.
 */
import type { PolicyOptionId, PolicyOptions } from './policyOptions';
import type { PolicyAnchor } from './policySections';

/** The cases of the reviewers' guide; each id is a heading anchor there. */
export const replyCaseIds = [
  'case-unsure',
  'case-fully-generated',
  'case-looked-at',
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
export const replyCaseTitles: Readonly<Record<ReplyCaseId, string>> = {
  'case-unsure': 'Not sure yet',
  'case-fully-generated': 'Fully generated',
  'case-looked-at': 'Generated and only looked at',
  'case-assisted': 'Written by the person with tool help',
  'case-newcomer': 'A newcomer who needs help',
  'case-no-explanation': '“I wrote it”, but no explanation',
  'case-mixed': 'A mixed pull request',
  'case-verbatim-text': 'Verbatim model text in a conversation',
  'case-machine-translated': 'A machine-translated comment',
  'case-undisclosed': 'Undisclosed use found later',
  'case-agent': 'An autonomous agent or bot account',
  'case-repeat': 'A repeat submission after a reminder',
  'case-closing': 'Closing a pull request under the policy',
  'case-good-disclosure': 'A clear disclosure',
};

export const replyTones = ['warm', 'firm'] as const;

export type ReplyTone = (typeof replyTones)[number];

/** Warm is for a first contact; firmer is for a follow-up, still kind but clear about what happens next. */
export const replyToneLabels: Readonly<Record<ReplyTone, string>> = {
  warm: 'Warm',
  firm: 'Firmer',
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
  /** Shown instead of the value while it is missing; never empty. */
  readonly marker: string;
}

export const placeholderMeta: Readonly<Record<PlaceholderId, PlaceholderMeta>> = {
  contributor: {
    description: 'The contributor’s handle, such as @sam-lee.',
    source: 'input',
    marker: "[contributor's handle]",
  },
  reviewer: {
    description: 'The name the reviewer signs with.',
    source: 'input',
    marker: '[your name]',
  },
  project: { description: 'The project’s name.', source: 'site', marker: '[project name]' },
  policyUrl: {
    description: 'The address of the policy page.',
    source: 'site',
    marker: '[policy link]',
  },
  sectionUrl: {
    description: 'The address of the policy section the template rests on.',
    source: 'site',
    marker: '[policy section link]',
  },
  disclosureUrl: {
    description: 'The address of the policy’s disclosure section.',
    source: 'site',
    marker: '[disclosure link]',
  },
  examplesUrl: {
    description: 'The address of the policy’s disclosure examples.',
    source: 'site',
    marker: '[disclosure examples link]',
  },
  translationUrl: {
    description: 'The address of the policy’s machine-translation section.',
    source: 'site',
    marker: '[machine translation link]',
  },
  selfCheckUrl: {
    description: 'The address of the contributors’ self-check.',
    source: 'site',
    marker: '[self-check link]',
  },
  contact: {
    description: 'The project contact from site.config.ts, as a Markdown link.',
    source: 'site',
    marker: '[project contact]',
  },
  trailer: {
    description: 'An example of the commit trailer the project uses.',
    source: 'site',
    marker: '[commit trailer]',
  },
  observation: {
    description: 'What the reviewer noticed in the work itself, never its style.',
    source: 'by-hand',
    marker: '[what you noticed in the work]',
  },
  question: {
    description: 'The reviewer’s question that still needs an answer.',
    source: 'by-hand',
    marker: '[your question]',
  },
  comments: {
    description: 'The reviewer’s own comments on the change.',
    source: 'by-hand',
    marker: '[your comments]',
  },
  earlierLink: {
    description: 'A link to the earlier conversation with the reminder.',
    source: 'by-hand',
    marker: '[link to the earlier conversation]',
  },
};

/** Policy choices a paragraph or template needs: every listed option must have one of its values. */
export type OptionCondition = {
  readonly [Id in PolicyOptionId]?: readonly PolicyOptions[Id][];
};

export type ReplyBlock = string | { readonly onlyWhen: OptionCondition; readonly text: string };

export interface ReplyTemplate {
  /** Stable anchor on the guide and the templates page. */
  readonly id: string;
  readonly title: string;
  readonly case: ReplyCaseId;
  readonly tone: ReplyTone;
  readonly useWhen: string;
  readonly notWhen: string;
  /** The policy section the reply rests on; `{sectionUrl}` links to it. */
  readonly section: PolicyAnchor;
  readonly placeholders: readonly PlaceholderId[];
  /** Markdown, one entry per paragraph. */
  readonly reply: readonly ReplyBlock[];
  /** Only offered when the project's policy choices match. */
  readonly onlyWhen?: OptionCondition;
}

const withTrailer: OptionCondition = { commitTrailer: ['Assisted-by', 'Generated-by'] };

export const replyTemplates: readonly ReplyTemplate[] = [
  {
    id: 'unsure-first-question',
    title: 'A first, gentle question',
    case: 'case-unsure',
    tone: 'warm',
    useWhen: 'You see one or two signs in the work, but nothing is clear yet.',
    notWhen:
      'The only sign is the writing style, imperfect English or a new account. Review as usual instead.',
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'sectionUrl', 'disclosureUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for this contribution to {project}.',
      'Before I go on, could you tell me how you worked on it? For example, why did you choose this approach, and how did you test it? A few sentences in your own words are enough, and simple English is fine.',
      {
        onlyWhen: { disclosure: ['required'] },
        text: 'We ask this of everyone. {project} asks each contributor to be able to say "[I am the author]({sectionUrl})", and to [mention any LLM help]({disclosureUrl}). Using tools is fine, and a short note is enough.',
      },
      {
        onlyWhen: { disclosure: ['encouraged'] },
        text: 'We ask this of everyone. {project} asks each contributor to be able to say "[I am the author]({sectionUrl})", and encourages a [short note about any LLM help]({disclosureUrl}). Using tools is fine.',
      },
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'unsure-follow-up',
    title: 'Asking again, when the question is still open',
    case: 'case-unsure',
    tone: 'firm',
    useWhen:
      'Some days after your first question, there is no answer, or the answer does not say how the work was made.',
    notWhen:
      'The person said they wrote it. Believe them and go on with the review; do not ask for proof.',
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'disclosureUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, I am coming back to my question above about how you made this change.',
      'Before we continue, we need a short answer in your own words: why you chose this approach, and how you tested it. Our policy asks everyone to be [the author]({sectionUrl}) of what they submit. If an LLM helped, please [add a short note]({disclosureUrl}) about it.',
      'There is no hurry. The pull request can wait.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'fully-generated-close',
    title: 'Closing a change the person cannot claim as their own',
    case: 'case-fully-generated',
    tone: 'warm',
    useWhen:
      'The person says an LLM made the change, or they could not explain any part of it after you asked.',
    notWhen:
      'You only have a feeling, or the person can explain the change. Ask a first question instead.',
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
      'Hi {contributor}, thank you for your interest in {project}.',
      'I noticed that {observation}. Our [policy]({policyUrl}) asks that everyone who submits work can say "[I am the author]({sectionUrl})": they did the thinking, and they can explain each decision. This change does not meet that test, so I am closing it. This is about the change, not about you.',
      'You are welcome to try again: describe on the issue how you would solve the problem, then write the change yourself, and say which tools helped. The [self-check]({selfCheckUrl}) can help. If I have misunderstood how you made this change, please tell me, and I will open it again.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'looked-at-explain',
    title: 'Explaining why checking a model’s work is not enough',
    case: 'case-looked-at',
    tone: 'warm',
    useWhen:
      'The person says an LLM wrote the change and they checked it, but they cannot explain why its choices were made.',
    notWhen:
      'The person made the decisions and a tool only helped with parts. That is tool help: ask for a disclosure instead.',
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'sectionUrl', 'selfCheckUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for telling us openly how you made this change. That honesty helps us, and you did nothing wrong.',
      'In {project}, being the author means doing the thinking yourself: you make the decisions, and you can explain each of them. When an LLM writes the code and a person checks it, the model did the thinking. Our [policy]({sectionUrl}) does not count that as authorship.',
      'Would you like to rework the change yourself? A smaller first step is fine, and tools may still help, if you say how. I will keep this pull request open as a draft for now. The [self-check]({selfCheckUrl}) may help, and I am happy to answer questions.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'looked-at-close',
    title: 'Closing when the change is still the model’s work',
    case: 'case-looked-at',
    tone: 'firm',
    useWhen:
      'You explained the authorship test earlier, and some time later the change is still the version the model wrote.',
    notWhen:
      'The person is still working on it or has asked for help. Give them time and answer first.',
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for your patience.',
      'As we discussed, our [policy]({sectionUrl}) asks you to be the author of a change, not only the person who checked it. The code here is still the version the LLM wrote, so I am closing this pull request. This is not a judgement of you.',
      'You are welcome to write the change yourself and open a new pull request, with a note on any tools you used. If I have misunderstood something, please tell me, and I will open this one again.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'assisted-ask-disclosure',
    title: 'Asking for a short disclosure',
    case: 'case-assisted',
    tone: 'warm',
    useWhen:
      'The person explains their decisions easily, a tool helped with some parts, and the description does not say so yet.',
    notWhen:
      'The description already has a clear disclosure: thank them instead. Or a model made the decisions: that is a different case.',
    section: 'disclosure',
    placeholders: ['contributor', 'sectionUrl', 'examplesUrl', 'trailer', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for explaining your change so clearly.',
      {
        onlyWhen: { disclosure: ['required'] },
        text: 'Using an LLM for help in the way you describe fits our policy. We only ask that you [say so]({sectionUrl}) in the pull request. Could you add a short note to the description? Please say which tool you used, what you used it for, and which parts it produced. A few sentences are enough, like [these examples]({examplesUrl}).',
      },
      {
        onlyWhen: { disclosure: ['encouraged'] },
        text: 'Using an LLM for help in the way you describe fits our policy. We encourage a [short note]({sectionUrl}) about it, because it helps reviewers. Could you add one to the description? Please say which tool you used, what you used it for, and which parts it produced, like [these examples]({examplesUrl}).',
      },
      {
        onlyWhen: withTrailer,
        text: 'You can also end the commit message with a line such as `{trailer}`.',
      },
      'I will continue with my review comments below.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'newcomer-welcome',
    title: 'Welcoming a newcomer and helping with the next step',
    case: 'case-newcomer',
    tone: 'warm',
    useWhen:
      'The change misses conventions or has beginner mistakes, and the person answers questions and asks their own.',
    notWhen: 'The change is ready to merge. Then a short thank-you is enough.',
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'comments', 'reviewer'],
    reply: [
      'Hi {contributor}, welcome to {project}, and thank you for this contribution!',
      'I have left some comments on the code. The most important ones are these: {comments}',
      'A first pull request often needs a few rounds of changes. That is normal, and we are here to help. Please ask if anything is unclear.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'newcomer-apology',
    title: 'Saying sorry after a wrong question',
    case: 'case-newcomer',
    tone: 'warm',
    useWhen:
      'Someone asked a newcomer whether they wrote their change, and the question was wrong.',
    notWhen: 'No one has asked. Then just help, with the welcome template.',
    section: 'responsibility',
    placeholders: ['contributor', 'project', 'comments', 'reviewer'],
    reply: [
      'Hi {contributor}, earlier in this conversation you were asked whether you wrote this change. I am sorry for that question. It should not have been asked, and it is closed.',
      'Thank you for your work on {project}. Here is what I suggest for the next step: {comments}',
      'Please ask if anything is unclear. We are glad you are here.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'no-explanation-ask',
    title: 'Asking about the decisions, after “I wrote it”',
    case: 'case-no-explanation',
    tone: 'warm',
    useWhen:
      'The person says they wrote the change, but has not yet explained why it is made this way.',
    notWhen: 'They already explained their decisions. Then go on with the review.',
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'question', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for your answer. I believe you, and I do not need any proof.',
      'To review the change, I need to understand a few of its decisions, as our [policy]({sectionUrl}) asks. Could you explain them in a few sentences of your own? Simple English is fine. My question is: {question}',
      'There is no hurry. I will wait for your answer before I go on.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'mixed-split',
    title: 'Keeping the good part of a mixed change',
    case: 'case-mixed',
    tone: 'warm',
    useWhen:
      'Some parts of the change are clearly the person’s work, and other parts they cannot explain or have not disclosed.',
    notWhen: 'The person can explain every part. Then ask for a disclosure if one is missing.',
    section: 'responsibility',
    placeholders: ['contributor', 'comments', 'observation', 'sectionUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for this pull request. This part is ready for review: {comments}',
      'I cannot review this part yet: {observation}. Could you take it out, or rewrite it yourself so that you can [explain each decision]({sectionUrl})? If an LLM helped, please add a short note about it.',
      'A smaller pull request is also easier to review. I am happy to go on with the rest.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'verbatim-text-own-words',
    title: 'Asking for a reply in the person’s own words',
    case: 'case-verbatim-text',
    tone: 'warm',
    useWhen:
      'A reply is long and general and misses your question, and it may have come from an LLM.',
    notWhen:
      'The reply answers your question, even in unusual English. Translation tools also change the style.',
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
      'Hi {contributor}, thank you for your reply.',
      'I could not find the answer to my question in it. Could you answer in a few sentences of your own? Simple English is fine.',
      {
        onlyWhen: { verbatimModelText: ['not-allowed'] },
        text: 'If an LLM wrote any of the comment, please write it yourself next time. {project} asks people not to paste model output into conversations, because we want to know what you think: see [Communication]({sectionUrl}).',
      },
      {
        onlyWhen: { verbatimModelText: ['allowed-when-disclosed'] },
        text: 'If an LLM wrote any of the comment, please mark that part clearly, and add your own answer in your own words: see [Communication]({sectionUrl}).',
      },
      {
        onlyWhen: { machineTranslation: ['exempt'] },
        text: 'If you prefer to write in your own language, you are welcome to use a translation tool: see [Machine translation]({translationUrl}).',
      },
      {
        onlyWhen: { machineTranslation: ['not-exempt'] },
        text: 'If you prefer to write in your own language, you are welcome to use a translation tool. Please add a short note that says so: see [Machine translation]({translationUrl}).',
      },
      'My question was: {question}',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'verbatim-text-follow-up',
    title: 'Pausing the review until the conversation is personal',
    case: 'case-verbatim-text',
    tone: 'firm',
    useWhen: 'You asked for a reply in the person’s own words, and the next reply is the same.',
    notWhen: 'The person is trying, in simple or translated English. Answer what they wrote.',
    section: 'communication',
    placeholders: ['contributor', 'sectionUrl', 'question', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for staying in touch.',
      {
        onlyWhen: { verbatimModelText: ['not-allowed'] },
        text: 'I am asking again for a reply in your own words. Our [policy]({sectionUrl}) asks everyone to write their own messages to each other, so I will pause the review until we can talk that way.',
      },
      {
        onlyWhen: { verbatimModelText: ['allowed-when-disclosed'] },
        text: 'I am asking again for a reply in your own words. Our [policy]({sectionUrl}) asks that model text is clearly marked, and we still need your own answer, so I will pause the review until then.',
      },
      'A few short sentences are enough, and simple English is fine. My question was: {question}',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'pasted-description-rewrite',
    title: 'Asking for a description in the person’s own words',
    case: 'case-verbatim-text',
    tone: 'warm',
    useWhen:
      'The description still contains words that a chat tool writes to its user, such as “As an AI language model”.',
    notWhen: 'The description is short or simple, but clearly the person’s own.',
    section: 'communication',
    placeholders: ['contributor', 'observation', 'sectionUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for this pull request. The description still contains this: {observation}',
      'Could you rewrite the description in your own words? A few sentences are enough: what the change does, and why. Simple English is welcome, and so is a translation from your own language. Our [policy]({sectionUrl}) explains why we ask.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'machine-translated-welcome',
    title: 'Welcoming a translated comment',
    case: 'case-machine-translated',
    tone: 'warm',
    useWhen:
      'The person says they used translation, or the comment has literal phrases and unusual word choices. Answer the content, and do not correct their English.',
    notWhen:
      'The comment does not answer your question at all. Then ask the question again, simply.',
    section: 'machine-translation',
    placeholders: ['contributor', 'sectionUrl', 'comments', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for your comment.',
      {
        onlyWhen: { machineTranslation: ['exempt'] },
        text: 'Translated comments are very welcome here: see [Machine translation]({sectionUrl}). If you like, add your original text below the translation. It helps when a word is unclear.',
      },
      {
        onlyWhen: { machineTranslation: ['not-exempt'] },
        text: 'Translated comments are very welcome here. Please add a short note that says you used a translation tool: see [Machine translation]({sectionUrl}). You may also add your original text below the translation.',
      },
      'About your point: {comments}',
      'I will keep my sentences short, so the translation works well both ways.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'undisclosed-ask',
    title: 'Asking for a disclosure that is missing',
    case: 'case-undisclosed',
    tone: 'warm',
    useWhen:
      'Review has started, and something concrete shows that an LLM helped, such as a commit message that names a tool.',
    notWhen: 'You only suspect it from the writing style. That is not enough to ask this.',
    section: 'disclosure',
    placeholders: ['contributor', 'observation', 'sectionUrl', 'trailer', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for your work on this change.',
      'I noticed that {observation}, so it seems an LLM helped, but the description does not say so. If I am wrong, please tell me.',
      {
        onlyWhen: { disclosure: ['required'] },
        text: 'Our [policy]({sectionUrl}) asks everyone to mention LLM help, because reviewers read a change differently when they know how it was made. Could you add a short note now: which tools, how you used them, and which parts they produced?',
      },
      {
        onlyWhen: { disclosure: ['encouraged'] },
        text: 'Our [policy]({sectionUrl}) encourages a note about LLM help, because reviewers read a change differently when they know how it was made. Could you add one: which tools, how you used them, and which parts they produced?',
      },
      {
        onlyWhen: withTrailer,
        text: 'You can also add a line such as `{trailer}` to the commit message.',
      },
      'Then the review will go on. If an LLM wrote most of the change, we will talk about how to make it your own.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'undisclosed-after-merge',
    title: 'Telling the person what happens after a merge',
    case: 'case-undisclosed',
    tone: 'firm',
    useWhen:
      'The change is already merged, and it became clear later that an LLM helped without a disclosure.',
    notWhen: 'You are not sure what you saw. Check first, or ask a question instead.',
    section: 'disclosure',
    placeholders: ['contributor', 'observation', 'project', 'sectionUrl', 'reviewer'],
    reply: [
      'Hi {contributor}, I noticed that {observation}. So it seems an LLM helped with this change, which we merged without a note about it.',
      'Now that the change is part of {project}, the maintainers are responsible for it. We will review it again for correctness and copyright, and revert it if needed. This is a normal step, not a penalty.',
      'It would help if you told us which tools you used, how, and for which parts. In future contributions, please [mention LLM help]({sectionUrl}) in the description.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'agent-close',
    title: 'Closing a contribution made by an agent',
    case: 'case-agent',
    tone: 'firm',
    useWhen:
      'An account opens many contributions in a short time or answers within seconds at any hour, or its profile says it is an agent.',
    notWhen:
      'The account is automation that your project set up itself, or the person is simply fast.',
    section: 'agents',
    placeholders: ['contributor', 'project', 'sectionUrl', 'reviewer'],
    onlyWhen: { autonomousAgents: ['not-allowed'] },
    reply: [
      'To the person who runs {contributor}: {project} does not accept issues, pull requests or comments made by autonomous agents. A person must stand behind every contribution: see [Agents]({sectionUrl}). I am closing this contribution for that reason.',
      'You are welcome to contribute yourself, as a person, with work you wrote and tools only as help.',
      'If you are a person and posted this yourself, I am sorry for the mistake. Please tell us, and we will reopen it.',
      '{reviewer}',
    ],
  },
  {
    id: 'agent-ask-for-a-person',
    title: 'Asking which person is responsible for an agent',
    case: 'case-agent',
    tone: 'warm',
    useWhen:
      'An agent opened or commented on a contribution, and no person has said that they are responsible for it.',
    notWhen:
      'The account is automation that your project set up itself, or the person is simply fast.',
    section: 'agents',
    placeholders: ['contributor', 'project', 'sectionUrl', 'reviewer'],
    onlyWhen: { autonomousAgents: ['allowed-with-accountable-human'] },
    reply: [
      'To the person who runs {contributor}: {project} accepts work from agents only when a named person is responsible for it and says how the agent was used: see [Agents]({sectionUrl}).',
      'Could you reply here yourself? Please say who is responsible for this contribution and how the agent was used. Until then, we will pause the review.',
      'If you are a person and posted this yourself, please just tell us, and we will continue. Sorry for asking.',
      '{reviewer}',
    ],
  },
  {
    id: 'repeat-close',
    title: 'Closing a repeat submission, calmly',
    case: 'case-repeat',
    tone: 'firm',
    useWhen:
      'Someone who had a clear reminder submits again in the same way, and you have read the earlier conversation.',
    notWhen:
      'The pattern is not really the same, or the earlier message was not a clear reminder. Use a first-contact template.',
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
      'Hi {contributor}, we talked about our [LLM policy]({policyUrl}) on an earlier contribution: {earlierLink}',
      'This pull request has the same problem: {observation}. For that reason, I am closing it.',
      'For a future contribution, you need to be [its author]({sectionUrl}): you do the thinking, you can explain each decision, and you say how any tools helped.',
      "If this happens again, the maintainers will follow the project's usual moderation steps. If you have questions, or think we got this wrong, you can reach the maintainers through {contact}.",
      '{reviewer}',
    ],
  },
  {
    id: 'closing-not-author',
    title: 'Closing because the submitter is not the author',
    case: 'case-closing',
    tone: 'warm',
    useWhen:
      'You have decided the change does not pass the authorship test, and it cannot be fixed within this pull request.',
    notWhen:
      'A disclosure or a smaller rework would fix it. Ask for that first, and keep the pull request open.',
    section: 'responsibility',
    placeholders: ['contributor', 'sectionUrl', 'selfCheckUrl', 'contact', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for the time you put into this pull request.',
      'I am closing it because it does not meet our [authorship rule]({sectionUrl}): the person who submits a change must be able to say "I am the author" and explain its decisions. This is about this pull request, not about you.',
      'The issue stays open. You are welcome to comment there, or to send a smaller change that you wrote yourself. The [self-check]({selfCheckUrl}) can help.',
      'If you think we got this wrong, please say so here or through {contact}, and we can open it again.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'closing-copyright',
    title: 'Closing because the copyright is in doubt',
    case: 'case-closing',
    tone: 'warm',
    useWhen:
      'Part of the change may come from elsewhere, for example it matches code under another licence, and its origin is unclear.',
    notWhen:
      'The person can show where the code comes from and that its licence allows it. Then continue the review.',
    section: 'copyright',
    placeholders: ['contributor', 'observation', 'sectionUrl', 'contact', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for this pull request.',
      'I am closing it because we cannot be sure where part of the code comes from: {observation}. Our [copyright rule]({sectionUrl}) says that we may reject a change whose copyright is in doubt, with or without an LLM. This is about this pull request, not about you.',
      'If you can show where the code comes from, and that its licence allows our use, please tell us here or through {contact}, and we will look again. A new change that you wrote yourself is also welcome.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'closing-closed-model',
    title: 'Closing because the work comes from a closed commercial model',
    case: 'case-closing',
    tone: 'warm',
    useWhen:
      'The disclosure, or the person, says that a closed commercial model produced part of the change.',
    notWhen: 'You only guess which model was used. Ask the person first.',
    section: 'copyright',
    onlyWhen: { closedCommercialModels: ['not-accepted'] },
    placeholders: ['contributor', 'observation', 'sectionUrl', 'contact', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for being open about how you made this change.',
      'I am closing it because part of it comes from a closed commercial model: {observation}. Our [copyright rule]({sectionUrl}) does not accept such output, because these models do not credit the work they learned from. This is a decision about this pull request, not about you.',
      'You are welcome to send the change again, written yourself, with a disclosure of any other tools. If I got this wrong, please tell me here or through {contact}, and I will open it again.',
      'Best wishes,\n{reviewer}',
    ],
  },
  {
    id: 'good-disclosure-thanks',
    title: 'Thanking someone for a clear disclosure',
    case: 'case-good-disclosure',
    tone: 'warm',
    useWhen:
      'The description says which tools were used, how, and for which parts, and that use fits the policy.',
    notWhen:
      'The disclosure shows that a model wrote most of the change. Thank them, then follow the case "Generated and only looked at".',
    section: 'disclosure',
    placeholders: ['contributor', 'sectionUrl', 'comments', 'reviewer'],
    reply: [
      'Hi {contributor}, thank you for the clear note about how you used an LLM. It shows us where to look closely, and it is just what our [policy]({sectionUrl}) asks for.',
      'The way you used it fits the policy, so let us go on with the review. My first comments: {comments}',
      'Best wishes,\n{reviewer}',
    ],
  },
];
