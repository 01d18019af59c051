import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../data/message';
import { fillMessage } from '../translation/plural';

/** A locale's code.json: each message id with its translation. */
export type CodeTranslations = Readonly<Record<string, { readonly message: string }>>;

/**
 * The translations of `locale` from `i18n/<locale>/code.json`, for the text that
 * docusaurus.config.ts sets itself; none for a locale without that file, such as English.
 * Node only: the pages read the same file through Docusaurus.
 */
export function readCodeTranslations(siteDir: string, locale: string): CodeTranslations {
  const file = join(siteDir, 'i18n', locale, 'code.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CodeTranslations) : {};
}

/**
 * Translates messages as translate() does on the pages: the translation of the message's id if
 * there is one, its English wording if not, with the `{placeholders}` filled in.
 */
export function codeTranslator(
  translations: CodeTranslations,
): (message: Message, values?: Readonly<Record<string, string>>) => string {
  return (message, values = {}) =>
    fillMessage(
      Object.hasOwn(translations, message.id) ? translations[message.id].message : message.message,
      values,
    );
}
