import { formatIsoDate } from '../config/format';
import type { ProjectLinkTarget, SiteConfig } from '../config/types';
import { optionMatches, optionValue } from './conditions';
import { routeOfPath } from '../config/routes';
import { disclosureTable, rowAnchor } from '../data/disclosureUses';
import { summaryMarkdown } from './summaryMarkdown';
import { policyAddress, siteAddress } from '../config/urls';
import { policySummary, summaryText } from '../data/policySummary';
import { versionPath, versionsIndexPath } from '../config/versionPaths';
import {
  markdownDestination,
  markdownLineStart,
  markdownLink,
  markdownText,
} from '../utils/markdownText';

/**
 * The MDX source of the policy page and the site path of every page it may
 * link to. The build reads both from docs/; the adoption builder receives
 * the same object, so the browser and the build turn it into the same file.
 */
export interface PolicySource {
  /** The text of the policy page (docs/policy.mdx), front matter included. */
  readonly mdx: string;
  /** Site path of each page in docs/, by file name: { "glossary.mdx": "/glossary" }. */
  readonly docPaths: Readonly<Record<string, string>>;
  /** The text of src/adoption/pullRequestCheck/checkDescription.mjs, which the generated check script holds. */
  readonly checkScriptCore: string;
}

/** A page's site path: its `slug` front matter, or its file name without the extension. */
export function docPathOf(fileName: string, source: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const slug = /^slug:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(frontMatter)?.[1];
  return slug ?? `/${fileName.replace(/\.mdx?$/, '')}`;
}

class UnsupportedMdxError extends Error {
  constructor(what: string) {
    super(
      `The policy page uses MDX that the Markdown generator cannot turn into plain Markdown: ${what}. ` +
        'Use Markdown, <WhenOption>, <OptionText> and the project components only ' +
        '(see src/adoption/policyMarkdown.ts).',
    );
    this.name = 'UnsupportedMdxError';
  }
}

