import { policyOptionIds, policyOptionValues, type PolicyOptions } from '../data/policyOptions';
import type { SiteConfig } from './types';
import { expectationText, type Expectation } from './expectations';

/** Returns what the value should be when it is wrong, or null when it is fine. */
export type Rule = (value: unknown) => Expectation | null;

/** A section that a config may leave out: when it is there, every field in it is checked. */
export class OptionalSection<T> {
  constructor(readonly schema: SchemaFor<T>) {}
}

/** A single value that a config may leave out: when it is there, its rule checks it. */
export class OptionalField {
  constructor(readonly rule: Rule) {}
}

type Leaf = string | boolean | number | null | readonly unknown[];

/** One rule per leaf, nested like the checked object, so no field can go unchecked. */
export type SchemaFor<T> = {
  readonly [K in keyof T]-?: undefined extends T[K]
    ? NonNullable<T[K]> extends Leaf
      ? OptionalField
      : OptionalSection<NonNullable<T[K]>>
    : T[K] extends Leaf
      ? Rule
      : SchemaFor<T[K]>;
};

// Line breaks and other control characters would break a heading, a YAML value or a commit line.
// Half of a surrogate pair (\p{Cs}) is no character at all, and no UTF-8 file can hold it.
const controlCharacter = /[\p{Cc}\p{Cs}\u2028\u2029]/u;

/** Characters as people count them: an emoji or a letter with its accents is one. */
function characterCount(text: string): number {
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
}

/**
 * One line of text, shown as text wherever it appears: 1 to `maxLength`
 * characters, with no line breaks and no spaces at either end.
 */
export function lineOfText(maxLength: number): Rule {
  return (value) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return { code: 'nonEmptyString' };
    }
    if (controlCharacter.test(value)) {
      return { code: 'singleLine' };
    }
    if (value.trim() !== value) {
      return { code: 'noOuterSpaces' };
    }
    if (characterCount(value) > maxLength) {
      return { code: 'maxLength', max: maxLength };
    }
    return null;
  };
}

/** Names and labels: long enough for any real name, short enough for a navigation bar. */
export const textRule: Rule = lineOfText(120);
const nameRule: Rule = lineOfText(80);

/** Far longer than any real address, short enough to keep pages and files readable. */
const maxUrlLength = 500;

const booleanRule: Rule = (value) => (typeof value === 'boolean' ? null : { code: 'boolean' });

function hasScheme(value: unknown, schemes: readonly string[]): boolean {
  if (typeof value !== 'string' || /\s/.test(value) || controlCharacter.test(value)) {
    return false;
  }
  try {
    const parsed = new URL(value);
    // As written, not only as the parser reads it: "HTTPS://" or "https:host" would pass the
    // parser but not the pattern "^https?://" that policy.schema.json gives for addresses.
    return (
      schemes.includes(parsed.protocol) &&
      (parsed.protocol === 'mailto:'
        ? value.startsWith('mailto:')
        : parsed.host !== '' && value.startsWith(`${parsed.protocol}//`))
    );
  } catch {
    return false;
  }
}

function withinUrlLength(rule: Rule): Rule {
  return (value) =>
    rule(value) ??
    ((value as string).length > maxUrlLength ? { code: 'maxLength', max: maxUrlLength } : null);
}

export const httpUrlRule: Rule = withinUrlLength((value) =>
  hasScheme(value, ['http:', 'https:']) ? null : { code: 'httpUrl' },
);

export const contactUrlRule: Rule = withinUrlLength((value) =>
  hasScheme(value, ['http:', 'https:', 'mailto:']) ? null : { code: 'contactUrl' },
);

