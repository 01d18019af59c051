import type { SiteConfig } from '../../config/types';
import { findSiteConfigProblems } from '../../config/validate';
import { type Expectation } from '../../config/expectations';
import {
  policyOptionIds,
  policyOptionValues,
  type PolicyOptionId,
  type PolicyOptions,
} from '../../data/policyOptions';
import { pullRequestCheckSettings } from '../../adoption/pullRequestCheck/settings';

/** How the generated pull-request check acts: the one setting of `pullRequestCheck` the builder offers. */
export const checkModes = ['advise', 'require'] as const;
export type CheckMode = (typeof checkModes)[number];

/** The key of the check's mode in the page address. */
const checkModeKey = 'pullRequestCheck.mode';

/** The text fields of the builder, named by their path in site.config.ts, as the validator names them. */
export const detailFields = [
  'project.name',
  'project.repositoryUrl',
  'project.issuesUrl',
  'project.pullRequestsUrl',
  'site.url',
  'site.baseUrl',
  'site.sourceRepository',
  'contact.label',
  'contact.url',
  'policy.version',
  'policy.adoptedOn',
  'textLicense.name',
  'textLicense.url',
] as const;

export type DetailField = (typeof detailFields)[number];

/** The fields that a config may leave out: left empty, they are not in the file. */
export const optionalFields = ['site.sourceRepository'] as const satisfies readonly DetailField[];

function isOptionalField(field: DetailField): boolean {
  return (optionalFields as readonly DetailField[]).includes(field);
}

/** The fields that may hold an address under the repository's, such as "<repository>/issues". */
export const addressFields = [
  'project.issuesUrl',
  'project.pullRequestsUrl',
  'site.url',
  'contact.url',
  'textLicense.url',
] as const satisfies readonly DetailField[];

export type AddressField = (typeof addressFields)[number];

/**
 * The address fields that follow the repository address, each with what comes after it:
 * { "project.issuesUrl": "/issues" }.
 */
export type Followers = Partial<Record<AddressField, string>>;

/** What the user has done, which "Start again" clears and its undo brings back. */
export interface BuilderWork {
  /** The configuration being built. Always `isExample: false`: it is for a real project. */
  readonly config: SiteConfig;
  /** True once the user has typed in the contact label: from then on it no longer follows the project name. */
  readonly contactLabelEdited: boolean;
  /**
   * The addresses that change with the repository address. An address leaves this list once the
   * user types in it.
   */
  readonly followers: Followers;
}

export interface BuilderState extends BuilderWork {
  /** The site's own config, as the builder started from it (`isExample` as the site sets it). */
  readonly start: SiteConfig;
  /** The work that "Start again" cleared, until the next change, so that it can be undone. */
  readonly cleared: BuilderWork | null;
}

/** What the user did. */
export type BuilderAction =
  | { readonly type: 'optionChosen'; readonly id: PolicyOptionId; readonly value: string }
  | { readonly type: 'fieldEdited'; readonly field: DetailField; readonly value: string }
  | { readonly type: 'checkModeChosen'; readonly mode: string }
  | { readonly type: 'choicesRestored'; readonly config: SiteConfig }
  | { readonly type: 'startedOver' }
  | { readonly type: 'startOverUndone' };

type Section = Exclude<keyof SiteConfig, 'isExample'>;

function splitField(field: DetailField): [Section, string] {
  return field.split('.') as [Section, string];
}

/** A field's value; "" for an optional field that the config leaves out. */
export function fieldValue(config: SiteConfig, field: DetailField): string {
  const [section, key] = splitField(field);
  return (config[section] as unknown as Record<string, string | undefined>)[key] ?? '';
}

/** The config with a field set; an optional field set to "" is left out. */
export function withField(config: SiteConfig, field: DetailField, value: string): SiteConfig {
  const [section, key] = splitField(field);
  const values = Object.entries({ ...config[section], [key]: value }).filter(
    ([name, current]) => !(name === key && current === '' && isOptionalField(field)),
  );
  return { ...config, [section]: Object.fromEntries(values) };
}

function withOption(config: SiteConfig, id: PolicyOptionId, value: string): SiteConfig {
  if (!(policyOptionValues[id] as readonly string[]).includes(value)) {
    return config;
  }
  const options = { ...config.policy.options, [id]: value } as PolicyOptions;
  return { ...config, policy: { ...config.policy, options } };
}

/** The config with the check's mode set; an unknown mode changes nothing. The skip list stays. */
function withCheckMode(config: SiteConfig, mode: string): SiteConfig {
  if (!(checkModes as readonly string[]).includes(mode)) {
    return config;
  }
  return {
    ...config,
    pullRequestCheck: { ...pullRequestCheckSettings(config), mode: mode as CheckMode },
  };
}

