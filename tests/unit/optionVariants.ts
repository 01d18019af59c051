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

/** `base` with every combination of option values (384 today). For tests. */
export function everyOptionCombination(base: SiteConfig): readonly SiteConfig[] {
  let combinations: Record<string, string>[] = [{}];
  for (const id of policyOptionIds) {
    combinations = combinations.flatMap((partial) =>
      policyOptionValues[id].map((value) => ({ ...partial, [id]: value })),
    );
  }
  return combinations.map((options) => withOptions(base, options as unknown as PolicyOptions));
}
