import { withBaseUrl } from './format';
import type { SiteConfig } from './types';
import { policyPath, type PolicyAnchor } from '../data/policySections';

/** The public address of a page of this site: ("/adopt") -> "https://policy.example.org/base/adopt". */
export function siteAddress(config: SiteConfig, path: string): string {
  return `${config.site.url}${withBaseUrl(config.site.baseUrl, path)}`;
}

/** The public address of the policy page, or of one of its sections. */
export function policyAddress(config: SiteConfig, anchor?: PolicyAnchor): string {
  return siteAddress(config, anchor === undefined ? policyPath : `${policyPath}#${anchor}`);
}

/** Generated files are served under /files/ on the site. */
export const filesFolder = '/files/';

/** The public address of a generated file, such as "PULL_REQUEST_TEMPLATE.md". */
export function fileAddress(config: SiteConfig, fileName: string): string {
  return siteAddress(config, `${filesFolder}${fileName}`);
}
