import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { useHistory } from '@docusaurus/router';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import type { Answer } from '@site/src/data/selfCheck/flow';
import { reduceAnswers, stepFor, type SelfCheckAction, type Step } from './logic';
import { addressFor, parseAddress } from './url';

const noAnswers: readonly Answer[] = [];

export interface SelfCheckState {
  readonly answers: readonly Answer[];
  readonly step: Step;
  /** True when the address held answers that could not be used, so the check started afresh. */
  readonly addressIgnored: boolean;
  /** The answer just undone with Back, so that its question shows it chosen again. */
  readonly undone: Answer | undefined;
  readonly dispatch: (action: SelfCheckAction) => void;
  /** The heading of the current question or of the result; it takes focus after each action. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The self-check's state lives in the page address, so a result can be
 * shared. The address is read through the router's history: on the server,
 * and while the page hydrates, it reads as empty, so the first client render
 * equals the server HTML. Each action replaces the address rather than
 * adding a history entry, so the browser's Back button leaves the page as
 * usual and Docusaurus does not move focus away from the check.
 */
export function useSelfCheck(policy: PolicyOptions): SelfCheckState {
  const history = useHistory();
  const subscribe = useCallback((onChange: () => void) => history.listen(onChange), [history]);
  const search = useSyncExternalStore(
    subscribe,
    () => history.location.search,
    () => '',
  );
  const parsed = useMemo(() => parseAddress(search, policy), [search, policy]);
  const answers = parsed.kind === 'answers' ? parsed.answers : noAnswers;
  const step = stepFor(answers, policy);

  const [undone, setUndone] = useState<Answer | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);

  const dispatch = useCallback(
    (action: SelfCheckAction) => {
      setUndone(action.type === 'wentBack' ? answers.at(-1) : undefined);
      focusPending.current = true;
      history.replace({
        pathname: history.location.pathname,
        search: addressFor(reduceAnswers(answers, action)),
      });
    },
    [answers, history],
  );

  useEffect(() => {
    if (focusPending.current) {
      focusPending.current = false;
      headingRef.current?.focus();
    }
  }, [search]);

  return {
    answers,
    step,
    addressIgnored: parsed.kind === 'invalid',
    undone,
    dispatch,
    headingRef,
  };
}
