import { useEffect, useId, useRef, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useClipboard } from '@site/src/hooks/useClipboard';
import styles from './styles.module.css';

interface CopyButtonProps {
  /** The exact text that goes to the clipboard. */
  readonly text: string;
  /** What the button copies, for its label: "Copy the reply", "Copy the disclosure". */
  readonly label: string;
  /** Added to the "Copied" message, for what the reader must still do with the text. */
  readonly copiedNote?: string;
  readonly className?: string;
}

/**
 * A copy button that never loses the text: when the browser refuses to copy,
 * it shows the text in a selected, read-only box with a short explanation.
 */
export default function CopyButton({
  text,
  label,
  copiedNote,
  className,
}: CopyButtonProps): ReactNode {
  const { state, copy } = useClipboard();
  const fallbackId = useId();
  const fallback = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state === 'failed') {
      fallback.current?.focus();
      fallback.current?.select();
    }
  }, [state]);

  const copiedLabel = translate({ id: 'copyButton.copied', message: 'Copied' });
  return (
    <div className={className}>
      <button
        type="button"
        className="button button--secondary button--sm"
        aria-label={state === 'copied' ? copiedLabel : label}
        onClick={() => void copy(text)}
      >
        {state === 'copied' ? copiedLabel : label}
      </button>
      <span role="status" className={styles.status}>
        {state === 'copied' ? (
          <>
            <Translate id="copyButton.copiedStatus">Copied to the clipboard.</Translate>
            {copiedNote === undefined ? null : ` ${copiedNote}`}
          </>
        ) : null}
      </span>
      {state === 'failed' ? (
        <div className={styles.fallback}>
          <label htmlFor={fallbackId} className={styles.fallbackMessage}>
            <Translate id="copyButton.failed">
              Your browser did not allow copying. The text is selected below: copy it with your
              keyboard or menu.
            </Translate>
          </label>
          <textarea
            id={fallbackId}
            ref={fallback}
            className={styles.fallbackText}
            readOnly
            value={text}
            rows={Math.min(12, text.split('\n').length + 1)}
          />
        </div>
      ) : null}
    </div>
  );
}
