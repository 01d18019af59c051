/**
 * Compares two versions of the policy, passage by passage and then word by
 * word. Both come in as the Markdown that the policy's generator makes, so
 * the comparison sees what a reader sees, with every option applied.
 */
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../mdx/parse';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'code' | 'row';

/** A passage: a heading, a paragraph, a list item, a quotation, a code block or a table row. */
export interface Block {
  readonly kind: BlockKind;
  readonly text: string;
}

export interface Part {
  readonly type: 'same' | 'added' | 'removed';
  readonly text: string;
}

export type DiffEntry =
  | { readonly type: 'same' | 'added' | 'removed'; readonly block: Block }
  | {
      readonly type: 'changed';
      readonly before: Block;
      readonly after: Block;
      readonly parts: readonly Part[];
    };

/** A node's text as a reader sees it: no marks, and link texts without their targets. */
function plainText(node: Nodes): string {
  if (node.type === 'html') {
    return '';
  }
  if ('value' in node) {
    return node.value;
  }
  return 'children' in node ? node.children.map(plainText).join('') : ' ';
}

/** The words of some nodes, one space apart. */
function textOf(nodes: readonly Nodes[]): string {
  return nodes.map(plainText).join(' ').replace(/\s+/g, ' ').trim();
}

/** Splits Markdown into the passages a reader would see as separate. */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const add = (kind: BlockKind, text: string): void => {
    if (text !== '' || kind === 'code') {
      blocks.push({ kind, text });
    }
  };
  const visit = (node: Nodes): void => {
    if (node.type === 'code') {
      add('code', node.value.replace(/\r\n?/g, '\n'));
    } else if (node.type === 'heading' || node.type === 'paragraph') {
      add(node.type, textOf([node]));
    } else if (node.type === 'blockquote') {
      add('quote', textOf(node.children));
    } else if (node.type === 'tableRow') {
      add('row', node.children.map((cell) => textOf([cell])).join(' | '));
    } else if (node.type === 'listItem') {
      const [lists, text] = [
        node.children.filter((child) => child.type === 'list'),
        node.children.filter((child) => child.type !== 'list'),
      ];
      add('item', textOf(text));
      lists.forEach(visit);
    } else if ('children' in node) {
      node.children.forEach(visit);
    }
  };
  visit(parseMarkdown(markdown));
  return blocks;
}

/** The longest common subsequence of two lists, as pairs of indexes, in order. */
function commonPairs<T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean,
): [number, number][] {
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] = same(a[i], b[j])
        ? lengths[i + 1][j + 1] + 1
        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

function pushPart(parts: Part[], type: Part['type'], text: string): void {
  const last = parts.length > 0 ? parts[parts.length - 1] : undefined;
  if (last?.type === type) {
    parts[parts.length - 1] = { type, text: last.text + text };
  } else if (text !== '') {
    parts.push({ type, text });
  }
}

// Beyond this many token pairs a passage is shown as removed and added whole,
// so that a very long passage cannot stall the page.
const maxWordCells = 400_000;

