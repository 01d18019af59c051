import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText, type ClipboardEnvironment } from './clipboard';

export type ClipboardState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on the button. */
const COPIED_FOR_MS = 1200;

function browserEnvironment(): ClipboardEnvironment {
  return {
    writeText:
      typeof navigator !== 'undefined' && 'clipboard' in navigator
        ? (text) => navigator.clipboard.writeText(text)
        : undefined,
    copyWithSelection: (text) => {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try {
        // The deprecated route is kept on purpose: it is the only one some browsers allow.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        return document.execCommand('copy');
      } finally {
        area.remove();
      }
    },
  };
}

/**
 * Copies text and reports what happened: "copied" for about a second, or
 * "failed" until the next attempt, so the caller can show selectable text.
 */
export function useClipboard(): {
  readonly state: ClipboardState;
  readonly copy: (text: string) => Promise<void>;
} {
  const [state, setState] = useState<ClipboardState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    const outcome = await copyText(text, browserEnvironment());
    setState(outcome);
    if (outcome === 'copied') {
      timer.current = setTimeout(() => {
        setState('idle');
      }, COPIED_FOR_MS);
    }
  }, []);

  return { state, copy };
}
