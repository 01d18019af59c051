import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { SiteConfig } from '@site/src/config/types';

/** The validated site.config.ts, as docusaurus.config.ts passed it to the client. */
export function useSiteConfig(): SiteConfig {
  const { siteConfig } = useDocusaurusContext();
  return siteConfig.customFields?.siteConfig as SiteConfig;
}
