import { translate } from '@docusaurus/Translate';

/**
 * The name of the search box for screen readers, in the page's language. The plugin writes
 * "Search" in English into its markup; the search bar and the search page put this in its place
 * once the page runs (the search itself needs JavaScript).
 */
export function searchLabel(): string {
  return translate({ id: 'search.inputLabel', message: 'Search' });
}
