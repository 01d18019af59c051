import { useEffect, useState } from 'react';

/**
 * False while React takes over the built HTML, then true. Unlike Docusaurus's `useIsBrowser`,
 * which turns true once the whole page has hydrated, it is false for the first render of every
 * component that hydrates, even one that hydrates later than the page, so that render always
 * matches the built HTML.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    setHydrated(true);
  }, []);
  return hydrated;
}
