// The theme's code block, without the new key it gives each block once the page runs in the
// browser. That key made React throw away every code block and draw it again while the page was
// starting, which blocked a phone's main thread (see src/theme/README.md). It was there so that
// the colours of the dark theme replace those of the light one. The colour mode that the theme
// gives components stays at the default during hydration and changes in an effect after it, so
// React updates the colours of the same elements in the usual way.
import { Children, isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** Plain strings become one string, so the block can be copied; anything else stays as it is. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) {
    return children;
  }
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  return typeof children === 'string' ? (
    <StringContent {...props}>{children}</StringContent>
  ) : (
    <ElementContent {...props}>{children as ReactNode}</ElementContent>
  );
}
