// Checks every page of three builds: the config under test and the two forks of the simulation.
// Expectations come from each build's own config, never from the shipped example.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import forkConfig from '../fixtures/fork.config';
import markupConfig from '../fixtures/markup.config';
import selectedConfig from '../selectedConfig';
import { routePath, routes, type RouteName } from '../../src/config/routes';
import { formatIsoDate } from '../../src/config/format';
import {
  verdictFor,
  verdictLabel,
  disclosureUses,
  type DisclosureUseId,
} from '../../src/data/disclosureUses';
import { resolveChoice } from '../../src/data/policyChoice';
import { markdownText } from '../../src/utils/markdownText';
import { policySummary } from '../../src/data/policySummary';
import { defaultBuildDir, forkBuildDir, root } from './paths';
import {
  brokenLinks,
  fileForPath,
  html,
  pagesOf,
  pathOfPage,
  visibleText,
  type BuiltSite,
} from './site';

const sites: readonly (BuiltSite & { readonly name: string })[] = [
  { name: 'the build of the config under test', dir: defaultBuildDir, config: selectedConfig },
  { name: 'the fork', dir: forkBuildDir('fork'), config: forkConfig },
  { name: 'the fork with markup characters', dir: forkBuildDir('markup'), config: markupConfig },
];

/** The uses that FAQ answers give a verdict for, read from the FAQ's source. */
const faqUses = new Set(
  [
    ...readFileSync(join(root, 'docs', 'faq.mdx'), 'utf8').matchAll(
      /<UseVerdicts uses=\{\[([^\]]*)\]\} \/>/g,
    ),
  ].flatMap((match) => [...match[1].matchAll(/'(\w+)'/g)].map((use) => use[1] as DisclosureUseId)),
);

/** What each navbar item is called, and the page it must lead to. */
const navbarItems: readonly (readonly [string, RouteName])[] = [
  ['Policy', 'policy'],
  ['Self-check', 'selfCheck'],
  ['Reviewers’ guide', 'reviewersGuide'],
  ['Reply templates', 'replyTemplates'],
  ['FAQ', 'faq'],
  ['Adopt', 'adopt'],
];

/** The build file of a route: "policy" -> "policy.html". */
function fileOfRoute(route: RouteName): string {
  return route === 'home' ? 'index.html' : `${routes[route].slice(1)}.html`;
}