/** A repository address without the "/" at its end, to put a follower's rest after it. */
function repositoryBase(repositoryUrl: string): string {
  return repositoryUrl.replace(/\/+$/, '');
}

/**
 * The address fields whose value is the repository address or lies under it
 * ("<repository>/issues"), each with what comes after the repository address.
 */
export function followersOf(config: SiteConfig): Followers {
  const repository = config.project.repositoryUrl;
  const base = repositoryBase(repository);
  const followers: Followers = {};
  for (const field of addressFields) {
    const value = fieldValue(config, field);
    if (isUnderAddress(value, repository)) {
      followers[field] = value.slice(base.length);
    }
  }
  return followers;
}

export function initialBuilderState(siteConfig: SiteConfig): BuilderState {
  // The new site's source lives in the adopter's own fork, which only they can name: the field
  // starts empty, rather than with this site's `sourceRepository`.
  const { url, baseUrl } = siteConfig.site;
  const config: SiteConfig = { ...siteConfig, isExample: false, site: { url, baseUrl } };
  return {
    start: siteConfig,
    config,
    contactLabelEdited: false,
    followers: followersOf(config),
    cleared: null,
  };
}

function isValidRepositoryUrl(config: SiteConfig): boolean {
  return !findSiteConfigProblems(config).some(
    (problem) => problem.field === 'project.repositoryUrl',
  );
}

function isAddressField(field: DetailField): field is AddressField {
  return (addressFields as readonly DetailField[]).includes(field);
}

function editField(state: BuilderState, field: DetailField, value: string): BuilderState {
  let config = withField(state.config, field, value);
  if (field === 'project.name' && !state.contactLabelEdited) {
    config = withField(config, 'contact.label', contactLabelFor(state.start, value));
  }
  let followers = state.followers;
  if (field === 'project.repositoryUrl') {
    // The addresses made from the old repository address now start with the new one. While the
    // new one is not a valid address yet, such as halfway through typing it, they wait: the one
    // field with an error is the one the user is typing in.
    if (isValidRepositoryUrl(config)) {
      const base = repositoryBase(value);
      for (const [follower, rest] of Object.entries(followers) as [AddressField, string][]) {
        config = withField(config, follower, base + rest);
      }
    }
  } else if (isAddressField(field) && field in followers) {
    // Typed by the user: from now on it stays as they write it.
    followers = Object.fromEntries(
      Object.entries(followers).filter(([follower]) => follower !== field),
    );
  }
  return {
    ...state,
    config,
    contactLabelEdited: state.contactLabelEdited || field === 'contact.label',
    followers,
    cleared: null,
  };
}

export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  switch (action.type) {
    case 'optionChosen':
      return { ...state, config: withOption(state.config, action.id, action.value), cleared: null };
    case 'fieldEdited':
      return editField(state, action.field, action.value);
    case 'checkModeChosen':
      return { ...state, config: withCheckMode(state.config, action.mode), cleared: null };
    case 'choicesRestored':
      return {
        start: state.start,
        config: { ...action.config, isExample: false },
        // A label that is just what the name gives still follows the name; any other was typed.
        contactLabelEdited:
          action.config.contact.label !== contactLabelFor(state.start, action.config.project.name),
        // Likewise, an address under the repository's still follows it.
        followers: followersOf(action.config),
        cleared: null,
      };
    case 'startedOver': {
      const { config, contactLabelEdited, followers } = state;
      // A second click before any change keeps the work of the first, so the undo still has it.
      return {
        ...initialBuilderState(state.start),
        cleared: state.cleared ?? { config, contactLabelEdited, followers },
      };
    }
    case 'startOverUndone':
      return state.cleared === null ? state : { ...state, ...state.cleared, cleared: null };
  }
}

/**
 * Why each invalid field would stop the build, as the validator the build uses
 * says it: { "project.name": { code: "nonEmptyString" } }.
 */
export function fieldProblems(config: SiteConfig): Partial<Record<DetailField, Expectation>> {
  const problems: Partial<Record<DetailField, Expectation>> = {};
  for (const problem of findSiteConfigProblems(config)) {
    const field = problem.field as DetailField;
    if (detailFields.includes(field) && problem.expected !== null) {
      problems[field] = problem.expected;
    }
  }
  return problems;
}

const wordCharacterAtEnd = /[\p{L}\p{N}_]$/u;
const wordCharacterAtStart = /^[\p{L}\p{N}_]/u;

/**
 * Where `word` stands in `text` as a whole word, ignoring case: with no
 * letter, digit or "_" right before or after it. Empty for a blank word.
 */
