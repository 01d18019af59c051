// Loads an interactive tool's code after the page has loaded.
//
// The built page already holds the tool's HTML, so readers see it at once, and it works as far
// as HTML can without JavaScript. Its code is what makes it respond. Asking for that code only
// after the page's load event keeps the first load light: the page shows its text sooner, and
// the browser is not busy with the tool while the reader starts to read.
//
// The tool sits in a Suspense boundary. While the page hydrates, React leaves the boundary's
// built HTML as it is; when the code arrives, React hydrates it in place, reusing that HTML.
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';

/** The bundler's table of the modules it has loaded so far, and its loader. */
declare const __webpack_modules__: Record<string | number, unknown> | undefined;
declare const __webpack_require__: (id: string | number) => unknown;

/** A module the bundler already holds, read at once; `undefined` when its chunk is not here. */
function loadedModule(moduleId: string | number): unknown {
  return typeof __webpack_modules__ === 'object' && moduleId in __webpack_modules__
    ? __webpack_require__(moduleId)
    : undefined;
}

/**
 * A promise-like value that calls back at once. Given to `React.lazy`, it lets React render the
 * component in the same pass, without suspending.
 */
function settled<Value>(value: Value): Promise<Value> {
  const thenable = {
    then(onFulfilled: (value: Value) => unknown) {
      onFulfilled(value);
      return thenable;
    },
  };
  return thenable as unknown as Promise<Value>;
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

/** The element an address's fragment names, if any; a malformed fragment names none. */
function targetOf(hash: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
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

interface MarkerProps {
  readonly id: string;
  /** Set when the boundary showed its empty fallback: after a move inside the site. */
  readonly drawnLateRef: RefObject<boolean>;
}

/** Rendered beside the tool, inside its boundary: its effect runs once the tool runs. */
function ToolReady({ id, drawnLateRef }: MarkerProps): null {
  useEffect(() => {
    toolsReady.set(id, true);
    showToolsReady();
    // The address may name a heading inside the tool, which did not exist when the browser
    // looked for it.
    if (drawnLateRef.current && window.location.hash.length > 1) {
      targetOf(window.location.hash)?.scrollIntoView();
    }
  }, [id, drawnLateRef]);
  return null;
}

/** The boundary's fallback, shown only after a move inside the site: nothing, for a moment. */
function Waiting({ drawnLateRef }: Pick<MarkerProps, 'drawnLateRef'>): null {
  useEffect(() => {
    drawnLateRef.current = true;
  }, [drawnLateRef]);
  return null;
}

interface ToolModule<Props> {
  readonly default: ComponentType<Props>;
}

/**
 * The component that `load` gives, with its code asked for after the page's load event.
 *
 * Give the same module as `moduleId`, with `require.resolveWeak('./Module')`. While the site
 * builds, the module is loaded before React renders the page, so the built HTML holds the whole
 * tool. The tool must render the same HTML whether it hydrates with the page or later: use
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
  const Tool = lazy(() => {
    const loaded = loadedModule(moduleId) as ToolModule<Props> | undefined;
    return loaded === undefined ? pageLoaded().then(load) : settled(loaded);
  });

  function AfterLoad(props: Props): ReactNode {
    const id = useId();
    const drawnLateRef = useRef(false);
    useEffect(() => {
      // The tool's own marker may have run first, when its code was already there.
      if (!toolsReady.has(id)) {
        toolsReady.set(id, false);
      }
      showToolsReady();
      return () => {
        toolsReady.delete(id);
        showToolsReady();
      };
    }, [id]);
    return (
      <Suspense fallback={<Waiting drawnLateRef={drawnLateRef} />}>
        <Tool {...props} />
        <ToolReady id={id} drawnLateRef={drawnLateRef} />
      </Suspense>
    );
  }
  return AfterLoad;
}
