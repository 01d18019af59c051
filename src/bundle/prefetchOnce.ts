// Stands in for Docusaurus's `client/prefetch` (see plugins/lean-client), which adds a
// `<link rel="prefetch">` for every file of a route each time a link to that route comes into
// view. Docusaurus remembers the routes it has prefetched, not the files: links to other pages,
// or to other places on one page, share most of their files, so the same files were asked for
// again and again (283 link elements on the adoption page for about 20 files). This module asks
// for each file once, and adds one link at a time when the browser is idle: links come into view
// together, as the page hydrates, and adding all their links at once blocked the page for tens
// of milliseconds on a phone.

/** The files already asked for, by the address Docusaurus passes. */
const requested = new Set<string>();

function prefetchWithLink(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => {
      resolve();
    };
    link.onerror = () => {
      reject(new Error(`Could not prefetch ${url}`));
    };
    document.head.appendChild(link);
  });
}

/** Whether the browser prefetches with `<link rel="prefetch">`; the original's test. */
function supportsLinkPrefetch(): boolean {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

function prefetchWithRequest(url: string): Promise<void> {
  return fetch(url, { credentials: 'include' }).then(() => undefined);
}

let strategy: ((url: string) => Promise<void>) | undefined;

/** The requests waiting for the browser to be idle, in order. */
const waiting: (() => void)[] = [];

function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback);
  } else {
    setTimeout(callback, 1);
  }
}

function requestNext(): void {
  waiting.shift()?.();
  if (waiting.length > 0) {
    whenIdle(requestNext);
  }
}

/** Asks the browser to fetch a file for later, once per address; the promise never rejects. */
export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined' || requested.has(url)) {
    return Promise.resolve();
  }
  requested.add(url);
  strategy ??= supportsLinkPrefetch() ? prefetchWithLink : prefetchWithRequest;
  const request = strategy;
  return new Promise<void>((resolve) => {
    waiting.push(() => {
      // A file that fails to load is reported by the browser already.
      request(url).then(resolve, () => {
        resolve();
      });
    });
    if (waiting.length === 1) {
      whenIdle(requestNext);
    }
  });
}
