// Shows the policy's version and date of adoption (from site.config.ts) above the title of each
// page of the policy, where Docusaurus puts a versioned page's version.
import type { ReactNode } from 'react';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import DocVersionBadge from '@theme-original/DocVersionBadge';
import type { Props } from '@theme/DocVersionBadge';
import PolicyStatus from '@site/src/components/PolicyStatus';

export default function DocVersionBadgeWrapper(props: Props): ReactNode {
  const { pluginId, version } = useDocsVersion();
  // Only the pages of the policy in force: a page of another docs plugin, or of an older
  // version, has its own version to show.
  const isCurrentPolicy = pluginId === 'default' && version === 'current';
  return (
    <>
      <DocVersionBadge {...props} />
      {isCurrentPolicy ? <PolicyStatus /> : null}
    </>
  );
}
