import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDirectory } from './buildDirectory';
import siteConfig from './siteConfig';

/** Every page the build lists in sitemap.xml, as a site path such as "/policy". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(resolve(__dirname, '../..', buildDirectory, 'sitemap.xml'), 'utf8');
  const prefix = `${siteConfig.site.url}${siteConfig.site.baseUrl}`;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const location = match[1];
    if (!location.startsWith(prefix)) {
      throw new Error(`sitemap.xml lists ${location}, outside ${prefix}`);
    }
    return `/${location.slice(prefix.length)}`;
  });
}
