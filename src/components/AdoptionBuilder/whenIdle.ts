import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `callback` at the browser's next quiet moment, and after one second at the latest.
 * Returns what cancels the call.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 1000 });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const timer = window.setTimeout(callback, 50);
  return () => {
    window.clearTimeout(timer);
  };
}

/**
 * How many of `total` parts to show: none while the page starts, then one more at each quiet
 * moment of the browser, and from then on all of them. Each part is made and laid out in a task
 * of its own, so a phone can answer the reader between two parts. Before the page has started
 * (and on the server) it is 0.
 */
export function useRevealed(total: number): number {
  const [count, setCount] = useState(0);
  const done = count >= total;
  useEffect(() => {
    if (done) {
      return undefined;
    }
    // A transition: React makes the part in small pieces too.
    return whenIdle(() => {
      startTransition(() => {
        setCount((shown) => shown + 1);
      });
    });
  }, [count, done]);
  // Once every part is shown, a part that the choices add later is shown at once.
  return done ? Number.POSITIVE_INFINITY : count;
}
