import type { ReactNode } from 'react';
import styles from './styles.module.css';

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
 * does nothing. With JavaScript, the rule is never read and the page is unchanged.
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
