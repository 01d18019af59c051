// Pseudo-translates an MDX page: every Markdown text node, and the front matter a reader sees,
// changed where it stands in the source, so that everything else (components, code, links,
// heading ids, imports) stays exactly as written. Pure: no files.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseDocument } from 'yaml';
import { pseudoMarkdownText, pseudoMessage } from './pseudo.mjs';

/** Front matter fields that readers see: the page title, the sidebar label and the description. */
export const visibleFrontMatterKeys = ['title', 'sidebar_label', 'description'];

/**
 * Docusaurus reads MDX with GFM and directives (admonitions such as `:::info[Title]`).
 * @param {string} source
 */
export function parseMdx(source) {
  return fromMarkdown(source, {
    extensions: [mdxjs(), gfm(), directive(), frontmatter(['yaml'])],
    mdastExtensions: [
      mdxFromMarkdown(),
      gfmFromMarkdown(),
      directiveFromMarkdown(),
      frontmatterFromMarkdown(['yaml']),
    ],
  });
}

/** A link written as a bare address shows its address as its text; the address is not translated. */
function isAddressLink(node, source) {
  return node.type === 'link' && source[node.position.start.offset] !== '[';
}

/** Every text node a reader sees, with its offsets in the source, in document order. */
function textNodes(tree, source) {
  const found = [];
  const visit = (node) => {
    if (node.type === 'text') {
      found.push({ start: node.position.start.offset, end: node.position.end.offset });
      return;
    }
    if (isAddressLink(node, source)) {
      return;
    }
    for (const child of node.children ?? []) {
      visit(child);
    }
  };
  visit(tree);
  return found;
}

/** The YAML front matter with its visible fields pseudo-translated; other fields unchanged. */
function pseudoFrontMatter(yamlText) {
  const document = parseDocument(yamlText);
  let changed = 0;
  for (const key of visibleFrontMatterKeys) {
    const value = document.get(key);
    if (typeof value === 'string') {
      document.set(key, pseudoMessage(value));
      changed += 1;
    }
  }
  return { text: document.toString().replace(/\n$/u, ''), changed };
}

/**
 * The page pseudo-translated, and how many text nodes (those with more than white space) and
 * front matter fields it changed.
 * Edits are applied from the end of the source, so earlier offsets stay valid.
 * @param {string} source
 * @returns {{ text: string, textNodes: number, frontMatterFields: number }}
 */
export function pseudoMdx(source) {
  const tree = parseMdx(source);
  const edits = textNodes(tree, source)
    .map(({ start, end }) => ({ start, end, text: pseudoMarkdownText(source.slice(start, end)) }))
    .filter(({ start, end, text }) => text !== source.slice(start, end));
  const changedTextNodes = edits.length;
  let frontMatterFields = 0;
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (yamlNode) {
    const { text, changed } = pseudoFrontMatter(yamlNode.value);
    frontMatterFields = changed;
    const start = source.indexOf(yamlNode.value, yamlNode.position.start.offset);
    edits.push({ start, end: start + yamlNode.value.length, text });
  }
  let text = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return { text, textNodes: changedTextNodes, frontMatterFields };
}
