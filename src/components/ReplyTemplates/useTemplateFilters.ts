import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useHistory } from '@docusaurus/router';
import { filtersToSearch, parseFilters, type TemplateFilters } from './filters';

/**
 * The templates page's filters, kept in the URL so a filtered view can be
 * shared. The server and the first client render see no query string, so
 * the HTML matches; the real URL is read right after hydration.
 */
export function useTemplateFilters(): {
  readonly filters: TemplateFilters;
  readonly setFilters: (next: TemplateFilters) => void;
} {
  const history = useHistory();
  const subscribe = useCallback((onChange: () => void) => history.listen(onChange), [history]);
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (next: TemplateFilters) => {
      const { pathname, hash } = history.location;
      history.replace({ pathname, hash, search: filtersToSearch(next, window.location.search) });
    },
    [history],
  );
  return { filters, setFilters };
}
