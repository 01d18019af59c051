// Loads an interactive tool's code after the page has loaded.
//
// The built page already holds the tool's HTML, so readers see it at once, and it works as far
// as HTML can without JavaScript. Its code is what makes it respond. Asking for that code only
// after the page's load event keeps the first load light: the page shows its text sooner, and
// the browser is not busy with the tool while the reader starts to read.
//
// Until the code arrives, React keeps the built HTML as it is. Then it draws the tool in its
// place, with the same HTML, and the tool responds from then on.
import { useEffect, useId, useRef, useState, type ComponentType, type ReactNode } from 'react';
import styles from './styles.module.css';

/** The bundler's table of the modules it has loaded so far, and its loader. */
declare const __webpack_modules__: Record<string | number, unknown> | undefined;
declare const __webpack_require__: (id: string | number) => unknown;

/** A module the bundler already holds, read at once; `undefined` when its chunk is not here. */
function loadedModule(moduleId: string | number): unknown {
  return typeof __webpack_modules__ === 'object' && moduleId in __webpack_modules__
    ? __webpack_require__(moduleId)
    : undefined;
}

/** Resolves once the page's load event has fired: at once on the server, and after the load. */
export function pageLoaded(): Promise<void> {
  if (typeof window === 'undefined' || document.readyState === 'complete') {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    window.addEventListener(
      'load',
      () => {
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Which tools of the page respond yet. `<html data-tools-ready>` is "false" while one of them
 * waits for its code, and "true" once all of them run, so tests and scripts can wait for it.
 */
const toolsReady = new Map<string, boolean>();

function showToolsReady(): void {
  document.documentElement.dataset.toolsReady = String(
    [...toolsReady.values()].every((ready) => ready),
  );
}

/** The element an address's fragment names, if any; a malformed fragment names none. */
function targetOf(hash: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

interface ToolModule<Props> {
  readonly default: ComponentType<Props>;
}

/**
 * The component that `load` gives, with its code asked for after the page's load event.
 *
 * Give the same module as `moduleId`, with `require.resolveWeak('./Module')`. While the site
 * builds, the module is loaded before React renders the page, so the built HTML holds the whole
 * tool. The tool must render the same HTML whether it runs as the page loads or later: use
 * `useHydrated` (src/hooks/useHydrated.ts), not Docusaurus's `useIsBrowser`, to show what needs
 * the browser.
 */
export function afterLoad<Props extends object>(
  load: () => Promise<ToolModule<Props>>,
  moduleId: string | number,
): ComponentType<Props> {
  if (typeof window === 'undefined') {
    // While the site builds, ask for the module now: the build's bundle loads its chunks at
    // once, so the module is there by the time React renders the page.
    void load();
  }
  const loadedTool = (): ComponentType<Props> | undefined =>
    (loadedModule(moduleId) as ToolModule<Props> | undefined)?.default;

  function AfterLoad(props: Props): ReactNode {
    const id = useId();
    // A function in state must be wrapped in another, or React would call it.
    const [Tool, setTool] = useState<ComponentType<Props> | undefined>(() => loadedTool());
    const waiting = useRef<HTMLDivElement>(null);
    /** Set when the tool arrives after a move inside the site, where no built HTML was shown. */
    const [drawnLate, setDrawnLate] = useState(false);

    useEffect(() => {
      toolsReady.set(id, Tool !== undefined);
      showToolsReady();
      if (Tool !== undefined) {
        return undefined;
      }
      let mounted = true;
      const empty = waiting.current?.childNodes.length === 0;
      void pageLoaded()
        .then(load)
        .then((module) => {
          if (mounted) {
            setTool(() => module.default);
            setDrawnLate(empty);
          }
        });
      return () => {
        mounted = false;
      };
    }, [id, Tool]);

    // The address may name a heading inside the tool, which did not exist when the browser
    // looked for it.
    useEffect(() => {
      if (drawnLate && window.location.hash.length > 1) {
        targetOf(window.location.hash)?.scrollIntoView();
      }
    }, [drawnLate]);

    useEffect(
      () => () => {
        toolsReady.delete(id);
        showToolsReady();
      },
      [id],
    );

    if (Tool === undefined) {
      // An element whose inner HTML React does not own: while the page hydrates, React leaves
      // the built HTML inside it as it is. After a move inside the site it is empty for the
      // moment the code takes to arrive.
      return (
        <div
          key="waiting"
          ref={waiting}
          className={styles.tool}
          dangerouslySetInnerHTML={{ __html: '' }}
          suppressHydrationWarning
        />
      );
    }
    // A new key: React removes the element above, with the built HTML, and draws the tool.
    return (
      <div key="tool" className={styles.tool}>
        <Tool {...props} />
      </div>
    );
  }
  return AfterLoad;
}
