// Wraps the search bar of @easyops-cn/docusaurus-search-local to mend the ARIA of its list of
// results, which axe reports while the list is open (see ./mendListbox.ts).
import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { mendListbox } from './mendListbox';
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
    return () => {
      observer.disconnect();
    };
  }, []);
  return (
    <div ref={container} className={styles.wrapper}>
      <SearchBar {...props} />
    </div>
  );
}
