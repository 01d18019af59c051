import type { SiteConfig } from '../config/types';
import type { RouteName } from '../config/routes';
import { siteAddress } from '../config/urls';
import { mdxTags, type MarkdownRendering, type MdxTagName, type TagProps } from './tags';

/**
 * A page of MDX turned into Markdown once, at build time (src/mdx/parse.ts): Markdown that
 * stands as written, and the tags and links whose Markdown depends on the config. The adoption
 * builder receives it as JSON and fills it in for the reader's options with `renderPage`, so the
 * browser needs no MDX parser, and the build makes its own files with the same function.
 */
export type Piece = string | TagPiece | LinkPiece;

export interface TagPiece {
  readonly tag: MdxTagName;
  readonly props: TagProps;
  readonly children: readonly Piece[];
}

/** A link to a page of this site: its address depends on the site's address in the config. */
export interface LinkPiece {
  readonly route: RouteName;
  /** The anchor with its "#", or "". */
  readonly hash: string;
  readonly children: readonly Piece[];
}

export type MarkdownRenderings = Readonly<Record<MdxTagName, MarkdownRendering | undefined>>;

/** Each tag's `markdown` from src/mdx/tags.ts. */
export const markdownRenderings = Object.fromEntries(
  Object.entries(mdxTags).map(([name, entry]) => [name, entry.markdown]),
) as MarkdownRenderings;

/** Orders gaps: a blank line over a line break over a space over nothing. */
function width(gap: string): number {
  return gap.split('\n').length * 1000 + gap.length;
}

/**
 * Where a piece came out empty (a passage the options leave out), the spaces or blank lines on
 * either side of it become one: the wider of the two.
 */
function closeGap(before: string, after: string): string {
  const head = before.trimEnd();
  const tail = after.trimStart();
  const gapBefore = before.slice(head.length);
  const gapAfter = after.slice(0, after.length - tail.length);
  return head + (width(gapAfter) > width(gapBefore) ? gapAfter : gapBefore) + tail;
}

/** Fills a page in for a config: its Markdown, without leading or trailing blank lines. */
export function renderPage(
  pieces: readonly Piece[],
  config: SiteConfig,
  renderings: MarkdownRenderings = markdownRenderings,
): string {
  const render = (list: readonly Piece[]): string => {
    let text = '';
    let afterEmpty = false;
    for (const piece of list) {
      const part = typeof piece === 'string' ? piece : renderDynamic(piece);
      text = afterEmpty ? closeGap(text, part) : text + part;
      afterEmpty = part === '';
    }
    return text;
  };
  const renderDynamic = (piece: TagPiece | LinkPiece): string => {
    const children = render(piece.children);
    if ('route' in piece) {
      return `[${children}](${siteAddress(config, piece.route)}${piece.hash})`;
    }
    const rendering = renderings[piece.tag];
    if (rendering === undefined) {
      throw new Error(`<${piece.tag}> has no plain Markdown form, so this page cannot use it.`);
    }
    return rendering(piece.props, config, children);
  };
  return render(pieces).trim();
}
