import { useCallback, useMemo } from 'react';
import { useHistory } from '@docusaurus/router';
import { useHistorySelector } from '@docusaurus/theme-common';
import { filtersToSearch, parseFilters, type TemplateFilters } from './filters';

/**
 * The templates page's filters, kept in the URL so a filtered view can be
 * shared. theme-common's history selector reads no query string on the
 * server and during hydration, so the HTML matches; the real URL is read
 * right after. Typing replaces the history entry rather than adding one.
 */
export function useTemplateFilters(): {
  readonly filters: TemplateFilters;
  readonly setFilters: (next: TemplateFilters) => void;
} {
  const history = useHistory();
  const search = useHistorySelector((current) => current.location.search);
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (next: TemplateFilters) => {
      const { pathname, hash, search: currentSearch } = history.location;
      history.replace({ pathname, hash, search: filtersToSearch(next, currentSearch) });
    },
    [history],
  );
  return { filters, setFilters };
}
