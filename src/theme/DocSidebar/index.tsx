// The theme's doc sidebar, with the sidebar for wide screens kept in the page on narrow ones.
// The theme took it out once the page ran on a narrow screen; taking part of a page out while it
// starts blocked a phone's main thread (see src/theme/README.md). Below 997 px the theme's CSS
// hides its container (display: none), so readers and screen readers meet only the narrow
// screen's menu, as before.
import type { ReactNode } from 'react';
import { useWindowSize } from '@docusaurus/theme-common';
import type { Props } from '@theme/DocSidebar';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';

export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {windowSize === 'mobile' ? <DocSidebarMobile {...props} /> : null}
    </>
  );
}
