import { useCallback } from 'react';
import { useHistory } from '@docusaurus/router';
import { useHistorySelector } from '@docusaurus/theme-common';

type AddressPart = 'search' | 'hash';

interface Change {
  /**
   * Add a history entry, so that Back returns to the address before, instead of replacing it.
   * The other part of the address is then dropped: the new entry is a new place.
   */
  readonly push?: boolean;
}

/**
 * One part of the page address ("?…" or "#…") as state that the router knows about, so that a
 * view can be shared as a link and Back and Forward work. It reads as empty on the server and
 * while the page hydrates (theme-common's history selector), so the first render in the browser
 * equals the static HTML; the real address is read right after.
 */
export function useAddressPart(
  part: AddressPart,
): readonly [value: string, setValue: (next: string, change?: Change) => void] {
  const history = useHistory();
  const value = useHistorySelector((current) => current.location[part]);
  const setValue = useCallback(
    (next: string, { push = false }: Change = {}) => {
      const { pathname, search, hash } = history.location;
      const kept = push ? { search: '', hash: '' } : { search, hash };
      const address = { pathname, ...kept, [part]: next };
      if (push) {
        history.push(address);
      } else {
        history.replace(address);
      }
    },
    [history, part],
  );
  return [value, setValue];
}
