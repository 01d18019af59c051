import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { optionMatches, optionValue } from '@site/src/mdx/conditions';
import { originDifferences } from '@site/src/data/policyOptions';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';

// MDX components that make a page follow the policy options in site.config.ts.
// Their Markdown, for LLM_POLICY.md, is beside their names in src/mdx/tags.ts,
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

/** The options whose chosen value differs from the original policy's, with both values. */
export function OriginDifferences(): ReactNode {
  const differences = originDifferences(useSiteConfig().policy.options);
  if (differences.length === 0) {
    return (
      <p>
        <Translate id="originDifferences.none">
          None. Every option has the value that the original policy chose.
        </Translate>
      </p>
    );
  }
  return (
    <ul>
      {differences.map((difference) => (
        <li key={difference.id}>
          <Translate
            id="originDifferences.item"
            values={{
              option: translateMessage(difference.option),
              chosen: translateMessage(difference.chosen),
              original: translateMessage(difference.original),
            }}
          >
            {'{option}: {chosen} (the original policy: {original})'}
          </Translate>
        </li>
      ))}
    </ul>
  );
}
