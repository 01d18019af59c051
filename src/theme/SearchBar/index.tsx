// Wraps the search bar of @easyops-cn/docusaurus-search-local to mend the ARIA of its list of
// results, which axe reports while the list is open (./mendListbox.ts), and to stop it pulling
// focus back to the search box after a reader has tabbed past it (./guardFocus.ts).
import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { guardFocus } from './guardFocus';
import { mendListbox } from './mendListbox';
import { searchLabel } from './searchLabel';
import styles from './styles.module.css';

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (element === null) {
      return undefined;
    }
    // The library builds the list outside React, after each keystroke.
    const observer = new MutationObserver(() => {
      mendListbox(element);
    });
    observer.observe(element, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-owns', 'role'],
    });
    const input = element.querySelector('input');
    // The plugin writes its label in English; it becomes the page's language once the page runs.
    input?.setAttribute('aria-label', searchLabel());
    const stopGuardingFocus = input === null ? undefined : guardFocus(element, input);
    return () => {
      observer.disconnect();
      stopGuardingFocus?.();
    };
  }, []);
  return (
    <div ref={container} className={styles.wrapper}>
      <SearchBar {...props} />
    </div>
  );
}
