import { withBaseUrl } from './routes';

/**
 * The addresses of the policy's versions. Each released version keeps its
 * address for good: `/versions/1` shows version 1 before and after version 2
 * is released, and so do the anchors inside it.
 */
export const versionsFolder = '/versions';

/** The id of the draft of the next version, in its address and in the comparison's query. */
export const draftId = 'next';

/** The page that lists every version: "/versions", base path included. */
export function versionsIndexPath(baseUrl: string): string {
  return withBaseUrl(baseUrl, versionsFolder);
}

/** The permanent page of one version, or of the draft: "/versions/1#disclosure". */
export function versionPath(baseUrl: string, id: string, anchor?: string): string {
  const path = withBaseUrl(baseUrl, `${versionsFolder}/${id}`);
  return anchor === undefined ? path : `${path}#${anchor}`;
}

/** The comparison page, with the two versions it compares when they are given. */
export function comparePath(baseUrl: string, from?: string, to?: string): string {
  const path = withBaseUrl(baseUrl, `${versionsFolder}/compare`);
  return from === undefined || to === undefined ? path : `${path}${compareQuery(from, to)}`;
}

/** The comparison page's query for two versions: "?from=1&to=2". */
export function compareQuery(from: string, to: string): string {
  return `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}
