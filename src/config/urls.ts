import type { SiteConfig } from './types';
import type { PolicyAnchor } from '../data/policySections';
import { filePath, routePath, type RouteName } from './routes';

/** The public address of a page of this site: ("adopt") -> "https://policy.example.org/base/adopt". */
export function siteAddress(config: SiteConfig, route: RouteName, anchor?: string): string {
  return `${config.site.url}${routePath(config.site.baseUrl, route, anchor)}`;
}

/** The public address of the policy page, or of one of its sections. */
export function policyAddress(config: SiteConfig, anchor?: PolicyAnchor): string {
  return siteAddress(config, 'policy', anchor);
}

/** The public address of a generated file, such as "PULL_REQUEST_TEMPLATE.md". */
export function fileAddress(config: SiteConfig, fileName: string): string {
  return `${config.site.url}${filePath(config.site.baseUrl, fileName)}`;
}
