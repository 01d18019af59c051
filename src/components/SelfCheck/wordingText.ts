/**
 * The self-check's words in the reader's language: src/data/selfCheck/wording.ts holds them as
 * `Message` objects, free of the framework; here each one becomes the text the reader sees.
 */
import type { Message } from '../../data/message';
import type { PolicyOptions } from '../../data/policyOptions';
import type { FindingId, QuestionId } from '../../data/selfCheck/flow';
import { selfCheckWording, type SelfCheckWording } from '../../data/selfCheck/wording';
import { translateMessage } from '../../translation/translateMessage';

/** A structure of messages, with each message as the text it reads in the current locale. */
export type InText<T> = T extends Message
  ? string
  : T extends readonly (infer Item)[]
    ? readonly InText<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: InText<T[Key]> }
      : T;

export type SelfCheckText = InText<SelfCheckWording>;

function isMessage(value: object): value is Message {
  return 'id' in value && 'message' in value && typeof value.message === 'string';
}

/** Every message in a structure, translated; everything else as it is. */
export function inText<T>(value: T): InText<T> {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => inText(item)) as InText<T>;
  }
  if (typeof value === 'object' && value !== null) {
    if (isMessage(value)) {
      return translateMessage(value) as InText<T>;
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inText(item)]),
    ) as InText<T>;
  }
  return value as InText<T>;
}

/** The self-check's words for a project's options, in the reader's language. */
export function selfCheckText(options: PolicyOptions): SelfCheckText {
  return inText(selfCheckWording(options));
}

/** One question's words, for code that handles any question. */
export interface QuestionText {
  readonly title: string;
  readonly hint?: string;
  readonly options: Readonly<Record<string, { readonly label: string; readonly hint?: string }>>;
}

export function questionText(wording: SelfCheckText, question: QuestionId): QuestionText {
  return wording.questions[question];
}

export type FindingText = SelfCheckText['findings'][FindingId];

export function findingText(wording: SelfCheckText, finding: FindingId): FindingText {
  return wording.findings[finding];
}
