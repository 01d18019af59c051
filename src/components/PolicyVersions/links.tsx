import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { comparePath, versionPath, versionsIndexPath } from '@site/src/config/versionPaths';

/** The path of a version's permanent page, base path included. */
export function useVersionPath(): (id: string, anchor?: string) => string {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  return (id, anchor) => versionPath(baseUrl, id, anchor);
}

export function useComparePath(): (from?: string, to?: string) => string {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  return (from, to) => comparePath(baseUrl, from, to);
}

export function useVersionsIndexPath(): string {
  return versionsIndexPath(useDocusaurusContext().siteConfig.baseUrl);
}

interface ThisVersionLinkProps {
  /** The version; an earlier version's page names its own. Default: the config's. */
  readonly version?: string;
}

/** The permanent address of a version, written out in full so that people can copy it. */
export function ThisVersionLink({ version }: ThisVersionLinkProps): ReactNode {
  const config = useSiteConfig();
  const path = useVersionPath()(version ?? config.policy.version);
  return <Link href={`${config.site.url}${path}`}>{`${config.site.url}${path}`}</Link>;
}

/** A link to the list of versions, with the words the page gives it. */
export function VersionsLink({ children }: { readonly children: ReactNode }): ReactNode {
  return <Link to={useVersionsIndexPath()}>{children}</Link>;
}
