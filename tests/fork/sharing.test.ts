// Checks what a shared link and a search engine see of every page of three builds (the config
// under test and the two forks): a description, a canonical address, the social card, and what
// the local search plugin indexed. Expectations come from each build's own config.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import forkConfig from '../fixtures/fork.config';
import markupConfig from '../fixtures/markup.config';
import selectedConfig from '../selectedConfig';
import { templatesFor } from '../../src/components/ReplyTemplates/fill';
import { formatIsoDate } from '../../src/config/format';
import { routePath } from '../../src/config/routes';
import { policyPointIds, policySectionTitles } from '../../src/data/policySections';
import { cardHeight, cardWidth } from '../../src/socialCard/size';
import { defaultBuildDir, forkBuildDir } from './paths';
import { fileForPath, html, pagesOf, pathOfPage, type BuiltSite } from './site';

const sites: readonly (BuiltSite & { readonly name: string })[] = [
  { name: 'the build of the config under test', dir: defaultBuildDir, config: selectedConfig },
  { name: 'the fork', dir: forkBuildDir('fork'), config: forkConfig },
  { name: 'the fork with markup characters', dir: forkBuildDir('markup'), config: markupConfig },
];

/** Pages that are not pages of the policy: the home page, the search page and "not found". */
const pagesOutsideThePolicy = new Set(['index.html', 'search.html', '404.html']);

/**
 * The pages of the policy's versions name their own version and date in a note under the title,
 * which can differ from the version in force (tests/e2e/versions.spec.ts checks them).
 */
function isVersionPage(page: string): boolean {
  return page === 'versions.html' || page.startsWith('versions/');
}

/** The width and height that a PNG file's header gives. */
function pngSize(file: Buffer): { readonly width: number; readonly height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(file.subarray(0, 8).equals(signature), 'PNG signature').toBe(true);
  expect(file.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** One entry of the search plugin's index: a title, heading or passage of a page. */
interface SearchDocument {
  /** Its text. */
  readonly t: string;
  /** The page's path. */
  readonly u: string;
  /** The heading's anchor, such as "#disclosure". */
  readonly h?: string;
}

function searchDocuments(site: BuiltSite): SearchDocument[] {
  const index = JSON.parse(readFileSync(join(site.dir, 'search-index.json'), 'utf8')) as {
    documents: SearchDocument[];
  }[];
  return index.flatMap((part) => part.documents);
}

describe.each(sites)('$name', (site) => {
  const pages = pagesOf(site);
  const { project, policy, site: where } = site.config;
  const origin = `${where.url}${where.baseUrl}`;
  const cardUrl = `${origin}img/social-card.png`;

  it.each(pages)(
    '%s has one description, its own canonical address and the social card',
    (page) => {
      const $ = html(site, page);
      const descriptions = $('meta[name="description"]');
      expect(descriptions).toHaveLength(1);
      expect(descriptions.attr('content')?.trim()).not.toBe('');
      expect($('meta[property="og:description"]').attr('content')).toBe(
        descriptions.attr('content'),
      );

      const canonical = $('link[rel="canonical"]');
      expect(canonical).toHaveLength(1);
      const path = page === '404.html' ? `${where.baseUrl}404.html` : pathOfPage(site, page);
      expect(canonical.attr('href')).toBe(`${where.url}${path}`);
      expect($('meta[property="og:url"]').attr('content')).toBe(canonical.attr('href'));

      expect($('meta[property="og:image"]').attr('content')).toBe(cardUrl);
      expect($('meta[name="twitter:image"]').attr('content')).toBe(cardUrl);
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      expect($('meta[property="og:image:alt"]').attr('content')).toContain(project.name);
    },
  );

  it('serves the social card that its pages name: a PNG of 1200 × 630', () => {
    const file = fileForPath(site, new URL(cardUrl).pathname);
    expect(file).not.toBeNull();
    expect(pngSize(readFileSync(join(site.dir, file ?? '')))).toEqual({
      width: cardWidth,
      height: cardHeight,
    });
  });

  it('shows the policy’s version and date of adoption at the top of each page of the policy', () => {
    const line = `Policy version ${policy.version}, adopted ${formatIsoDate(policy.adoptedOn)}.`;
    const policyPages = pages.filter(
      (page) => !pagesOutsideThePolicy.has(page) && !isVersionPage(page),
    );
    expect(policyPages.length).toBeGreaterThan(8);
    for (const page of policyPages) {
      const $ = html(site, page);
      // The article without its breadcrumbs, which name the page before its title.
      const article = $('article').first().clone();
      article.find('nav').remove();
      const text = article.text();
      expect(text, page).toContain(line);
      // Above the title, so it stays with the title on paper too.
      expect(text.indexOf(line), page).toBeLessThan(text.indexOf(article.find('h1').text()));
    }
  });

  it('keeps the search page out of search engines and the sitemap', () => {
    const $ = html(site, 'search.html');
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(readFileSync(join(site.dir, 'sitemap.xml'), 'utf8')).not.toContain(`${origin}search`);
  });

  it('indexes every reply template by its title and anchor, and each point of the policy', () => {
    const documents = searchDocuments(site);
    const headings = new Set(
      documents.flatMap((document) =>
        document.h ? [`${document.u}${document.h} ${document.t}`] : [],
      ),
    );
    const expected = [
      ...templatesFor(policy.options).map(
        (template) =>
          `${routePath(where.baseUrl, 'replyTemplates', template.id)} ${template.title.message}`,
      ),
      ...policyPointIds.map(
        (id) => `${routePath(where.baseUrl, 'policy', id)} ${policySectionTitles[id].message}`,
      ),
    ];
    expect(expected.filter((heading) => !headings.has(heading))).toEqual([]);
  });
});

describe('the social cards', () => {
  it('differ between the projects, as each is drawn from its own config', () => {
    const cards = sites.map((site) =>
      readFileSync(join(site.dir, 'img', 'social-card.png')).toString('base64'),
    );
    expect(new Set(cards).size).toBe(new Set(sites.map((site) => site.config.project.name)).size);
  });
});
