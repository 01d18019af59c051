// Every MDX tag, fed hostile values, comes out as text in both of its renderings: the React
// component on the site and the Markdown of LLM_POLICY.md.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Nodes } from 'mdast';
import markupConfig from '../../tests/fixtures/markup.config';
import type { SiteConfig } from '../config/types';
import { markdownText } from '../utils/markdownText';
import { tagComponents } from '../theme/MDXComponents';
import { renderPage, type Piece } from './page';
import { parseMarkdown } from './parse';
import { mdxTags, type MdxTagName, type TagProps } from './tags';

const context: { siteConfig?: SiteConfig } = vi.hoisted(() => ({}));

vi.mock('@theme-original/MDXComponents', () => ({ default: {} }));
vi.mock('@docusaurus/Link', () => ({
  default: ({ href, to, children }: { href?: string; to?: string; children: ReactNode }) =>
    createElement('a', { href: href ?? to }, children),
}));
vi.mock('@docusaurus/Translate', async (original) => ({
  ...(await original<object>()),
  default: ({ children }: { children: ReactNode }) => children,
}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({
    siteConfig: { baseUrl: '/faq/', customFields: { siteConfig: context.siteConfig } },
    i18n: { currentLocale: 'en', localeConfigs: { en: { htmlLang: 'en' } } },
  }),
}));

const hostileValues = {
  html: '<img src=x onerror=alert(1)>',
  markdown: '*x* [a](javascript:alert(1)) <https://evil.example> ![i](x) `c` | ~~s~~',
  long: '<b>&amp;'.repeat(250),
  rightToLeft: '\u202Eمرحبا بالعالم \u05E9\u05DC\u05D5\u05DD\u202C',
  emoji: '👩🏽‍💻 🏳️‍🌈 <3',
};

function hostileConfig(value: string): SiteConfig {
  return {
    ...markupConfig,
    project: { ...markupConfig.project, name: value },
    contact: { ...markupConfig.contact, label: value },
    textLicense: { ...markupConfig.textLicense, name: value },
  };
}

/** How each tag is used in the test: its attributes, and whether it shows the hostile value. */
interface TagUse {
  readonly props: TagProps;
  readonly shows: boolean;
  readonly children?: boolean;
}

const uses = (value: string): Record<MdxTagName, TagUse> => ({
  WhenOption: { props: { name: 'disclosure', is: 'required' }, shows: true, children: true },
  OptionText: { props: { name: 'commitTrailer' }, shows: false },
  PolicySummary: { props: {}, shows: false },
  DisclosureTable: { props: {}, shows: false },
  ProjectName: { props: {}, shows: true },
  ProjectLink: { props: { to: 'issues' }, shows: true, children: true },
  ContactLink: { props: {}, shows: true },
  TextLicense: { props: {}, shows: true },
  PolicyVersion: { props: { value }, shows: true },
  AdoptionDate: { props: {}, shows: false },
  ThisVersionLink: { props: { version: value }, shows: true },
  VersionsLink: { props: {}, shows: true, children: true },
  UseVerdicts: { props: { uses: ['translation'] }, shows: false },
  OriginDifferences: { props: {}, shows: false },
  DisclosureReplies: { props: {}, shows: false },
});

/**
 * The text a reader sees in some Markdown, after checking that it holds no HTML and no image, and
 * that each link goes to an address of the config, or is an address shown as it stands.
 */
function textOfInertMarkdown(node: Nodes, config: SiteConfig): string {
  expect(node.type).not.toMatch(/^(html|image|imageReference|definition)$/);
  if ('value' in node) {
    return node.value;
  }
  const text =
    'children' in node
      ? node.children.map((child) => textOfInertMarkdown(child, config)).join('')
      : '';
  if (node.type === 'link') {
    const { site, project, contact, textLicense } = config;
    const addresses = [site.url, project.issuesUrl, contact.url, textLicense.url];
    expect(node.url).toMatch(/^https?:/);
    expect(
      addresses.some((address) => node.url.startsWith(address)) || node.url.endsWith(text),
    ).toBe(true);
  }
  return text;
}

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

describe('every MDX tag has a React component and no other', () => {
  it('lists the same tags in src/mdx/tags.ts and src/theme/MDXComponents.tsx', () => {
    expect(Object.keys(tagComponents).sort()).toEqual(Object.keys(mdxTags).sort());
  });
});

describe.each(Object.entries(hostileValues))('a tag fed %s', (_, value) => {
  const config = hostileConfig(value);
  const tags = Object.entries(uses(value)) as [MdxTagName, TagUse][];

  it.each(tags)('<%s> in Markdown is text', (tag, use) => {
    if (mdxTags[tag].markdown === undefined) {
      return;
    }
    // Content inside a tag reaches the renderer already written as Markdown, nested tags kept.
    const children: Piece[] = use.children
      ? [{ tag: 'ProjectName', props: {}, children: [] }, ' and ', markdownText(value)]
      : [];
    const markdown = renderPage([{ tag, props: use.props, children }], config);
    const text = textOfInertMarkdown(parseMarkdown(markdown), config);
    if (use.shows) {
      expect(text).toContain(value);
    }
  });

  it.each(tags)('<%s> in React is text', (tag, use) => {
    context.siteConfig = config;
    const component = tagComponents[tag] as ComponentType<Record<string, unknown>>;
    const children = use.children ? [createElement(tagComponents.ProjectName), ' and ', value] : [];
    const html = renderToStaticMarkup(createElement(component, { ...use.props }, ...children));
    expect(html).not.toMatch(/<(img|b)\b|href="javascript:/);
    if (use.shows) {
      expect(html).toContain(escapeHtml(value));
    }
  });
});
