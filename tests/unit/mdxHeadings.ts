import type { Nodes } from 'mdast';
import { parseMdx } from '../../src/mdx/parse';

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') {
    return node.value;
  }
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/**
 * The headings of an MDX page that carry an explicit id, `### Title {/* #id *\/}`, as
 * id → title, read from the page's syntax tree. `depth` keeps only headings of that level.
 */
export function headingsWithIds(mdx: string, depth?: number): Map<string, string> {
  const headings = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'heading' && (depth === undefined || node.depth === depth)) {
      const last = node.children.at(-1);
      const id =
        last?.type === 'mdxTextExpression' ? /^\s*\/\*\s*#(\S+)\s*\*\/\s*$/.exec(last.value) : null;
      if (id !== null) {
        headings.set(id[1], textOf({ ...node, children: node.children.slice(0, -1) }).trim());
      }
      return;
    }
    if ('children' in node) {
      for (const child of node.children) {
        visit(child);
      }
    }
  };
  visit(parseMdx(mdx));
  return headings;
}
