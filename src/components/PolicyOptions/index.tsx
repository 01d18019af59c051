import type { ReactNode } from 'react';
import { optionMatches, optionValue } from '@site/src/adoption/conditions';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

// MDX components that make a page follow the policy options in site.config.ts.
// The Markdown generator (src/adoption/policyMarkdown.ts) reads the same tags,
// so the policy page and LLM_POLICY.md always agree.

interface WhenOptionProps {
  /** An option id from src/data/policyOptions.ts, such as "disclosure". */
  readonly name: string;
  /** Show the children when the option has this value... */
  readonly is?: string;
  /** ...or when it does not have this value. Give exactly one of `is` and `not`. */
  readonly not?: string;
  readonly children?: ReactNode;
}

/** `<WhenOption name="machineTranslation" is="exempt">...</WhenOption>`: a passage for one choice. */
export function WhenOption({ name, is, not, children }: WhenOptionProps): ReactNode {
  const { options } = useSiteConfig().policy;
  return optionMatches(options, { name, is, not }) ? children : null;
}

interface OptionTextProps {
  readonly name: string;
}

/** `<OptionText name="commitTrailer" />`: the chosen value itself, such as "Assisted-by". */
export function OptionText({ name }: OptionTextProps): ReactNode {
  return optionValue(useSiteConfig().policy.options, name);
}
