// What a config's value must be, in words: the build's errors say it in English, and the
// adoption builder in the reader's language. The rules that decide it are in ./validate.ts.
import type { Message } from '../data/message';
import { fillMessage, selectPluralForm } from '../translation/plural';

/**
 * What a value should be, as a code and its parameters: the build's errors word it in English
 * (`expectationText`), and the adoption builder words it in the reader's language.
 */
export type Expectation =
  | { readonly code: 'nonEmptyString' }
  | { readonly code: 'singleLine' }
  | { readonly code: 'noOuterSpaces' }
  | { readonly code: 'maxLength'; readonly max: number }
  | { readonly code: 'boolean' }
  | { readonly code: 'httpUrl' }
  | { readonly code: 'contactUrl' }
  | { readonly code: 'origin' }
  | { readonly code: 'basePath' }
  | { readonly code: 'version' }
  | { readonly code: 'date' }
  | { readonly code: 'oneOf'; readonly values: readonly string[] }
  | { readonly code: 'loginList' }
  | { readonly code: 'exactly'; readonly value: string }
  | { readonly code: 'object' };

export type ExpectationCode = Expectation['code'];

/**
 * How each expectation reads after "must be". A message with "|" has plural forms, chosen by
 * the number in `{max}`. Keep each `id` stable once published: translations are keyed by it.
 */
export const expectationMessages: Readonly<Record<ExpectationCode, Message>> = {
  nonEmptyString: { id: 'config.expected.nonEmptyString', message: 'a non-empty string' },
  singleLine: {
    id: 'config.expected.singleLine',
    message: 'a single line of text, without line breaks or other control characters',
  },
  noOuterSpaces: {
    id: 'config.expected.noOuterSpaces',
    message: 'text without spaces at the start or the end',
  },
  maxLength: {
    id: 'config.expected.maxLength',
    message: 'at most {max} character long|at most {max} characters long',
  },
  boolean: { id: 'config.expected.boolean', message: 'true or false' },
  httpUrl: { id: 'config.expected.httpUrl', message: 'an absolute http:// or https:// URL' },
  contactUrl: {
    id: 'config.expected.contactUrl',
    message: 'an absolute http:// or https:// URL, or a mailto: address',
  },
  origin: {
    id: 'config.expected.origin',
    message:
      'an origin without a path or trailing slash, such as "https://policy.example.org" (put the path in site.baseUrl)',
  },
  basePath: {
    id: 'config.expected.basePath',
    message: 'a path that starts and ends with "/", such as "/" or "/policy/"',
  },
  version: { id: 'config.expected.version', message: 'a version number such as "1" or "1.2"' },
  date: {
    id: 'config.expected.date',
    message: 'a real calendar date written as YYYY-MM-DD, such as "2026-05-05"',
  },
  oneOf: { id: 'config.expected.oneOf', message: 'one of {values}' },
  loginList: {
    id: 'config.expected.loginList',
    message:
      'a list of at most 50 different GitHub logins, such as ["dependabot[bot]", "renovate[bot]"]',
  },
  exactly: { id: 'config.expected.exactly', message: 'exactly {value}' },
  object: { id: 'config.expected.object', message: 'an object' },
};

/** The values that fill an expectation's message; `count` chooses its plural form. */
export function expectationValues(expectation: Expectation): {
  readonly values: Readonly<Record<string, string>>;
  readonly count: number | null;
} {
  switch (expectation.code) {
    case 'maxLength':
      return { values: { max: String(expectation.max) }, count: expectation.max };
    case 'oneOf':
      return {
        values: { values: expectation.values.map((choice) => `"${choice}"`).join(', ') },
        count: null,
      };
    case 'exactly':
      return { values: { value: expectation.value }, count: null };
    default:
      return { values: {}, count: null };
  }
}

/** An expectation in English, as the build's error messages say it: "a non-empty string". */
export function expectationText(expectation: Expectation): string {
  const { values, count } = expectationValues(expectation);
  const { message } = expectationMessages[expectation.code];
  return fillMessage(count === null ? message : selectPluralForm(message, count, 'en'), values);
}
