import { createContext, useContext, type ReactNode } from 'react';

interface MainLandmarkValue {
  readonly className?: string;
  /** Shown in the landmark after the page's content. */
  readonly after?: ReactNode;
}

const MainLandmarkContext = createContext<MainLandmarkValue | null>(null);

/**
 * Asks the layout (./index.tsx) to put the page's content in a `main` landmark. For pages that a
 * plugin draws whole, such as the search page, which write none themselves.
 */
export function MainLandmark({
  children,
  ...value
}: MainLandmarkValue & { readonly children: ReactNode }): ReactNode {
  return <MainLandmarkContext.Provider value={value}>{children}</MainLandmarkContext.Provider>;
}

/** What a page inside `MainLandmark` asked for, or null for every other page. */
export function useMainLandmark(): MainLandmarkValue | null {
  return useContext(MainLandmarkContext);
}
