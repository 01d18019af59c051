import type { PolicyOptionId, PolicyOptions } from './policyOptions';

/** A value that one of the project's policy options decides, with one value per choice. */
export type ByPolicyOption<T> = {
  readonly [Id in PolicyOptionId]: {
    readonly policyOption: Id;
    readonly values: Readonly<Record<PolicyOptions[Id], T>>;
  };
}[PolicyOptionId];

/** Either a fixed value, or one that the project's policy options decide. */
export type DependsOnPolicy<T> = T | ByPolicyOption<T>;

function isByPolicyOption<T>(value: DependsOnPolicy<T>): value is ByPolicyOption<T> {
  return typeof value === 'object' && value !== null && 'policyOption' in value;
}

/** Reads a value that may depend on one of the project's policy options. */
export function resolveChoice<T>(value: DependsOnPolicy<T>, options: PolicyOptions): T {
  if (isByPolicyOption(value)) {
    const byValue = value.values as Readonly<Record<string, T>>;
    return byValue[options[value.policyOption]];
  }
  return value;
}
