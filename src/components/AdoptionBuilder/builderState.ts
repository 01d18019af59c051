import type { SiteConfig } from '../../config/types';
import { findSiteConfigProblems } from '../../config/validate';
import {
  policyOptionIds,
  policyOptionValues,
  type PolicyOptionId,
  type PolicyOptions,
} from '../../data/policyOptions';

/** The text fields of the builder, named by their path in site.config.ts, as the validator names them. */
export const detailFields = [
  'project.name',
  'project.repositoryUrl',
  'project.issuesUrl',
  'project.pullRequestsUrl',
  'site.url',
  'site.baseUrl',
  'contact.label',
  'contact.url',
  'policy.version',
  'policy.adoptedOn',
  'textLicense.name',
  'textLicense.url',
] as const;

export type DetailField = (typeof detailFields)[number];

export interface BuilderState {
  /** The configuration being built. Always `isExample: false`: it is for a real project. */
  readonly config: SiteConfig;
  /** Fields whose errors are shown: those the user has left, or that came from a shared link. */
  readonly checkedFields: readonly DetailField[];
}

/** What the user did. */
export type BuilderAction =
  | { readonly type: 'optionChosen'; readonly id: PolicyOptionId; readonly value: string }
  | { readonly type: 'fieldEdited'; readonly field: DetailField; readonly value: string }
  | { readonly type: 'fieldLeft'; readonly field: DetailField }
  | { readonly type: 'choicesRestored'; readonly config: SiteConfig }
  | { readonly type: 'startedOver'; readonly config: SiteConfig };

type Section = Exclude<keyof SiteConfig, 'isExample'>;

function splitField(field: DetailField): [Section, string] {
  return field.split('.') as [Section, string];
}

export function fieldValue(config: SiteConfig, field: DetailField): string {
  const [section, key] = splitField(field);
  return (config[section] as unknown as Record<string, string>)[key];
}

export function withField(config: SiteConfig, field: DetailField, value: string): SiteConfig {
  const [section, key] = splitField(field);
  return { ...config, [section]: { ...config[section], [key]: value } };
}

function withOption(config: SiteConfig, id: PolicyOptionId, value: string): SiteConfig {
  if (!(policyOptionValues[id] as readonly string[]).includes(value)) {
    return config;
  }
  const options = { ...config.policy.options, [id]: value } as PolicyOptions;
  return { ...config, policy: { ...config.policy, options } };
}

export function initialBuilderState(siteConfig: SiteConfig): BuilderState {
  return { config: { ...siteConfig, isExample: false }, checkedFields: [] };
}

export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  switch (action.type) {
    case 'optionChosen':
      return { ...state, config: withOption(state.config, action.id, action.value) };
    case 'fieldEdited':
      return { ...state, config: withField(state.config, action.field, action.value) };
    case 'fieldLeft':
      return state.checkedFields.includes(action.field)
        ? state
        : { ...state, checkedFields: [...state.checkedFields, action.field] };
    case 'choicesRestored':
      return { config: { ...action.config, isExample: false }, checkedFields: [...detailFields] };
    case 'startedOver':
      return initialBuilderState(action.config);
  }
}

/** What each invalid field should be, from the same validator the build uses: { "project.name": "a non-empty string" }. */
export function fieldProblems(config: SiteConfig): Partial<Record<DetailField, string>> {
  const problems: Partial<Record<DetailField, string>> = {};
  for (const problem of findSiteConfigProblems(config)) {
    if ((detailFields as readonly string[]).includes(problem.field) && problem.expected !== null) {
      problems[problem.field as DetailField] = problem.expected;
    }
  }
  return problems;
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
    }
  }
  return config;
}
