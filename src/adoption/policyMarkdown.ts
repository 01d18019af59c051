import { formatIsoDate } from '../config/format';
import type { SiteConfig } from '../config/types';
import { policyAddress, siteAddress } from '../config/urls';
import { renderPage, type Piece } from '../mdx/page';
import { compilePage, docPathOf, freezePage } from '../mdx/parse';
import { markdownLink, markdownText } from '../utils/markdownText';

/**
 * The policy page and the site path of every page it may link to. The build reads both from
 * docs/; the adoption builder receives the page already in pieces (`pieces`), so the browser
 * and the build turn it into the same file.
 */
export interface PolicySource {
  /** The text of the policy page (docs/policy.mdx), front matter included. */
  readonly mdx: string;
  /** Site path of each page in docs/, by file name: { "glossary.mdx": "/glossary" }. */
  readonly docPaths: Readonly<Record<string, string>>;
  /** The text of src/adoption/pullRequestCheck/checkDescription.mjs, which the generated check script holds. */
  readonly checkScriptCore: string;
  /** The policy page as src/mdx/page.ts pieces; when given, `mdx` and `docPaths` are not read. */
  readonly pieces?: readonly Piece[];
}

export { docPathOf };

// The build and the tests render the same page for many configs: it is parsed once.
const compiledPages = new WeakMap<PolicySource, readonly Piece[]>();

function piecesOf(source: PolicySource): readonly Piece[] {
  const pieces =
    source.pieces ?? compiledPages.get(source) ?? compilePage(source.mdx, source.docPaths);
  compiledPages.set(source, pieces);
  return pieces;
}

/**
 * The policy's text as Markdown, without a title: passages in `<WhenOption>`
 * are kept or dropped by the configured options, the project's details are
 * filled in, and links point to the published site.
 */
export function policyMarkdownBody(config: SiteConfig, source: PolicySource): string {
  return renderPage(piecesOf(source), config);
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

/** The policy page's MDX for one released version, to keep in docs/_versions/ (see `freezePage`). */
export function freezePolicyMdx(config: SiteConfig, mdx: string): string {
  return freezePage(config, mdx);
}
