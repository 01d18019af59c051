// The MDX tags that every page may use without an import, and what each one becomes outside the
// site. To add a tag: give it an entry here, then its React component in
// src/theme/MDXComponents.tsx (the type checker refuses a tag that has one and not the other).
// - `markdown`: the tag in plain Markdown, as in LLM_POLICY.md. A tag without it may not appear
//   on a page that is turned into Markdown.
// - `frozen`: what an earlier version of the policy (docs/_versions/) keeps, so that its text
//   never changes: the tag as written ('live'), the tag with today's value written into it
//   (`pin`), Markdown in its place (`write`), or its content if the options keep it (`keep`).
import { formatIsoDate } from '../config/format';
import type { ProjectLinkTarget, SiteConfig } from '../config/types';
import { uriOf } from '../config/urls';
import { versionPath, versionsIndexPath } from '../config/versionPaths';
import { optionMatches, optionValue } from './conditions';
import { summaryMarkdown } from './summaryMarkdown';
import { disclosureTable, rowAnchor } from '../data/disclosureUses';
import { policySummary, summaryText } from '../data/policySummary';
import {
  markdownDestination,
  markdownLineStart,
  markdownLink,
  markdownText,
} from '../utils/markdownText';

/** A tag's attributes: text, or a list of texts (`uses={['translation']}`). */
export type TagProps = Readonly<Record<string, string | readonly string[]>>;

/** The tag in Markdown for a config; `children` is its content, already Markdown. */
export type MarkdownRendering = (props: TagProps, config: SiteConfig, children: string) => string;

export type FrozenTag =
  | 'live'
  | { readonly pin: (config: SiteConfig) => Readonly<Record<string, string>> }
  | { readonly write: (props: TagProps, config: SiteConfig) => string }
  | { readonly keep: (props: TagProps, config: SiteConfig) => boolean };

export interface TagEntry {
  readonly markdown?: MarkdownRendering;
  readonly frozen: FrozenTag;
}

/** An attribute that must be text. */
function text(props: TagProps, name: string): string | undefined {
  const value = props[name];
  return typeof value === 'string' ? value : undefined;
}

function conditionHolds(props: TagProps, config: SiteConfig): boolean {
  const condition = {
    name: text(props, 'name') ?? '',
    is: text(props, 'is'),
    not: text(props, 'not'),
  };
  return optionMatches(config.policy.options, condition);
}

function projectLinkUrl(config: SiteConfig, target: string): string {
  const urls: Record<ProjectLinkTarget, string> = {
    repository: config.project.repositoryUrl,
    issues: config.project.issuesUrl,
    pullRequests: config.project.pullRequestsUrl,
    contact: config.contact.url,
  };
  if (!Object.hasOwn(urls, target)) {
    throw new Error(
      `<ProjectLink to="${target}"> names no link. Expected one of: ${Object.keys(urls).join(', ')}.`,
    );
  }
  return urls[target as ProjectLinkTarget];
}

function versionAddress(config: SiteConfig, version: string): string {
  return `${config.site.url}${versionPath(config.site.baseUrl, version)}`;
}

/**
 * The table "When to disclose" as a Markdown table. A frozen version keeps each row's anchor
 * (`#use-translation`) with an empty element at the start of the row.
 */
export function disclosureTableMarkdown(config: SiteConfig, withRowAnchors = false): string {
  const rows = disclosureTable(config.policy.options).map(
    (row) =>
      `| ${withRowAnchors ? `<span id="${rowAnchor(row.use)}" />` : ''}${markdownText(row.label.message)} | ${markdownText(row.verdictLabel.message)} |`,
  );
  return ['| Kind of LLM use | What the policy asks |', '| - | - |', ...rows].join('\n');
}

const optionText = (props: TagProps, config: SiteConfig): string =>
  markdownText(optionValue(config.policy.options, text(props, 'name') ?? ''));

const entries = {
  WhenOption: {
    markdown: (props, config, children) => (conditionHolds(props, config) ? children : ''),
    frozen: { keep: conditionHolds },
  },
  OptionText: { markdown: optionText, frozen: { write: optionText } },
  PolicySummary: {
    markdown: (_, config) => summaryMarkdown(config),
    frozen: {
      write: (_, config) =>
        policySummary(config.policy.options)
          .map(
            (point) =>
              `- **[${markdownText(point.name.message)}](#${point.id})**: ${markdownText(summaryText(point))}`,
          )
          .join('\n'),
    },
  },
  DisclosureTable: {
    markdown: (_, config) => disclosureTableMarkdown(config),
    frozen: { write: (_, config) => disclosureTableMarkdown(config, true) },
  },
  // The name may start a line ("<ProjectName /> keeps a file..."), where a name such as
  // "1. Lab" or "- x" would begin a list, so it is escaped as at the start of a line.
  ProjectName: { markdown: (_, config) => markdownLineStart(config.project.name), frozen: 'live' },
  ProjectLink: {
    markdown: (props, config, children) =>
      `[${children}](${markdownDestination(projectLinkUrl(config, text(props, 'to') ?? ''))})`,
    frozen: 'live',
  },
  ContactLink: {
    markdown: (_, { contact }) => markdownLink(contact.label, contact.url),
    frozen: 'live',
  },
  TextLicense: {
    markdown: (_, { textLicense }) => markdownLink(textLicense.name, textLicense.url),
    frozen: 'live',
  },
  PolicyVersion: {
    markdown: (props, config) => markdownText(text(props, 'value') ?? config.policy.version),
    frozen: { pin: (config) => ({ value: config.policy.version }) },
  },
  AdoptionDate: {
    markdown: (props, config) => formatIsoDate(text(props, 'date') ?? config.policy.adoptedOn),
    frozen: { pin: (config) => ({ date: config.policy.adoptedOn }) },
  },
  ThisVersionLink: {
    markdown: (props, config) => {
      const address = versionAddress(config, text(props, 'version') ?? config.policy.version);
      return markdownLink(address, uriOf(address));
    },
    frozen: { pin: (config) => ({ version: config.policy.version }) },
  },
  VersionsLink: {
    markdown: (_, config, children) =>
      `[${children}](${markdownDestination(`${config.site.url}${versionsIndexPath(config.site.baseUrl)}`)})`,
    frozen: 'live',
  },
  // Shown on the FAQ, the changelog and the reviewers' guide only, which are not turned into
  // Markdown.
  UseVerdicts: { frozen: 'live' },
  OriginDifferences: { frozen: 'live' },
  DisclosureReplies: { frozen: 'live' },
} satisfies Record<string, TagEntry>;

export type MdxTagName = keyof typeof entries;

export const mdxTags: Readonly<Record<MdxTagName, TagEntry>> = entries;

/** True for the name of a tag in the registry. */
export function isMdxTag(name: string): name is MdxTagName {
  return Object.hasOwn(mdxTags, name);
}
