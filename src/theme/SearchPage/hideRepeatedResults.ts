/**
 * The plugin indexes a section with the text of the headings nested in it, so the search page can
 * list a section and the one inside it with the same words, on the same page, under two titles.
 * The second tells the reader nothing new: it is hidden. Results change as the reader types, so
 * each run decides again for every result, and changes an element only when its state is wrong,
 * so the MutationObserver that calls it never loops.
 */
/** The plugin's summary paragraph; its CSS module adds a suffix to the class name. */
export const summarySelector = 'p[class*="searchResultItemSummary"]';

export function hideRepeatedResults(container: Element): void {
  const seen = new Set<string>();
  for (const result of container.querySelectorAll('article')) {
    const link = result.querySelector('h2 a');
    // The words found, which the plugin writes in its summary paragraph (a result found by its
    // title alone has none, and is never hidden).
    const summary = (result.querySelector(summarySelector)?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const href = link?.getAttribute('href') ?? '';
    const page = href.replace(/[?#].*$/, '');
    const key = summary === '' || page === '' ? null : `${page}\n${summary}`;
    const repeated = key !== null && seen.has(key);
    if (key !== null) {
      seen.add(key);
    }
    if (result.hidden !== repeated) {
      result.hidden = repeated;
    }
  }
}
