import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import markupConfig from '../../tests/fixtures/markup.config';
import { markdownDestination, markdownLineStart, markdownLink, markdownText } from './markdownText';

interface MdNode {
  readonly type: string;
  readonly value?: string;
  readonly url?: string;
  readonly children?: readonly MdNode[];
}

function parse(markdown: string): MdNode {
  return fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
}

/**
 * The node types of a tree, depth first. A bare web address becomes a link to
 * itself (GitHub does the same, whatever the escaping); its text is unchanged,
 * so it counts as text here.
 */
function types(node: MdNode): string[] {
  if (node.type === 'link' && node.url?.replace(/^(mailto:|http:\/\/)/, '') === text(node)) {
    return ['text'];
  }
  const children = (node.children ?? []).flatMap(types);
  // Adjacent text nodes are one run of text.
  return [
    node.type,
    ...children.filter((type, i) => type !== 'text' || children[i - 1] !== 'text'),
  ];
}

function text(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(text).join('');
}

const hostile = [
  markupConfig.project.name,
  markupConfig.contact.label,
  markupConfig.textLicense.name,
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**bold** and _italic_ and ~~gone~~',
  '[a link](https://example.org) and ![an image](x.png)',
  '`code` and ``more``',
  'a | table | row',
  'math $x^2$ and $$y$$',
  'https://example.org and www.example.org and someone@example.org',
  'entities &amp; &#60; &lt;',
  'a \\ backslash and \\* an escape',
  '{braces} and {/* a comment */}',
  'שלום עולם, مرحبا',
  'emoji 🎉 and :tada:',
  'x'.repeat(5000),
];

describe('markdownText', () => {
  it.each(hostile)('shows %j as plain text', (input) => {
    const tree = parse(`Before ${markdownText(input)} after.`);
    expect(types(tree)).toEqual(['root', 'paragraph', 'text']);
    expect(text(tree)).toBe(`Before ${input} after.`);
  });

  it('leaves plain names as they are', () => {
    expect(markdownText('Harbour')).toBe('Harbour');
    expect(markdownText('the Harbour maintainers’ forum')).toBe('the Harbour maintainers’ forum');
    expect(markdownText('CC BY 4.0')).toBe('CC BY 4.0');
  });

  it('escapes with a backslash, which every Markdown reader undoes', () => {
    expect(markdownText('<Tide> & *Co*')).toBe('\\<Tide\\> \\& \\*Co\\*');
  });
});

describe('markdownLineStart', () => {
  it.each([
    '# Heading',
    '- item',
    '+ item',
    '= rule',
    '> quote',
    '1. first',
    '2) second',
    ...hostile,
  ])('keeps %j as a paragraph of plain text at the start of a line', (input) => {
    const tree = parse(markdownLineStart(input));
    expect(types(tree)).toEqual(['root', 'paragraph', 'text']);
    expect(text(tree)).toBe(input);
  });
});

describe('markdownLink', () => {
  it.each([
    ['the forum', 'https://example.org/forum'],
    [markupConfig.contact.label, markupConfig.contact.url],
    ['a (round) label', 'https://en.wikipedia.org/wiki/Tide_(disambiguation)'],
    ['a [square] label', 'https://example.org/a)b(c'],
    ['mail', 'mailto:dev@example.org'],
  ])('links %j to %j exactly', (label, url) => {
    const tree = parse(markdownLink(label, url));
    expect(types(tree)).toEqual(['root', 'paragraph', 'link', 'text']);
    const link = tree.children?.[0].children?.[0];
    expect(link?.url).toBe(url);
    expect(text(tree)).toBe(label);
  });

  it('changes nothing in an ordinary address', () => {
    expect(markdownDestination('https://example.org/a/b?c=d#e')).toBe(
      'https://example.org/a/b?c=d#e',
    );
  });
});
