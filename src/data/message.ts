/**
 * A sentence of the site's text that lives in data rather than in a page: its
 * translation id and its English wording. Components show it through
 * `translateMessage()` (src/translation/translateMessage.ts), which calls
 * Docusaurus's `translate()`, so a project can translate it; the generated
 * repository files use the English wording. `npm run write-translations`
 * finds every message written as `{ id: '...', message: '...' }` in src/ and
 * adds it to the translation files, so write ids and wording as literals.
 */
export interface Message {
  readonly id: string;
  readonly message: string;
}

/**
 * Turns a message into the text a reader sees. Pure functions that word text from messages
 * take one: components pass `translateMessage` (src/translation/translateMessage.ts), and
 * everything else, such as the generated files and the tests, takes the English wording.
 */
export type MessageText = (message: Message) => string;

/** A message's English wording. */
export const inEnglish: MessageText = (message) => message.message;
