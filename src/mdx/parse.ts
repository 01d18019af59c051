// Reads the site's MDX pages as syntax trees (mdast, with the MDX node types), and writes them
// back as Markdown or MDX. The only place that parses MDX: it runs at build time and in tests,
// never in the browser (plugins/adoption-files swaps this module out of the client's bundle).
import type { Link, Nodes, Parents, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import {
  mdxFromMarkdown,
  mdxToMarkdown,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';
import type { SiteConfig } from '../config/types';
import { routeOfPath, type RouteName } from '../config/routes';
import type { LinkPiece, Piece, TagPiece } from './page';
import { isMdxTag, mdxTags, type MdxTagName, type TagProps } from './tags';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** The error for MDX that cannot become Markdown: it names what, and on which line. */
function unsupported(what: string, node: Nodes): Error {
  return new Error(
    `The page uses MDX that cannot be turned into plain Markdown: ${what} (line ${node.position?.start.line ?? '?'}). ` +
      'Use Markdown and the tags of src/mdx/tags.ts only.',
  );
}

const syntax = [mdxjs(), gfm(), frontmatter()];
const treeSyntax = [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown()];

/** An MDX page as a tree, front matter included (a `yaml` node). */
export function parseMdx(mdx: string): Root {
  return fromMarkdown(mdx, { extensions: syntax, mdastExtensions: treeSyntax });
}

/** Plain Markdown (with GitHub's tables) as a tree. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** A page's site path: its `slug` front matter, or its file name without the extension. */
export function docPathOf(fileName: string, source: string): string {
  const node = parseMdx(source).children.at(0);
  const frontMatter: unknown = node?.type === 'yaml' ? parseYaml(node.value) : null;
  const slug: unknown = (frontMatter as { slug?: unknown } | null)?.slug;
  return typeof slug === 'string' ? slug : `/${fileName.slice(0, fileName.lastIndexOf('.'))}`;
}

// Written like the pages in docs/.
const markdownExtensions = [gfmToMarkdown({ tablePipeAlign: false })];
const markdownStyle: Options = {
  bullet: '-',
  emphasis: '*',
  listItemIndent: 'one',
  rule: '-',
  extensions: markdownExtensions,
};

function propsOf(node: Element): TagProps {
  return Object.fromEntries(
    node.attributes.map((attribute): [string, TagProps[string]] => {
      if (attribute.type === 'mdxJsxAttribute') {
        const { value } = attribute;
        if (value === null || value === undefined) {
          return [attribute.name, ''];
        }
        if (typeof value === 'string') {
          return [attribute.name, value];
        }
        // `uses={['translation', 'accessibility']}`: a list of texts is the one expression kept.
        const statement = value.data?.estree?.body.at(0);
        const list = statement?.type === 'ExpressionStatement' ? statement.expression : null;
        const items = list?.type === 'ArrayExpression' ? list.elements : [null];
        const texts = items.map((item) => (item?.type === 'Literal' ? item.value : null));
        if (texts.every((text) => typeof text === 'string')) {
          return [attribute.name, texts];
        }
      }
      throw unsupported(`a JavaScript expression in <${node.name ?? ''}>`, node);
    }),
  );
}

function isComment(node: Nodes): boolean {
  return (
    (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') &&
    node.data?.estree?.body.length === 0
  );
}

/** The empty `<span id="use-translation" />` that starts a row of a frozen version's table. */
function isRowAnchor(node: Nodes): boolean {
  return node.type === 'mdxJsxTextElement' && node.name === 'span' && node.children.length === 0;
}

/**
 * Takes a node out of its parent. The spaces on either side of it become one, so that no
 * sentence keeps two spaces, or one at its end.
 */
function removeAt(parent: Parents, index: number): void {
  const children: RootContent[] = parent.children;
  const before = index > 0 ? children.at(index - 1) : undefined;
  const after = children.at(index + 1);
  children.splice(index, 1);
  if (before?.type === 'text' && (after === undefined || after.type === 'text')) {
    const spaceAfter = after === undefined || after.value.trimStart() !== after.value;
    if (spaceAfter) {
      before.value = before.value.trimEnd();
    }
  } else if (before === undefined && after?.type === 'text') {
    after.value = after.value.trimStart();
  }
}

/**
 * Visits every node below `parent`, children first. `visit` returns what takes the node's place:
 * nothing (it is removed), a list of nodes, or undefined to keep it.
 */
function transform(parent: Parents, visit: (node: RootContent) => RootContent[] | undefined): void {
  for (let index = parent.children.length - 1; index >= 0; index -= 1) {
    const node = parent.children[index];
    if ('children' in node) {
      transform(node, visit);
    }
    const replacement = visit(node);
    if (replacement?.length === 0) {
      removeAt(parent, index);
    } else if (replacement !== undefined) {
      (parent.children as RootContent[]).splice(index, 1, ...replacement);
    }
  }
}

/**
 * An admonition's opening or closing line (`:::info[In short]`, `:::`), which the parser reads
 * as a paragraph of its own when blank lines surround it; undefined for any other node.
 */
function admonitionLine(node: RootContent): string | undefined {
  const lines =
    node.type === 'paragraph'
      ? node.children
          .map((child) => ('value' in child ? child.value : ''))
          .join('')
          .split('\n')
      : [];
  if (!lines.some((line) => line.startsWith(':::'))) {
    return undefined;
  }
  if (lines.length > 1 || node.type !== 'paragraph' || node.children.length > 1) {
    throw unsupported('an admonition line (":::") without a blank line before and after it', node);
  }
  return lines[0];
}

const hasHeading = (node: Nodes): boolean =>
  node.type === 'heading' || ('children' in node && node.children.some(hasHeading));

/** The tag of an element; null for another component, when the page may import its own. */
function tagOf(node: Element, skipImports: boolean): MdxTagName | null {
  const name = node.name ?? '';
  if (!isMdxTag(name)) {
    if (skipImports) {
      return null;
    }
    throw unsupported(`<${name}>, which is not a tag of src/mdx/tags.ts`, node);
  }
  if (name === 'WhenOption' && hasHeading(node)) {
    throw unsupported(
      'a heading inside <WhenOption> (headings must stay, so that links to them keep working)',
      node,
    );
  }
  return name;
}

/** Where a link goes: the route of a page of this site, or undefined for any other address. */
function siteLink(
  node: Link,
  docPaths: Readonly<Record<string, string>>,
): Pick<LinkPiece, 'route' | 'hash'> | undefined {
  const { url } = node;
  try {
    new URL(url);
    return undefined;
  } catch {
    // Not an absolute address: a page of this site.
  }
  const hashAt = url.includes('#') ? url.indexOf('#') : url.length;
  const [file, hash] = [url.slice(0, hashAt), url.slice(hashAt)];
  if (file === '') {
    return { route: 'policy', hash };
  }
  // A frozen version lives in docs/_versions/, one folder down, so its links start with "../".
  const path = docPaths[file.slice(file.lastIndexOf('/') + 1)] as string | undefined;
  const route: RouteName | undefined = path === undefined ? undefined : routeOfPath(path);
  if (route === undefined) {
    throw unsupported(`a link to "${url}", which is not a page in docs/`, node);
  }
  return { route, hash };
}

// The serializer writes this character where a tag or a link goes. Parsers of Markdown turn it
// into U+FFFD, so no page's text holds it.
const marker = '\u0000';

/**
 * A page turned into the pieces of src/mdx/page.ts: Markdown as it stands, and the tags and
 * links to fill in for a config. Front matter and comments go; anything that cannot become
 * Markdown (an unknown tag, an expression, an import) throws an error that names it, unless
 * `skipImports` leaves out the imports and the components that are not tags.
 */
export function compilePage(
  mdx: string,
  docPaths: Readonly<Record<string, string>>,
  { skipImports = false } = {},
): Piece[] {
  const tree = parseMdx(mdx);
  transform(tree, (node) => {
    if (node.type === 'yaml' || isComment(node) || isRowAnchor(node)) {
      return [];
    }
    if (node.type === 'mdxjsEsm') {
      if (!skipImports) {
        throw unsupported('an import or export line', node);
      }
      return [];
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      throw unsupported(`a JavaScript expression, {${node.value}}`, node);
    }
    // Outside the site, an admonition is its content under its title in bold.
    const line = admonitionLine(node);
    if (line === undefined) {
      return undefined;
    }
    const title = { type: 'text', value: line.slice(line.indexOf('[') + 1, -1) } as const;
    return line.endsWith(']')
      ? [{ type: 'paragraph', children: [{ type: 'strong', children: [title] }] }]
      : [];
  });

  // Each tag or link is written as the marker, and kept with its content, itself in pieces.
  const levels: (TagPiece | LinkPiece)[][] = [[]];
  const piecesOf = (text: string, dynamic: readonly (TagPiece | LinkPiece)[]): Piece[] =>
    text
      .split(marker)
      .flatMap((part, index) => (index < dynamic.length ? [part, dynamic[index]] : [part]))
      .filter((piece) => piece !== '');
  const record = (
    make: (children: Piece[]) => TagPiece | LinkPiece,
    write: () => string,
  ): string => {
    levels.push([]);
    const text = write();
    const nested = levels.pop() ?? [];
    levels[levels.length - 1].push(make(piecesOf(text, nested)));
    return marker;
  };
  const element: Handle = (node: Element, _, state, info) => {
    const tag = tagOf(node, skipImports);
    if (tag === null) {
      return '';
    }
    // Its Markdown is filled in later, where the list or quotation can no longer indent it.
    if (
      node.type === 'mdxJsxFlowElement' &&
      (state.stack.includes('listItem') || state.stack.includes('blockquote'))
    ) {
      throw unsupported(`<${tag}> as a block inside a list or a quotation`, node);
    }
    return record(
      (children) => ({ tag, props: propsOf(node), children }),
      () =>
        node.type === 'mdxJsxFlowElement'
          ? state.containerFlow(node, info)
          : state.containerPhrasing(node, info),
    );
  };
  const link: Handle = (node: Link, parent, state, info) => {
    const target = siteLink(node, docPaths);
    if (target === undefined) {
      return defaultHandlers.link(node, parent, state, info);
    }
    return record(
      (children) => ({ ...target, children }),
      () => state.containerPhrasing(node, { ...info, before: '[', after: ']' }),
    );
  };
  // What the serializer looks at to write the text before a tag or a link.
  const peek = { peek: () => marker };
  const text = toMarkdown(tree, {
    ...markdownStyle,
    handlers: {
      mdxJsxFlowElement: Object.assign(element, peek),
      mdxJsxTextElement: Object.assign(element, peek),
      link: Object.assign(link, { peek: () => '[' }),
    },
  });
  return piecesOf(text, levels[0]);
}

let lastFrozen: { readonly mdx: string; readonly tree: Root } | undefined;

/**
 * The policy page's MDX as it stands for one released version, to keep in
 * docs/_versions/ when the next version replaces it. The options are applied
 * and everything that depends on them (the summary, the table, option values)
 * is written out, so the version reads the same for good; the version number
 * and date are written into their components. Only the project's name and
 * links stay live, so that they follow the site config. Links to other pages
 * start with "../", because the file sits one folder down.
 */
export function freezePage(config: SiteConfig, mdx: string): string {
  // Freezing the same page for many configs parses it once.
  if (lastFrozen?.mdx !== mdx) {
    lastFrozen = { mdx, tree: parseMdx(mdx) };
  }
  const tree = structuredClone(lastFrozen.tree);
  transform(tree, (node) => {
    if (node.type === 'yaml') {
      return [];
    }
    if (node.type === 'link' && node.url.startsWith('./')) {
      node.url = `../${node.url.slice(2)}`;
    }
    const line = admonitionLine(node);
    if (line !== undefined) {
      // Written as it stands: escaped, the title would no longer be one.
      return [{ type: 'html', value: line }];
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
      return undefined;
    }
    const name = node.name ?? '';
    const frozen = isMdxTag(name) ? mdxTags[name].frozen : 'live';
    if (frozen === 'live') {
      return undefined;
    }
    const props = propsOf(node);
    if ('keep' in frozen) {
      return frozen.keep(props, config) ? node.children : [];
    }
    if ('write' in frozen) {
      // An html node is written out as it stands: here, Markdown already escaped.
      return [{ type: 'html', value: frozen.write(props, config) }];
    }
    node.attributes = Object.entries({ ...props, ...frozen.pin(config) }).map(([key, value]) => ({
      type: 'mdxJsxAttribute',
      name: key,
      value: typeof value === 'string' ? value : null,
    }));
    return undefined;
  });
  return toMarkdown(tree, {
    ...markdownStyle,
    extensions: [...markdownExtensions, mdxToMarkdown()],
  });
}