const fencePattern = /^(```|~~~)[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm;
// Private-use characters mark where a code block was; they never occur in the policy's text.
const placeholderPattern = /\uE000(\d+)\uE001/g;

/** Replaces fenced code blocks with numbered placeholders, so nothing inside them is rewritten. */
function protectFences(text: string): { readonly text: string; readonly fences: string[] } {
  const fences: string[] = [];
  const protectedText = text.replace(fencePattern, (fence) => {
    fences.push(fence);
    return `\uE000${fences.length - 1}\uE001`;
  });
  return { text: protectedText, fences };
}

function restoreFences(text: string, fences: readonly string[]): string {
  return text.replace(placeholderPattern, (_, index: string) => fences[Number(index)]);
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** Keeps or drops each `<WhenOption>` passage of MDX, as the options choose. */
export function applyConditions(text: string, config: SiteConfig): string {
  return text.replace(
    /<WhenOption\b([^>]*)>([\s\S]*?)<\/WhenOption>/g,
    (_, attributes: string, children: string) => {
      if (children.includes('<WhenOption')) {
        throw new UnsupportedMdxError('a <WhenOption> inside another <WhenOption>');
      }
      if (/^#{1,6} /m.test(children)) {
        throw new UnsupportedMdxError(
          'a heading inside <WhenOption> (headings must stay, so that links to them keep working)',
        );
      }
      const condition = {
        name: attribute(attributes, 'name') ?? '',
        is: attribute(attributes, 'is'),
        not: attribute(attributes, 'not'),
      };
      return optionMatches(config.policy.options, condition) ? children : '';
    },
  );
}

function projectLinkUrl(config: SiteConfig, target: string): string {
  const urls: Record<ProjectLinkTarget, string> = {
    repository: config.project.repositoryUrl,
    issues: config.project.issuesUrl,
    pullRequests: config.project.pullRequestsUrl,
    contact: config.contact.url,
  };
  if (!(target in urls)) {
    throw new UnsupportedMdxError(`<ProjectLink to="${target}">`);
  }
  return urls[target as ProjectLinkTarget];
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
  return ['| Kind of LLM use | What the policy asks |', '| --- | --- |', ...rows].join('\n');
}

// The anchors a frozen version keeps in its table; they have no place in plain Markdown.
const rowAnchorPattern = /<span id="use-[\w-]+" \/>/g;

/**
 * Values from the configuration wait behind placeholders while the MDX is
 * turned into Markdown, so that nothing in them can be read as MDX or
 * Markdown; they go back in, escaped, at the very end.
 */
interface Values {
  readonly add: (markdown: string) => string;
  readonly restore: (text: string) => string;
}

// Private-use characters, like the code-block placeholders, never occur in the policy's text.
const valuePattern = /\uE002(\d+)\uE003/g;

function valueStore(): Values {
  const stored: string[] = [];
  return {
    add: (markdown) => {
      stored.push(markdown);
      return `\uE002${stored.length - 1}\uE003`;
    },
    restore: (text) => text.replace(valuePattern, (_, index: string) => stored[Number(index)]),
  };
}

/** The version a `<PolicyVersion>` or `<ThisVersionLink>` names: its own, once frozen, or the config's. */
function versionOf(attributes: string, config: SiteConfig): string {
  return (
    attribute(attributes, 'value') ?? attribute(attributes, 'version') ?? config.policy.version
  );
}

// <ProjectName /> may start a line ("<ProjectName /> keeps a file..."), where a name such as
// "1. Lab" or "- x" would begin a list, so the name is escaped as at the start of a line.
function applyComponents(text: string, config: SiteConfig, values: Values): string {
  const { project, policy, contact, textLicense, site } = config;
  return text
    .replace(rowAnchorPattern, '')
    .replace(/<PolicySummary\s*\/>/g, () => values.add(summaryMarkdown(config)))
    .replace(/<DisclosureTable\s*\/>/g, () => values.add(disclosureTableMarkdown(config)))
    .replace(/<ProjectName\s*\/>/g, () => values.add(markdownLineStart(project.name)))
    .replace(/<PolicyVersion\b([^>]*?)\/>/g, (_, attributes: string) =>
      values.add(markdownText(versionOf(attributes, config))),
    )
    .replace(/<AdoptionDate\b([^>]*?)\/>/g, (_, attributes: string) =>
      values.add(formatIsoDate(attribute(attributes, 'date') ?? policy.adoptedOn)),
    )
    .replace(/<ThisVersionLink\b([^>]*?)\/>/g, (_, attributes: string) => {
      const address = `${site.url}${versionPath(site.baseUrl, versionOf(attributes, config))}`;
      return values.add(markdownLink(address, address));
    })
    .replace(
      /<VersionsLink>([\s\S]*?)<\/VersionsLink>/g,
      (_, children: string) =>
        `[${children}](${values.add(markdownDestination(`${site.url}${versionsIndexPath(site.baseUrl)}`))})`,
    )
    .replace(/<ContactLink\s*\/>/g, () => values.add(markdownLink(contact.label, contact.url)))
    .replace(/<TextLicense\s*\/>/g, () =>
      values.add(markdownLink(textLicense.name, textLicense.url)),
    )
    .replace(/<OptionText\b([^>]*?)\/>/g, (_, attributes: string) =>
      values.add(markdownText(optionValue(policy.options, attribute(attributes, 'name') ?? ''))),
    )
    .replace(
      /<ProjectLink\b([^>]*)>([\s\S]*?)<\/ProjectLink>/g,
      (_, attributes: string, children: string) =>
        `[${children}](${values.add(
          markdownDestination(projectLinkUrl(config, attribute(attributes, 'to') ?? '')),
        )})`,
    );
}

/** Relative links to other pages become absolute addresses of the published site. */
function applyLinks(text: string, config: SiteConfig, source: PolicySource): string {
  return text.replace(/\]\(([^)\s]+)\)/g, (link, target: string) => {
    // An absolute address, or a project link waiting behind its placeholder.
    if (/^([a-z]+:|\uE002)/i.test(target)) {
      return link;
    }
    const [file, anchor] = target.split('#') as [string, string | undefined];
    const suffix = anchor === undefined ? '' : `#${anchor}`;
    if (file === '') {
      return `](${policyAddress(config)}${suffix})`;
    }
    // A frozen version lives in docs/_versions/, one folder down, so its links start with "../".
    const path = source.docPaths[file.replace(/^\.{1,2}\//, '')] as string | undefined;
    const route = path === undefined ? undefined : routeOfPath(path);
    if (route === undefined) {
      throw new UnsupportedMdxError(`a link to "${target}", which is not a page in docs/`);
    }
    return `](${siteAddress(config, route)}${suffix})`;
  });
}

/** Admonitions (`:::info[In short]` ... `:::`) become a bold title over their content. */
function applyAdmonitions(text: string): string {
  return text
    .replace(/^:::[a-z]+(?:\[(.*)\])?[ \t]*$/gm, (_, title: string | undefined) =>
      title === undefined ? '' : `**${title}**`,
    )
    .replace(/^:::[ \t]*$/gm, '');
}

