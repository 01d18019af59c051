import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * Marks an element that does nothing without JavaScript: spread it on the element. Without
 * JavaScript, the style that the navbar puts at the top of every page hides it.
 */
export const needsJavaScript = { 'data-needs-javascript': '' } as const;

/** Matches every element marked with `needsJavaScript`. */
export const needsJavaScriptSelector = '[data-needs-javascript]';

/**
 * A notice that only readers without JavaScript see: what on the page needs it, and what still
 * works. Browsers with JavaScript never show a `noscript` element's content.
 */
export function NoScriptNotice({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <noscript>
      <div className={styles.notice}>{children}</div>
    </noscript>
  );
}

/**
 * Hides the elements that `selectors` match when JavaScript is off, so no control shows that
 * does nothing. With JavaScript, the rule is never read and the page is unchanged. A `style`
 * element in the body may only apply to elements after it, so this must come before them all.
 */
export function HiddenWithoutScript({
  selectors,
}: {
  readonly selectors: readonly string[];
}): ReactNode {
  return (
    <noscript>
      <style>{`${selectors.join(',')}{display:none!important}`}</style>
    </noscript>
  );
}
