/**
 * Mends the ARIA of the search plugin's list of results, which its
 * autocomplete library builds outside React (see ./index.tsx). Safe to run
 * again and again: it only changes what is still wrong, so it never loops
 * with the MutationObserver that calls it.
 */
export function mendListbox(container: Element): void {
  const input = container.querySelector('input[role="combobox"]');
  const listboxId = input?.getAttribute('aria-owns');
  // ARIA 1.2 names a combobox's popup with aria-controls; the library writes only aria-owns.
  if (input && listboxId && input.getAttribute('aria-controls') !== listboxId) {
    input.setAttribute('aria-controls', listboxId);
  }
  for (const listbox of container.querySelectorAll('[role="listbox"]')) {
    // A listbox may hold only options: the "See all results" link becomes one.
    for (const link of listbox.querySelectorAll('a:not([role="option"])')) {
      link.setAttribute('role', 'option');
    }
    // With no results, the list holds only the message "No results": it becomes an option that
    // cannot be chosen, so the list is never empty.
    const message = listbox.firstElementChild?.firstElementChild;
    if (listbox.querySelector('[role="option"]') === null && message) {
      message.setAttribute('role', 'option');
      message.setAttribute('aria-disabled', 'true');
    }
  }
}
