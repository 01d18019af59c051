// Paper: src/css/print.css writes the address of each link after it, but not for a link to a
// place on the same page, such as the "In short" box's links to the policy's sections on the
// policy page. A link written "#part" is plain to CSS; a link such as "/policy#part" is only
// known to be on the same page here, so this module marks it just before the page prints.

/** The attribute that src/css/print.css reads. */
const attribute = 'data-same-page';

/** A path without what only changes how it is served: "/policy/", "/policy.html" → "/policy". */
function pagePath(pathname: string): string {
  return pathname.replace(/(?:\/index)?\.html$/, '').replace(/(.)\/$/, '$1');
}

/** Whether a link leads to a place on the page that is open now. */
export function isSamePageLink(link: URL, page: URL): boolean {
  return (
    link.hash !== '' &&
    link.origin === page.origin &&
    pagePath(link.pathname) === pagePath(page.pathname) &&
    link.search === page.search
  );
}

function markSamePageLinks(): void {
  const page = new URL(window.location.href);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    link.toggleAttribute(attribute, isSamePageLink(new URL(link.href), page));
  }
}

if (typeof window !== 'undefined') {
  // Before printing, and when the page shows as on paper (print preview, or a test's emulation).
  window.addEventListener('beforeprint', markSamePageLinks);
  window.matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) {
      markSamePageLinks();
    }
  });
}
