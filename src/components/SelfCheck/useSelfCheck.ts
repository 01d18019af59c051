import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useHistory } from '@docusaurus/router';
import { useAddressPart } from '@site/src/hooks/useAddressPart';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import type { Answer } from '@site/src/data/selfCheck/flow';
import { reduceAnswers, stepFor, type SelfCheckAction, type Step } from './logic';
import { addressFor, arrivalFor, parseAddress } from './url';

const noAnswers: readonly Answer[] = [];

export interface SelfCheckState {
  readonly answers: readonly Answer[];
  readonly step: Step;
  /** True when the address held answers that could not be used, so the check started afresh. */
  readonly addressIgnored: boolean;
  /** The answer just undone with Back, so that its question shows it chosen again. */
  readonly undone: Answer | undefined;
  readonly dispatch: (action: SelfCheckAction) => void;
  /** The heading of the current question or of the result; it takes focus after each step. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** The notice that the address could not be read; it takes focus when such a link is opened. */
  readonly noticeRef: RefObject<HTMLParagraphElement | null>;
  /** The box around the notice and the current step, scrolled into view when a link is opened. */
  readonly checkRef: RefObject<HTMLDivElement | null>;
}

/**
 * The self-check's state lives in the page address, so a result can be
 * shared. Each action adds a history entry, so the browser's Back and
 * Forward buttons step through the questions.
 */
export function useSelfCheck(policy: PolicyOptions): SelfCheckState {
  const history = useHistory();
  const [search, setSearch] = useAddressPart('search');
  const parsed = useMemo(() => parseAddress(search, policy), [search, policy]);
  const answers = parsed.kind === 'answers' ? parsed.answers : noAnswers;
  const step = stepFor(answers, policy);

  const [undone, setUndone] = useState<Answer | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const checkRef = useRef<HTMLDivElement>(null);
  // Read once: only the address the page was opened with brings the check into view.
  const arrival = useRef(arrivalFor(parsed));

  const dispatch = useCallback(
    (action: SelfCheckAction) => {
      setUndone(action.type === 'wentBack' ? answers.at(-1) : undefined);
      setSearch(addressFor(reduceAnswers(answers, action)), { push: true });
    },
    [answers, setSearch],
  );

  // After every step, taken with a button or with the browser's Back and Forward, the new
  // question or result takes focus. It waits one task, because Docusaurus moves focus to the
  // top of the page after a navigation, in an effect that runs after the page renders.
  useEffect(() => {
    let timer: number | undefined;
    const stopListening = history.listen(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        headingRef.current?.focus();
      });
    });
    return () => {
      stopListening();
      window.clearTimeout(timer);
    };
  }, [history]);

  // A shared link opens on what it points to: the result or question it holds, or the notice
  // that it could not be read. The page scrolls there, gently unless the reader asks for less
  // motion, and the heading or notice takes focus, so a screen reader reads it out. It does so
  // even where the browser restored a place after a reload: that place was measured on the page
  // as served, which the check has since changed. A plain visit and each answer given on the
  // page scroll nothing.
  useEffect(() => {
    const target = { none: null, step: headingRef, notice: noticeRef }[arrival.current];
    if (target === null) {
      return undefined;
    }
    const timer = window.setTimeout(() => {
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      checkRef.current?.scrollIntoView({
        block: 'start',
        behavior: reduceMotion ? 'instant' : 'smooth',
      });
      target.current?.focus({ preventScroll: true });
    });
    return () => {
      window.clearTimeout(timer);
    };
  }, []);

  return {
    answers,
    step,
    addressIgnored: parsed.kind === 'invalid',
    undone,
    dispatch,
    headingRef,
    noticeRef,
    checkRef,
  };
}