const originRule: Rule = (value) => {
  if (!hasScheme(value, ['http:', 'https:'])) {
    return { code: 'httpUrl' };
  }
  const parsed = new URL(value as string);
  // Only the scheme, the host and the port, as written: the parser drops an empty "?" or "#",
  // a "." or ".." path and a backslash, which would still end up in every address made from it.
  // The host is a name of letters, digits, hyphens and dots (once made ASCII), or an IP address:
  // the parser also takes characters such as "(" or "{" there, which break Markdown links.
  const bare =
    /^https?:\/\/[^/?#\\@]+$/.test(value as string) &&
    /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(parsed.hostname);
  return bare ? null : { code: 'origin' };
};

// A "." or ".." segment would be resolved away by browsers, so the site would not be where its
// addresses point.
const baseUrlRule: Rule = (value) =>
  typeof value === 'string' &&
  value.length <= 100 &&
  /^\/((?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/.test(value)
    ? null
    : { code: 'basePath' };

export const versionRule: Rule = (value) =>
  typeof value === 'string' && /^\d{1,6}(\.\d{1,6}){0,3}$/.test(value) ? null : { code: 'version' };

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years before 100 as they are.
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const dateRule: Rule = (value) =>
  typeof value === 'string' && isRealDate(value) ? null : { code: 'date' };

/** A GitHub login: letters, digits and single hyphens; apps end in "[bot]". */
const githubLogin = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/;

/** A list of up to 50 GitHub logins, each at most once. */
const loginListRule: Rule = (value) =>
  Array.isArray(value) &&
  value.length <= 50 &&
  value.every((login) => typeof login === 'string' && githubLogin.test(login)) &&
  new Set(value.map((login: string) => login.toLowerCase())).size === value.length
    ? null
    : { code: 'loginList' };

/** One of these values. Values that are not strings (true, null) are named as JSON writes them. */
export function oneOf(values: readonly (string | boolean | null)[]): Rule {
  return (value) =>
    values.includes(value as string | boolean | null)
      ? null
      : {
          code: 'oneOf',
          values: values.map((choice) => (typeof choice === 'string' ? choice : String(choice))),
        };
}

export const optionsSchema = Object.fromEntries(
  policyOptionIds.map((id) => [id, oneOf(policyOptionValues[id])]),
) as unknown as SchemaFor<PolicyOptions>;

export const siteConfigSchema: SchemaFor<SiteConfig> = {
  isExample: booleanRule,
  project: {
    name: nameRule,
    repositoryUrl: httpUrlRule,
    issuesUrl: httpUrlRule,
    pullRequestsUrl: httpUrlRule,
  },
  site: {
    url: originRule,
    baseUrl: baseUrlRule,
    sourceRepository: new OptionalField(httpUrlRule),
  },
  contact: { label: textRule, url: contactUrlRule },
  policy: { version: versionRule, adoptedOn: dateRule, options: optionsSchema },
  textLicense: { name: nameRule, url: httpUrlRule },
  pullRequestCheck: new OptionalSection<NonNullable<SiteConfig['pullRequestCheck']>>({
    mode: oneOf(['advise', 'require']),
    skipAuthors: loginListRule,
  }),
};

export class SiteConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], fileName = 'site.config.ts') {
    super(
      `${fileName} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'SiteConfigError';
    this.problems = problems;
  }
}

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  let json: string | undefined;
  try {
    // JSON.stringify returns undefined for functions and symbols, despite its declared type.
    json = JSON.stringify(value);
  } catch {
    // It throws on a bigint, and on an object that holds itself.
    json = undefined;
  }
  const text = json ?? `a ${typeof value}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One thing wrong with a config, tied to the field it concerns. */
export interface SiteConfigProblem {
  /** The dotted path of the field, such as "project.name", or "" for the whole config. */
  readonly field: string;
  /** What the value should be, such as `{ code: 'nonEmptyString' }`; null for a key the site does not know. */
  readonly expected: Expectation | null;
  /** The whole message, naming the field: '"project.name" must be a non-empty string; got "".' */
  readonly message: string;
}

function check(schema: object, value: unknown, path: string, problems: SiteConfigProblem[]): void {
  if (!isPlainObject(value)) {
    const expected: Expectation = { code: 'object' };
    problems.push({
      field: path,
      expected,
      message: `"${path || 'the config'}" must be ${expectationText(expected)}; got ${describe(value)}.`,
    });
    return;
  }
  const expectedKeys = Object.keys(schema);
  for (const key of Object.keys(value)) {
    if (!expectedKeys.includes(key)) {
      const field = path ? `${path}.${key}` : key;
      problems.push({
        field,
        expected: null,
        message: `"${field}" is not a known field. Expected one of: ${expectedKeys.join(', ')}.`,
      });
    }
  }
  const checkValue = (rule: Rule, field: string, fieldValue: unknown): void => {
    const expected = rule(fieldValue);
    if (expected !== null) {
      problems.push({
        field,
        expected,
        message: `"${field}" must be ${expectationText(expected)}; got ${describe(fieldValue)}.`,
      });
    }
  };
  for (const [key, rule] of Object.entries(schema) as [string, Rule | object][]) {
    const field = path ? `${path}.${key}` : key;
    if (rule instanceof OptionalSection) {
      if (value[key] !== undefined) {
        check(rule.schema as object, value[key], field, problems);
      }
    } else if (rule instanceof OptionalField) {
      if (value[key] !== undefined) {
        checkValue(rule.rule, field, value[key]);
      }
    } else if (typeof rule === 'function') {
      checkValue(rule as Rule, field, value[key]);
    } else {
      check(rule, value[key], field, problems);
    }
  }
}

/** Every problem in a value, checked against a schema of rules; empty when the value is valid. */
export function checkAgainstSchema(schema: object, input: unknown): readonly SiteConfigProblem[] {
  const problems: SiteConfigProblem[] = [];
  check(schema, input, '', problems);
  return problems;
}

/** Every problem in a config, each tied to its field; empty when the config is valid. */
export function findSiteConfigProblems(input: unknown): readonly SiteConfigProblem[] {
  return checkAgainstSchema(siteConfigSchema, input);
}

/**
 * Checks a config and returns it typed, or throws one error that lists every
 * problem. `fileName` names the file in that message.
 */
export function validateSiteConfig(input: unknown, fileName?: string): SiteConfig {
  const problems = findSiteConfigProblems(input);
  if (problems.length > 0) {
    throw new SiteConfigError(
      problems.map((problem) => problem.message),
      fileName,
    );
  }
  return input as SiteConfig;
}
