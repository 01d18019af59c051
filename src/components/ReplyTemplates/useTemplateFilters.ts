import { useCallback, useMemo } from 'react';
import { useAddressPart } from '@site/src/hooks/useAddressPart';
import { filtersToSearch, parseFilters, type TemplateFilters } from './filters';

/**
 * The templates page's filters, kept in the address so a filtered view can be
 * shared. Typing replaces the history entry rather than adding one.
 */
export function useTemplateFilters(): {
  readonly filters: TemplateFilters;
  readonly setFilters: (next: TemplateFilters) => void;
} {
  const [search, setSearch] = useAddressPart('search');
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (next: TemplateFilters) => {
      setSearch(filtersToSearch(next, search));
    },
    [search, setSearch],
  );
  return { filters, setFilters };
}
