import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { filePath, routePath, type RouteName } from '@site/src/config/routes';

/**
 * The path of a page, base path included, for `<Link to>`. Docusaurus's Link
 * leaves a path alone when it already starts with the base path.
 */
export function useRoutePath(route: RouteName, anchor?: string): string {
  return useRoutePaths()(route, anchor);
}

/** Makes paths of pages for a list of links, where a hook per link cannot be used. */
export function useRoutePaths(): (route: RouteName, anchor?: string) => string {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  return (route, anchor) => routePath(baseUrl, route, anchor);
}

/** The path of a generated file under /files/, base path included. */
export function useFilePath(fileName: string): string {
  return filePath(useDocusaurusContext().siteConfig.baseUrl, fileName);
}
