// Wiring only: every project detail comes from site.config.ts (or the file that SITE_CONFIG
// names), checked here before the build starts.
import { relative } from 'node:path';
import { themes as prismThemes } from 'prism-react-renderer';
import type { Config, Plugin } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { PluginOptions as SearchLocalOptions } from '@easyops-cn/docusaurus-search-local';
import adoptionFilesPlugin, { generatedStaticDirectory } from './plugins/adoption-files';
import leanClientPlugin from './plugins/lean-client';
import policyVersionsPlugin from './plugins/policy-versions';
import socialCardPlugin, { socialCardPath, socialCardStaticDirectory } from './plugins/social-card';
import { selectedConfigPath } from './src/config/selectedConfig';
import { validateSiteConfig } from './src/config/validate';
import { codeTranslator, readCodeTranslations } from './src/config/codeTranslations';
import { cssString, escapeHtml } from './src/config/format';
import { routePath, type RouteName } from './src/config/routes';
import { uriOf } from './src/config/urls';
import { siteMessages } from './src/data/siteMessages';
import { fillMessage } from './src/translation/plural';

const configPath = selectedConfigPath(__dirname);
// The file is chosen at run time, so it is required rather than imported;
// Docusaurus loads this file with jiti, whose require compiles TypeScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rawSiteConfig = (require(configPath) as { default: unknown }).default;
const siteConfig = validateSiteConfig(rawSiteConfig, relative(__dirname, configPath));
const { project, site, contact } = siteConfig;

const defaultLocale = 'en';
// The languages the site is published in. To add one, see "Translate the site" in the README.
const locales = [defaultLocale];
// A pseudo-locale, only when a test asks for one (scripts/pseudo-locale.mjs names it), so that
// `npm run build` and deploys build the published languages alone.
const pseudoLocale = process.env.PSEUDO_LOCALE?.trim() ?? '';
// Docusaurus sets the locale it builds; the config's own text is translated from its code.json.
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? defaultLocale;
const translateMessage = codeTranslator(readCodeTranslations(__dirname, currentLocale));

// Navbar and footer links get the base path here, because Docusaurus sends a
// link such as "/policy" to the home page of a site served under "/policy/".
const pathTo = (route: RouteName): string => routePath(site.baseUrl, route);

const exampleNotice = siteConfig.isExample
  ? {
      id: 'example-configuration',
      // The notice is HTML: the translated words are escaped like the project's name.
      content: fillMessage(escapeHtml(translateMessage(siteMessages.exampleNotice)), {
        project: escapeHtml(project.name),
        adoptLink: `<a href="${pathTo('adopt')}">${escapeHtml(translateMessage(siteMessages.exampleNoticeLink))}</a>`,
      }),
      backgroundColor: 'var(--site-notice-background)',
      textColor: 'var(--site-notice-text)',
      isCloseable: false,
    }
  : undefined;

const config: Config = {
  title: translateMessage(siteMessages.title, { project: project.name }),
  tagline: translateMessage(siteMessages.tagline, { project: project.name }),
  favicon: 'img/mark.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  trailingSlash: false,

  future: { v4: true, faster: true },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },

  i18n: {
    defaultLocale,
    locales: pseudoLocale === '' ? locales : [...locales, pseudoLocale],
    // "en-XA" is a private-use tag for pseudo-translated English, which checkers accept.
    localeConfigs:
      pseudoLocale === '' ? {} : { [pseudoLocale]: { label: 'Pseudo', htmlLang: 'en-XA' } },
  },

  customFields: { siteConfig },

  // The public origin, for the addresses that src/css/print.css writes after links on paper.
  headTags: [
    {
      tagName: 'style',
      attributes: {},
      innerHTML: `:root{--site-origin:${cssString(site.url)}}`,
    },
  ],

  // Marks links to the same page, whose address src/css/print.css leaves off paper.
  clientModules: ['./src/clientModules/samePageLinks.ts'],

  staticDirectories: ['static', generatedStaticDirectory, socialCardStaticDirectory],
  // The plugins' content is typed; Docusaurus's list of plugins only knows `unknown` content.
  plugins: [
    (context) => adoptionFilesPlugin(context, { siteConfig }) as Plugin,
    (context) => policyVersionsPlugin(context, { siteConfig }) as Plugin,
    (context) => socialCardPlugin(context, { siteConfig }) as Plugin,
    (context) => leanClientPlugin(context),
  ],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        // Every page is a doc served from the site's root, so the whole site is searched.
        docsRouteBasePath: '/',
        indexBlog: false,
        // Lunr's English stemmer, whatever the locale being built: the plugin needs no locale
        // of its own, so a build of another locale still works.
        language: ['en'],
        // The plugin's keyboard-shortcut hint fails colour contrast; the shortcut still works.
        searchBarShortcutHint: false,
        // Form fields hold the builder's file previews and lists of choices, not the page's words.
        ignoreCssSelectors: ['textarea', 'select'],
      } satisfies SearchLocalOptions,
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', './src/css/print.css'] },
        sitemap: { changefreq: null, priority: null, lastmod: null },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    // Made absolute with site.url and the base path, for og:image and twitter:image.
    image: socialCardPath,
    colorMode: { respectPrefersColorScheme: true },
    announcementBar: exampleNotice,
    navbar: {
      title: project.name,
      logo: { alt: '', src: 'img/mark.svg', width: 28, height: 28 },
      items: [
        { to: pathTo('policy'), label: 'Policy', position: 'left' },
        { to: pathTo('selfCheck'), label: 'Self-check', position: 'left' },
        { to: pathTo('reviewersGuide'), label: 'Reviewers’ guide', position: 'left' },
        { to: pathTo('replyTemplates'), label: 'Reply templates', position: 'left' },
        { to: pathTo('faq'), label: 'FAQ', position: 'left' },
        { to: pathTo('adopt'), label: 'Adopt', position: 'left' },
        { href: uriOf(project.repositoryUrl), label: 'Repository', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'The policy',
          items: [
            { label: 'Policy', to: pathTo('policy') },
            { label: 'Values', to: pathTo('values') },
            { label: 'Why we have it', to: pathTo('concerns') },
            { label: 'FAQ', to: pathTo('faq') },
          ],
        },
        {
          title: 'For reviewers',
          items: [
            { label: 'Reviewers’ guide', to: pathTo('reviewersGuide') },
            { label: 'Reply templates', to: pathTo('replyTemplates') },
            { label: 'Glossary', to: pathTo('glossary') },
          ],
        },
        {
          title: project.name,
          items: [
            { label: 'Repository', href: uriOf(project.repositoryUrl) },
            { label: 'Issues', href: uriOf(project.issuesUrl) },
            { label: 'Pull requests', href: uriOf(project.pullRequestsUrl) },
            { label: 'Ask a question', href: uriOf(contact.url) },
          ],
        },
        {
          title: 'About',
          items: [
            { label: 'About and credits', to: pathTo('about') },
            { label: 'Changelog', to: pathTo('changelog') },
            { label: 'Adopt this policy', to: pathTo('adopt') },
            { label: 'How this policy compares', to: pathTo('comparison') },
            // Where to fork this site, when the config names it; not the project's repository.
            ...(site.sourceRepository === undefined
              ? []
              : [{ label: 'Source of this site', href: uriOf(site.sourceRepository) }]),
          ],
        },
      ],
      // The policy's version, date and licence follow the links: src/theme/Footer/Layout.
    },
    // The themes' plain colours meet 4.5:1 contrast, and every code block on the site is plain
    // (its language has no Prism grammar). Some of their token colours do not: a block that Prism
    // colours would fail the axe tests of its page.
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
