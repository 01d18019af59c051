// Shows a `Message` (src/data/message.ts) in the reader's language.
//
// The namespace import is deliberate: `docusaurus write-translations` reads only literal
// arguments of translate(), and warns at every call with a variable. Data messages are found by
// scripts/i18n/messages.mjs instead, so calling through the namespace keeps its output readable.
import * as Translation from '@docusaurus/Translate';
import type { Message } from '../data/message';

export type MessageValues = Readonly<Record<string, string | number>>;

/** The message in the current locale, with its `{placeholders}` filled in. */
export function translateMessage(message: Message, values?: MessageValues): string {
  return Translation.translate(message, values);
}
