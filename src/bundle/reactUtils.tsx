// Stands in for `@docusaurus/theme-common/lib/utils/reactUtils` (see plugins/lean-client): the
// same exports, except that `useShallowMemoObject` orders an object's keys by their UTF-16 code
// units instead of `localeCompare`. Any fixed order serves, as the keys only line up the memo's
// dependencies; but the first `localeCompare` of a page loads the browser's collation data,
// which took about 60 ms on a phone while every doc page hydrated (the docs sidebar in the
// mobile menu, and each code block's word-wrap button, call it). The rest is the original's code.
import { useCallback, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';

/** A stable callback that always calls the latest `callback`. */
export function useEvent<T extends (...args: never[]) => unknown>(callback: T): T {
  const ref = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    ref.current = callback;
  }, [callback]);
  return useCallback((...args: Parameters<T>) => ref.current(...args), []) as T;
}

/** `value` from the last render. */
export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  // Reading the ref while rendering is this hook's purpose, as in the original.
  // eslint-disable-next-line react-hooks/refs
  return ref.current;
}

/** A hook used outside its provider; the hook's name is read from the stack. */
export class ReactContextError extends Error {
  constructor(providerName: string, additionalInfo?: string) {
    super();
    this.name = 'ReactContextError';
    const hookName = /at (?:\w+\.)?(?<name>\w+)/.exec(this.stack?.split('\n')[1] ?? '')?.groups
      ?.name;
    this.message = `Hook ${hookName ?? ''} is called outside the <${providerName}>. ${additionalInfo ?? ''}`;
  }
}

/** The same object as at the last render while its keys and values are the same. */
export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj);
  deps.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The dependencies are the object's keys and values, whatever they are.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  return useMemo(() => obj, deps.flat());
}

type SimpleProvider = ComponentType<{ children: ReactNode }>;

/** One provider made of several; the first is the outermost. */
export function composeProviders(providers: SimpleProvider[]): SimpleProvider {
  return function ComposedProviders({ children }: { children: ReactNode }): ReactNode {
    return providers.reduceRight<ReactNode>(
      (element, CurrentProvider) => <CurrentProvider>{element}</CurrentProvider>,
      children,
    );
  };
}
