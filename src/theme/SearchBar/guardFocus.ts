/**
 * Keeps focus where the reader put it. The search plugin loads its index when
 * the search box first gets focus, then calls `focus()` on the box once the
 * index has loaded (its autocomplete library moves the box in the page, which
 * loses focus). A reader who tabbed on in the meantime would be pulled back to
 * the box. This lets such a late call through only while the reader has not
 * moved on, or while a key press is being handled (the Ctrl+K shortcut).
 * Returns a function that undoes it.
 */
export function guardFocus(container: Element, input: HTMLInputElement): () => void {
  let movedOn = false;
  let handlingKey = false;
  const focusBox = input.focus.bind(input);

  const onFocusIn = (): void => {
    movedOn = false;
  };
  const onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && !container.contains(event.relatedTarget)) {
      movedOn = true;
    }
  };
  // Capture on the window runs first, bubbling on the window last: the flag is up exactly while
  // the page's own handlers, the plugin's shortcut among them, handle the key.
  const onKeyDownStart = (): void => {
    handlingKey = true;
  };
  const onKeyDownEnd = (): void => {
    handlingKey = false;
  };

  input.focus = (options?: FocusOptions): void => {
    if (!movedOn || handlingKey) {
      focusBox(options);
    }
  };
  input.addEventListener('focusin', onFocusIn);
  input.addEventListener('focusout', onFocusOut);
  window.addEventListener('keydown', onKeyDownStart, true);
  window.addEventListener('keydown', onKeyDownEnd);
  return () => {
    input.focus = focusBox;
    input.removeEventListener('focusin', onFocusIn);
    input.removeEventListener('focusout', onFocusOut);
    window.removeEventListener('keydown', onKeyDownStart, true);
    window.removeEventListener('keydown', onKeyDownEnd);
  };
}