function wholeWordMatches(
  text: string,
  word: string,
): readonly { readonly index: number; readonly length: number }[] {
  const wanted = word.trim();
  if (wanted === '') {
    return [];
  }
  const pattern = new RegExp(wanted.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'giu');
  const matches: { index: number; length: number }[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    // Two code units: enough for a letter written as a surrogate pair.
    if (
      wordCharacterAtEnd.test(text.slice(Math.max(0, match.index - 2), match.index)) ||
      wordCharacterAtStart.test(text.slice(end, end + 2))
    ) {
      pattern.lastIndex = match.index + 1;
    } else {
      matches.push({ index: match.index, length: match[0].length });
    }
  }
  return matches;
}

/** `text` with each whole-word mention of `word` replaced by `replacement`, taken as it is. */
function replaceWholeWord(text: string, word: string, replacement: string): string {
  let result = '';
  let from = 0;
  for (const { index, length } of wholeWordMatches(text, word)) {
    result += text.slice(from, index) + replacement;
    from = index + length;
  }
  return result + text.slice(from);
}

/**
 * The contact label that goes with a project name: the starting label with
 * each whole-word mention of the starting name replaced by `name`. With a
 * blank name there is nothing to put in, so the starting label stays.
 */
export function contactLabelFor(start: SiteConfig, name: string): string {
  const replacement = name.trim();
  return replacement === ''
    ? start.contact.label
    : replaceWholeWord(start.contact.label, start.project.name, replacement);
}

/** What a field still holds of the starting project: its name, or one of its addresses. */
export type StartingTrace = 'name' | 'address';

/** Whether `value` is `address` or lies under it ("https://x.example/repo/issues" under "https://x.example/repo"). */
function isUnderAddress(value: string, address: string): boolean {
  if (
    address.trim() === '' ||
    value.slice(0, address.length).toLowerCase() !== address.toLowerCase()
  ) {
    return false;
  }
  const next = value.charAt(address.length);
  return next === '' || '/?#'.includes(next) || address.endsWith('/');
}

/**
 * The fields that still hold the starting project's name (as a whole word,
 * ignoring case) or one of its addresses. The build accepts them, but they
 * are most likely left over. They count only when the builder started from
 * the example, or once the user has renamed the project: a real project that
 * keeps its own name keeps its own addresses too. When the new name contains
 * the old one ("Harbour Two" after "Harbour"), mentions of the new name do not count.
 */
export function startingTraces(
  config: SiteConfig,
  start: SiteConfig,
): Partial<Record<DetailField, StartingTrace>> {
  const traces: Partial<Record<DetailField, StartingTrace>> = {};
  const name = config.project.name;
  if (!start.isExample && name === start.project.name) {
    return traces;
  }
  const renamed = name.trim().toLowerCase() !== start.project.name.trim().toLowerCase();
  const addresses = [
    start.project.repositoryUrl,
    start.project.issuesUrl,
    start.project.pullRequestsUrl,
    start.contact.url,
    start.site.url,
    start.site.sourceRepository ?? '',
  ];
  for (const field of detailFields) {
    const value = fieldValue(config, field);
    const rest = renamed ? replaceWholeWord(value, name, ' ') : value;
    if (addresses.some((address) => isUnderAddress(value, address))) {
      traces[field] = 'address';
    } else if (wholeWordMatches(rest, start.project.name).length > 0) {
      traces[field] = 'name';
    }
  }
  return traces;
}

/**
 * The part of the page address, after "#", that holds the choices that
 * differ from `defaults`; "" when there are none. The part after "#" never
 * leaves the browser, so sharing choices this way sends nothing to a server.
 */
export function encodeChoices(config: SiteConfig, defaults: SiteConfig): string {
  const params = new URLSearchParams();
  for (const id of policyOptionIds) {
    if (config.policy.options[id] !== defaults.policy.options[id]) {
      params.set(id, config.policy.options[id]);
    }
  }
  for (const field of detailFields) {
    if (fieldValue(config, field) !== fieldValue(defaults, field)) {
      params.set(field, fieldValue(config, field));
    }
  }
  const mode = pullRequestCheckSettings(config).mode;
  if (mode !== pullRequestCheckSettings(defaults).mode) {
    params.set(checkModeKey, mode);
  }
  const query = params.toString();
  return query === '' ? '' : `choices?${query}`;
}

/** The choices in a page address's "#" part, on top of `defaults`; null when it holds none. Unknown keys and values are ignored. */
export function decodeChoices(hash: string, defaults: SiteConfig): SiteConfig | null {
  const match = /^#?choices\?(.*)$/.exec(hash);
  if (!match) {
    return null;
  }
  let config = defaults;
  for (const [key, value] of new URLSearchParams(match[1])) {
    if ((policyOptionIds as readonly string[]).includes(key)) {
      config = withOption(config, key as PolicyOptionId, value);
    } else if ((detailFields as readonly string[]).includes(key)) {
      config = withField(config, key as DetailField, value);
    } else if (key === checkModeKey) {
      config = withCheckMode(config, value);
    }
  }
  return config;
}
