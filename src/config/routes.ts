/**
 * Every page of the site by name, and the one way to make a link to it.
 *
 * A link is always made from a route's name, never by writing or joining
 * paths by hand: `routePath(baseUrl, 'policy', 'disclosure')`. The base path
 * is always put in front, even when it equals a page's path (a site under
 * `/policy/` has its policy at `/policy/policy`), which Docusaurus's own
 * helpers get wrong. Pages in docs/ take their path from their `slug` front
 * matter, and a test checks that the two agree.
 */
export const routes = {
  home: '/',
  policy: '/policy',
  selfCheck: '/self-check',
  values: '/values',
  concerns: '/concerns',
  reviewersGuide: '/reviewers-guide',
  replyTemplates: '/reply-templates',
  faq: '/faq',
  glossary: '/glossary',
  adopt: '/adopt',
  comparison: '/comparison',
  changelog: '/changelog',
  about: '/about',
} as const;

export type RouteName = keyof typeof routes;

/** The name of the page at a path such as "/faq", or undefined when no page has that path. */
export function routeOfPath(path: string): RouteName | undefined {
  return (Object.keys(routes) as RouteName[]).find((route) => routes[route] === path);
}

/** Generated files are served under this folder of the site, such as /files/AGENTS.md. */
export const filesFolder = '/files/';

/** Puts the base path in front of a path of the site: ("/policy/", "/adopt") -> "/policy/adopt". */
export function withBaseUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The path of a page, with the base path and an optional anchor: "/policy/policy#disclosure". */
export function routePath(baseUrl: string, route: RouteName, anchor?: string): string {
  const path = withBaseUrl(baseUrl, routes[route]);
  return anchor === undefined ? path : `${path}#${anchor}`;
}

/** The path of a generated file, with the base path: "/policy/files/AGENTS.md". */
export function filePath(baseUrl: string, fileName: string): string {
  return withBaseUrl(baseUrl, `${filesFolder}${fileName}`);
}