/** The words of two passages, marked as kept, removed or added. */
export function diffWords(before: string, after: string): Part[] {
  const a = before.match(/\s+|[^\s]+/g) ?? [];
  const b = after.match(/\s+|[^\s]+/g) ?? [];
  const parts: Part[] = [];
  if (a.length * b.length > maxWordCells) {
    pushPart(parts, 'removed', before);
    pushPart(parts, 'added', after);
    return parts;
  }
  let i = 0;
  let j = 0;
  for (const [pairA, pairB] of commonPairs(a, b, (x, y) => x === y)) {
    pushPart(parts, 'removed', a.slice(i, pairA).join(''));
    pushPart(parts, 'added', b.slice(j, pairB).join(''));
    pushPart(parts, 'same', a[pairA]);
    i = pairA + 1;
    j = pairB + 1;
  }
  pushPart(parts, 'removed', a.slice(i).join(''));
  pushPart(parts, 'added', b.slice(j).join(''));
  // Whitespace alone between two changes reads better as part of them.
  return parts;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How much two passages share, from 0 (nothing) to 1 (the same words). */
export function similarity(a: string, b: string): number {
  const wordsA = words(a);
  const wordsB = words(b);
  if (wordsA.size === 0 && wordsB.size === 0) {
    return 1;
  }
  let shared = 0;
  for (const word of wordsA) {
    if (wordsB.has(word)) {
      shared += 1;
    }
  }
  return (2 * shared) / (wordsA.size + wordsB.size);
}

/** Passages this alike count as one passage that changed; less alike, as one removed and one added. */
export const changedThreshold = 0.4;

/** Pairs the removed and added passages between two kept ones, in order, when they are alike. */
function pairRun(removed: readonly Block[], added: readonly Block[], out: DiffEntry[]): void {
  let j = 0;
  for (const before of removed) {
    const match = added.findIndex(
      (after, index) =>
        index >= j &&
        after.kind === before.kind &&
        similarity(before.text, after.text) >= changedThreshold,
    );
    if (match === -1) {
      out.push({ type: 'removed', block: before });
      continue;
    }
    for (; j < match; j += 1) {
      out.push({ type: 'added', block: added[j] });
    }
    const after = added[match];
    out.push({ type: 'changed', before, after, parts: diffWords(before.text, after.text) });
    j = match + 1;
  }
  for (; j < added.length; j += 1) {
    out.push({ type: 'added', block: added[j] });
  }
}

/** The passages of two versions, each kept, removed, added, or changed with its words marked. */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): DiffEntry[] {
  const entries: DiffEntry[] = [];
  let i = 0;
  let j = 0;
  const same = (x: Block, y: Block): boolean => x.kind === y.kind && x.text === y.text;
  for (const [pairA, pairB] of commonPairs(before, after, same)) {
    pairRun(before.slice(i, pairA), after.slice(j, pairB), entries);
    entries.push({ type: 'same', block: before[pairA] });
    i = pairA + 1;
    j = pairB + 1;
  }
  pairRun(before.slice(i), after.slice(j), entries);
  return entries;
}

export interface DiffCounts {
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
}

export function countChanges(entries: readonly DiffEntry[]): DiffCounts {
  const count = (type: DiffEntry['type']): number =>
    entries.filter((entry) => entry.type === type).length;
  return { changed: count('changed'), added: count('added'), removed: count('removed') };
}

/**
 * The entries to show: every change, with the heading of its section before
 * it, and the kept passages between them folded into counted groups.
 */
export type ShownEntry =
  | { readonly type: 'entry'; readonly entry: DiffEntry }
  | { readonly type: 'context'; readonly block: Block }
  | { readonly type: 'folded'; readonly blocks: readonly Block[] };

export function shownEntries(entries: readonly DiffEntry[]): ShownEntry[] {
  const shown: ShownEntry[] = [];
  let folded: Block[] = [];
  let lastHeading: Block | undefined;
  for (const entry of entries) {
    if (entry.type === 'same') {
      folded.push(entry.block);
      if (entry.block.kind === 'heading') {
        lastHeading = entry.block;
      }
      continue;
    }
    // The heading of the section the change is in, shown as context; it leaves the fold.
    if (lastHeading !== undefined && folded.includes(lastHeading)) {
      const at = folded.lastIndexOf(lastHeading);
      const beforeHeading = folded.slice(0, at);
      const afterHeading = folded.slice(at + 1);
      if (beforeHeading.length > 0) {
        shown.push({ type: 'folded', blocks: beforeHeading });
      }
      shown.push({ type: 'context', block: lastHeading });
      folded = afterHeading;
    }
    if (folded.length > 0) {
      shown.push({ type: 'folded', blocks: folded });
    }
    folded = [];
    shown.push({ type: 'entry', entry });
  }
  if (folded.length > 0) {
    shown.push({ type: 'folded', blocks: folded });
  }
  return shown;
}