function checkNothingLeft(text: string): void {
  const leftovers: [RegExp, string][] = [
    [/^(import|export)\s/m, 'an import or export line'],
    [/<\/?[A-Z][A-Za-z]*/, 'a component'],
    [/[{}]/, 'a JavaScript expression in braces'],
    [/^:::/m, 'an admonition'],
  ];
  for (const [pattern, what] of leftovers) {
    const match = pattern.exec(text);
    if (match) {
      const line = text.slice(0, match.index).split('\n').length;
      // A value from the config waits behind private-use characters; show it as "…".
      const excerpt = text
        .split('\n')
        [line - 1].replace(/\uE002\d+\uE003/g, '…')
        .trim()
        .slice(0, 80);
      throw new UnsupportedMdxError(`${what}, in "${excerpt}"`);
    }
  }
}

/**
 * The policy's text as Markdown, without a title: passages in `<WhenOption>`
 * are kept or dropped by the configured options, the project's details are
 * filled in, and links point to the published site.
 */
export function policyMarkdownBody(config: SiteConfig, source: PolicySource): string {
  const body = source.mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const fenced = protectFences(body);
  let text = applyConditions(fenced.text, config);
  text = text.replace(/[ \t]*\{\/\*[\s\S]*?\*\/\}/g, '');
  const values = valueStore();
  text = applyComponents(text, config, values);
  text = applyLinks(text, config, source);
  text = applyAdmonitions(text);
  checkNothingLeft(text);
  // A passage left out from the middle of a line leaves two spaces behind.
  text = text.replace(/(\S) {2,}(?=\S)/g, '$1 ');
  // The code blocks go back first: a value from the config may hold the characters that mark
  // where a code block was.
  return values
    .restore(restoreFences(text, fenced.fences))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The whole policy as one plain Markdown file, for a repository
 * (LLM_POLICY.md). It is made from the same MDX as the policy page.
 */
export function policyMarkdown(config: SiteConfig, source: PolicySource): string {
  const text = policyMarkdownBody(config, source);
  const { project, policy, textLicense } = config;
  return [
    '<!-- Made by the policy site from its configuration. To change this file, edit the site and build it again. -->',
    '',
    `# ${markdownText(project.name)} LLM contribution policy`,
    '',
    `Version ${policy.version}, adopted on ${formatIsoDate(policy.adoptedOn)}. ` +
      `The web version of this policy, with the reasons behind it, is at ${policyAddress(config)}`,
    '',
    text,
    '',
    '---',
    '',
    `This text is shared under ${markdownLink(textLicense.name, textLicense.url)}. ` +
      `Where it comes from: ${siteAddress(config, 'about')}`,
    '',
  ].join('\n');
}

/**
 * The policy page's MDX as it stands for one released version, to keep in
 * docs/_versions/ when the next version replaces it. The options are applied
 * and everything that depends on them (the summary, the table, option values)
 * is written out, so the version reads the same for good; the version number
 * and date are written into their components. Only the project's name and
 * links stay live, so that they follow the site config. Links to other pages
 * start with "../", because the file sits one folder down.
 */
export function freezePolicyMdx(config: SiteConfig, mdx: string): string {
  const { policy } = config;
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(mdx)?.[0] ?? '';
  const fenced = protectFences(mdx.slice(frontMatter.length));
  const summary = policySummary(policy.options)
    .map(
      (point) =>
        `- **[${markdownText(point.name.message)}](#${point.id})**: ${markdownText(summaryText(point))}`,
    )
    .join('\n');
  const text = applyConditions(fenced.text, config)
    .replace(/<PolicySummary\s*\/>/g, () => summary)
    .replace(/<DisclosureTable\s*\/>/g, () => disclosureTableMarkdown(config, true))
    .replace(/<OptionText\b([^>]*?)\/>/g, (_, attributes: string) =>
      markdownText(optionValue(policy.options, attribute(attributes, 'name') ?? '')),
    )
    .replace(/<PolicyVersion\s*\/>/g, () => `<PolicyVersion value="${policy.version}" />`)
    .replace(/<AdoptionDate\s*\/>/g, () => `<AdoptionDate date="${policy.adoptedOn}" />`)
    .replace(/<ThisVersionLink\s*\/>/g, () => `<ThisVersionLink version="${policy.version}" />`)
    .replace(/\]\(\.\/([^)\s]+)\)/g, '](../$1)')
    .replace(/(\S) {2,}(?=\S)/g, '$1 ');
  return `${restoreFences(text, fenced.fences)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
