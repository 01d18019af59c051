import { describe, expect, it } from 'vitest';
import { Prism } from 'prism-react-renderer';
import { highlightedLanguages, needsHighlighting, plainLines } from './codeLanguages';

describe('highlightedLanguages', () => {
  it('lists the grammars Prism holds, with their aliases, and leaves out its helper functions', () => {
    const languages = highlightedLanguages(Prism.languages, []);
    expect(languages).toEqual(expect.arrayContaining(['javascript', 'js', 'tsx', 'yaml', 'json']));
    expect(languages).not.toContain('extend');
    expect(languages).not.toContain('insertBefore');
  });

  it('leaves out the grammars that colour nothing', () => {
    const languages = highlightedLanguages(Prism.languages, []);
    for (const plain of ['plain', 'plaintext', 'text', 'txt']) {
      expect(languages).not.toContain(plain);
    }
  });

  it('adds the extra languages of the theme config, in lower case, once each, sorted', () => {
    expect(
      highlightedLanguages({ js: {}, extend: () => undefined, text: {} }, ['PHP', 'js', 'nginx']),
    ).toEqual(['js', 'nginx', 'php']);
  });

  it('skips entries that are not grammars', () => {
    expect(highlightedLanguages({ a: null, b: 'x', c: 3, d: {} }, [])).toEqual(['d']);
  });
});

describe('needsHighlighting', () => {
  const highlighted = ['js', 'tsx'];

  it('is true for a language Prism colours, whatever its case', () => {
    expect(needsHighlighting('js', highlighted)).toBe(true);
    expect(needsHighlighting('TSX', highlighted)).toBe(true);
  });

  it('is false for plain text, an unknown language or no language', () => {
    expect(needsHighlighting('text', highlighted)).toBe(false);
    expect(needsHighlighting('nginx', highlighted)).toBe(false);
    expect(needsHighlighting(undefined, highlighted)).toBe(false);
  });
});

describe('plainLines', () => {
  it('gives one plain token per line', () => {
    expect(plainLines('a\nb')).toEqual([
      [{ types: ['plain'], content: 'a' }],
      [{ types: ['plain'], content: 'b' }],
    ]);
  });

  it('splits on LF, CRLF and CR alike', () => {
    expect(plainLines('a\r\nb\rc\nd').map((line) => line[0]?.content)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('keeps an empty line as a marked line break, so it keeps its height', () => {
    expect(plainLines('a\n\nb')[1]).toEqual([{ types: ['plain'], content: '\n', empty: true }]);
    expect(plainLines('')).toEqual([[{ types: ['plain'], content: '\n', empty: true }]]);
  });

  it('keeps markup, right-to-left text and emoji as text', () => {
    const text = '<script>alert(1)</script> **bold** שלום 🎉';
    expect(plainLines(text)).toEqual([[{ types: ['plain'], content: text }]]);
  });

  it('gives the same lines as the highlighter gives text without a grammar', async () => {
    const { normalizeTokens } = await import('prism-react-renderer');
    const code = 'first\n\nthird\r\nfourth';
    const fromHighlighter = normalizeTokens([code]).map((line) =>
      line.map(({ types, content, empty }) => ({
        types,
        content,
        ...(empty ? { empty } : {}),
      })),
    );
    expect(plainLines(code)).toEqual(fromHighlighter);
  });
});
