// Reads a production build as a visitor's browser would receive it: pages, links and text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { SiteConfig } from '../../src/config/types';

export interface BuiltSite {
  readonly dir: string;
  readonly config: SiteConfig;
}

export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every HTML page of a build, as the file under the build folder: "faq.html". */
export function pagesOf(site: BuiltSite): string[] {
  return filesUnder(site.dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => relative(site.dir, path))
    .sort();
}

/** The path a page is served at, base path included: "faq.html" -> "/policy/faq". */
export function pathOfPage(site: BuiltSite, page: string): string {
  const path = page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  return `${site.config.site.baseUrl}${path}`;
}

const loaded = new Map<string, CheerioAPI>();

/** A page's HTML, parsed once. */
export function html(site: BuiltSite, page: string): CheerioAPI {
  const path = join(site.dir, page);
  let parsed = loaded.get(path);
  if (!parsed) {
    parsed = load(readFileSync(path, 'utf8'));
    loaded.set(path, parsed);
  }
  return parsed;
}

/** The text a reader sees, without scripts and styles, with spaces collapsed. */
export function visibleText(site: BuiltSite, page: string): string {
  const $ = html(site, page);
  const body = $('body').clone();
  body.find('script, style, noscript').remove();
  return body
    .text()
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * The build file a path of the site leads to, or null: a page ("/base/faq" ->
 * "faq.html", "/base/" -> "index.html") or a static file ("/base/files/AGENTS.md").
 */
export function fileForPath(site: BuiltSite, path: string): string | null {
  const { baseUrl } = site.config.site;
  if (!path.startsWith(baseUrl)) {
    return null;
  }
  const inside = decodeURIComponent(path.slice(baseUrl.length));
  const candidates =
    inside === '' ? ['index.html'] : [`${inside}.html`, join(inside, 'index.html'), inside];
  return (
    candidates.find((candidate) => {
      const full = join(site.dir, candidate);
      return existsSync(full) && statSync(full).isFile();
    }) ?? null
  );
}

/** True when the page has an element with this id (or a named anchor), as a #fragment needs. */
export function hasAnchor(site: BuiltSite, page: string, anchor: string): boolean {
  const $ = html(site, page);
  const id = decodeURIComponent(anchor);
  return $('[id], a[name]')
    .toArray()
    .some((element) => $(element).attr('id') === id || $(element).attr('name') === id);
}

/** Why a link on a page is broken, or null when it leads somewhere that exists. */
export function brokenLink(site: BuiltSite, page: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    return null;
  }
  const [address, anchor] = href.split('#') as [string, string | undefined];
  // A query, such as the two versions of a comparison, does not change which file is served.
  const path = address.split('?')[0];
  if (path !== '' && !path.startsWith('/')) {
    return 'a relative link, which breaks when the page moves';
  }
  const target = path === '' ? page : fileForPath(site, path);
  if (target === null) {
    return 'no page or file of the build has this address';
  }
  if (anchor && target.endsWith('.html') && !hasAnchor(site, target, anchor)) {
    return `${target} has no element with the id "${anchor}"`;
  }
  return null;
}

/** Every link of every page of a build that leads nowhere, with its page and why. */
export function brokenLinks(site: BuiltSite): string[] {
  return pagesOf(site).flatMap((page) => {
    const $ = html(site, page);
    return $('a[href]')
      .toArray()
      .flatMap((element) => {
        const href = $(element).attr('href') ?? '';
        const why = brokenLink(site, page, href);
        return why === null ? [] : [`${page}: ${href} (${why})`];
      });
  });
}
