import { useEffect, useState } from 'react';

/**
 * False while React takes over the built HTML, then true. Unlike Docusaurus's `useIsBrowser`,
 * which turns true once the whole page has hydrated, it stays false for the first render of a
 * component that hydrates later (see src/components/AfterLoad), so that render matches the
 * built HTML.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    setHydrated(true);
  }, []);
  return hydrated;
}
