// What the client's bundle gets in place of src/mdx/parse.ts (see plugins/adoption-files): the
// browser receives the policy page already in pieces, and the versions' passages already split,
// so it never parses MDX or Markdown, and does not download a parser.
import type * as parse from '../mdx/parse';

function buildTimeOnly(): never {
  throw new Error('MDX and Markdown are parsed at build time only.');
}

export const compilePage: typeof parse.compilePage = buildTimeOnly;
export const docPathOf: typeof parse.docPathOf = buildTimeOnly;
export const freezePage: typeof parse.freezePage = buildTimeOnly;
export const parseMarkdown: typeof parse.parseMarkdown = buildTimeOnly;
