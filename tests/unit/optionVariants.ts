import type { SiteConfig } from '../../src/config/types';
import {
  policyOptionIds,
  policyOptionValues,
  type PolicyOptionId,
  type PolicyOptions,
} from '../../src/data/policyOptions';

export interface OptionVariant {
  readonly id: PolicyOptionId;
  readonly value: string;
  readonly config: SiteConfig;
}

function withOptions(base: SiteConfig, options: PolicyOptions): SiteConfig {
  return { ...base, policy: { ...base.policy, options } };
}

/** One config per value of every option: `base` with just that option set. For tests. */
export function everyOptionValue(base: SiteConfig): readonly OptionVariant[] {
  return policyOptionIds.flatMap((id) =>
    policyOptionValues[id].map((value) => ({
      id,
      value,
      config: withOptions(base, { ...base.policy.options, [id]: value }),
    })),
  );
}

/** Every combination of the policy options: what any project could choose (384 today). */
export function everyOptionSet(): readonly PolicyOptions[] {
  let sets: Record<string, string>[] = [{}];
  for (const id of policyOptionIds) {
    sets = sets.flatMap((set) => policyOptionValues[id].map((value) => ({ ...set, [id]: value })));
  }
  return sets as unknown as PolicyOptions[];
}

/** `base` with every combination of option values. For tests. */
export function everyOptionCombination(base: SiteConfig): readonly SiteConfig[] {
  return everyOptionSet().map((options) => withOptions(base, options));
}
