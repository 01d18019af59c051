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

/**
 * An address as a valid URI (RFC 3986), for files that machines read: the same address, with
 * the characters that a URI may not hold (spaces, "<", "|", a lone "%", non-ASCII letters)
 * percent-encoded, as browsers send it.
 */
export function uriOf(address: string): string {
  // An address that does not parse stays as it is; the config's check names it (the builder
  // shows its files while the reader is still typing).
  // Not URL.canParse: on Node 20 it can answer wrongly once the engine has optimised it.
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  const { href } = url;
  // The scheme and host stay as the URL parser wrote them (an IPv6 host keeps its brackets).
  const start = url.host === '' ? url.protocol : `${url.protocol}//${url.host}`;
  const head = href.startsWith(start) ? start : '';
  const rest = href.slice(head.length);
  // Only the first "#" starts the fragment; a later one is a character of the fragment.
  const hash = rest.indexOf('#');
  const beforeHash = hash === -1 ? rest : rest.slice(0, hash);
  const fragment = hash === -1 ? null : `#${encodeUriPart(rest.slice(hash + 1))}`;
  return head + encodeUriPart(beforeHash) + (fragment ?? '');
}

/** Percent-encodes what RFC 3986 does not allow in a path, query or fragment, and a lone "%". */
function encodeUriPart(part: string): string {
  return part
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~:/?@!$&'()*+,;=%]/gu, (character) => encodeURIComponent(character));
}
