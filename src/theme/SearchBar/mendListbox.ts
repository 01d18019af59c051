/**
 * Mends the search plugin's list of results, which its autocomplete library
 * builds outside React (see ./index.tsx): its ARIA, and results that repeat
 * one above them. Safe to run again and again: it only changes what is still
 * wrong, so it never loops with the MutationObserver that calls it.
 */
export function mendListbox(container: Element): void {
  const input = container.querySelector('input[role="combobox"]');
  const listboxId = input?.getAttribute('aria-owns');
  // ARIA 1.2 names a combobox's popup with aria-controls; the library writes only aria-owns.
  if (input && listboxId && input.getAttribute('aria-controls') !== listboxId) {
    input.setAttribute('aria-controls', listboxId);
  }
  for (const listbox of container.querySelectorAll('[role="listbox"]')) {
    dropRepeatedResults(listbox);
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

/**
 * The plugin indexes a section with its text up to the next heading beside it, so the text of a
 * heading nested in a part of the page (the self-check's questions, the builder's steps) is also
 * the text of the section around it. A search can then list the same words twice, on the same
 * page. A result whose words and page are those of one above it tells the reader nothing new: it
 * goes. The library finds its results anew at each key press, so the arrow keys skip it.
 */
function dropRepeatedResults(listbox: Element): void {
  const seen = new Set<string>();
  for (const option of listbox.querySelectorAll('[role="option"]')) {
    const text = option.textContent.replace(/\s+/g, ' ').trim();
    if (text === '') {
      continue;
    }
    if (seen.has(text)) {
      option.remove();
    } else {
      seen.add(text);
    }
  }
}