describe.each(sites)('$name', (site) => {
  const pages = pagesOf(site);
  const { project, contact, policy, textLicense, site: where } = site.config;

  it('has a page for every route', () => {
    for (const route of Object.keys(routes) as RouteName[]) {
      expect(pages, route).toContain(fileOfRoute(route));
    }
  });

  it('links only to pages, files and anchors that exist', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it.each(navbarItems)('its navbar item "%s" leads to that page on every page', (label, route) => {
    for (const page of pages) {
      const $ = html(site, page);
      const link = $('nav.navbar a.navbar__link')
        .filter((_, element) => $(element).text().trim() === label)
        .first();
      expect(link.attr('href'), page).toBe(routePath(where.baseUrl, route));
      expect(fileForPath(site, link.attr('href') ?? ''), page).toBe(fileOfRoute(route));
    }
  });

  it.each(pages)('%s marks only itself as the current page', (page) => {
    const $ = html(site, page);
    const current = $('[aria-current="page"]')
      .toArray()
      .map((element) => ($(element).attr('href') ?? '').split('#')[0]);
    expect(current.filter((href) => href !== pathOfPage(site, page))).toEqual([]);
    const isNavbarPage = navbarItems.some(([, route]) => fileOfRoute(route) === page);
    expect($('nav.navbar a.navbar__link[aria-current="page"]')).toHaveLength(isNavbarPage ? 1 : 0);
  });

  it.each(pages.filter((page) => page !== '404.html'))(
    '%s shows the project’s details as text, with its own links',
    (page) => {
      const $ = html(site, page);
      expect($('title').text()).toContain(project.name);
      expect($('.navbar__title').first().text()).toBe(project.name);
      expect(visibleText(site, page)).toContain(project.name);
      // Compared as addresses, since a link writes the config's address as a valid URI
      // ("<" as "%3C").
      const address = (url: string): string => {
        try {
          return new URL(url).href;
        } catch {
          return url;
        }
      };
      const hrefs = $('a[href]')
        .toArray()
        .map((element) => address($(element).attr('href') ?? ''));
      expect(hrefs).toEqual(
        expect.arrayContaining(
          [project.repositoryUrl, project.issuesUrl, project.pullRequestsUrl, contact.url].map(
            address,
          ),
        ),
      );
    },
  );

  it('states its version, date of adoption and licence in the footer of every page', () => {
    for (const page of pages) {
      const footer = html(site, page)('footer').text();
      expect(footer, page).toContain(
        `Policy version ${policy.version}, adopted ${formatIsoDate(policy.adoptedOn)}.`,
      );
      expect(footer, page).toContain(textLicense.name);
    }
  });

  it('shows the example notice on every page exactly when the config is the example', () => {
    for (const page of pages) {
      const notice = html(site, page)('.theme-announcement-bar');
      if (site.config.isExample) {
        expect(notice.text(), page).toContain(`for the fictional project ${project.name}.`);
        expect(notice.find('a').attr('href'), page).toBe(routePath(where.baseUrl, 'adopt'));
      } else {
        expect(notice, page).toHaveLength(0);
      }
    }
  });

  it('says the same six points, in the same words, on the home page, the policy and the changelog', () => {
    const points = policySummary(site.config.policy.options).map(
      (point) =>
        `${point.name.message}: ${point.sentences.map((sentence) => sentence.message).join(' ')}`,
    );
    for (const page of ['index.html', 'policy.html', 'changelog.html']) {
      const text = visibleText(site, page);
      for (const point of points) {
        expect(text, page).toContain(point);
      }
    }
  });

  it('gives, in every FAQ answer about a kind of use, the verdict of the policy’s table', () => {
    const { options } = site.config.policy;
    const $ = html(site, 'faq.html');
    const faqText = visibleText(site, 'faq.html');
    const policy$ = html(site, 'policy.html');
    const table = policy$('table tbody tr')
      .toArray()
      .map((row) =>
        policy$(row)
          .find('td')
          .toArray()
          .map((cell) => policy$(cell).text())
          .join(' | '),
      );
    const uses = [...faqUses];
    expect(uses.length).toBeGreaterThan(8);
    for (const use of uses) {
      const verdict = verdictFor(use, options);
      const label = resolveChoice(disclosureUses[use].label, options).message;
      if (verdict === null) {
        expect(faqText).not.toContain(label);
        continue;
      }
      const said = verdictLabel(verdict, options).message;
      expect(faqText, use).toContain(`${label}: ${said}.`);
      expect(table, use).toContain(`${label} | ${said}`);
    }
    expect($('h2').length).toBeGreaterThan(15);
  });

  it('keeps the story of the original policy as the original’s, on every page', () => {
    const originStory = [
      /people in the team/i,
      /the team (made|could not|compromised)/i,
      /our team (debated|disagreed|could not)/i,
    ];
    for (const page of pages) {
      const text = visibleText(site, page);
      for (const pattern of originStory) {
        expect(text, page).not.toMatch(pattern);
      }
    }
    expect(visibleText(site, 'changelog.html')).toContain(
      `${project.name} adopted version ${policy.version} of the policy on ${formatIsoDate(policy.adoptedOn)}.`,
    );
  });

  it('keeps the reviewers’ guide under 3,750 words as a reader sees it, replies included', () => {
    // About 15 minutes of reading at 250 words a minute, for a reviewer who reads it once whole.
    const $ = html(site, 'reviewers-guide.html');
    // The table from a disclosed use to its replies is looked up, not read through: one row at
    // a time, when a contributor has said what they used.
    $('article table').remove();
    // The line above every page's title that states the policy's version is not the guide's.
    const versionLine = `Policy version ${policy.version}, adopted ${formatIsoDate(policy.adoptedOn)}.`;
    // The project's name, its contact and each address count as one word, whatever their length.
    const text = [
      project.name,
      contact.label,
      markdownText(project.name),
      markdownText(contact.label),
    ]
      .reduce(
        (current, value) => current.split(value).join('Name'),
        $('article').first().text().replace(versionLine, ''),
      )
      .replace(/https?:\/\/\S+/g, 'Address');
    const words = text.split(/\s+/).filter((word) => word !== '').length;
    expect(words).toBeLessThanOrEqual(3750);
  });
});
