import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlString } from './yamlText';

/** Reads `key: <scalar>` as a YAML reader of the given version does. */
function readBack(scalar: string, version: '1.1' | '1.2'): unknown {
  return (parse(`key: ${scalar}\n`, { version }) as { key: unknown }).key;
}

describe('yamlString', () => {
  it('writes plain text in double quotes, as it is', () => {
    expect(yamlString('Driftwood: a tool, #1 & more')).toBe('"Driftwood: a tool, #1 & more"');
    expect(yamlString('Ünïcödé, 日本語, עברית, 🤖')).toBe('"Ünïcödé, 日本語, עברית, 🤖"');
  });

  it.each([
    ['a double quote', '"', '\\"'],
    ['a backslash', '\\', '\\\\'],
    ['a tab', '\t', '\\t'],
    ['a newline', '\n', '\\n'],
    ['a carriage return', '\r', '\\r'],
    ['NUL', '\u0000', '\\x00'],
    ['the bell', '\u0007', '\\x07'],
    ['escape', '\u001B', '\\x1B'],
    ['the last C0 control', '\u001F', '\\x1F'],
    ['DEL', '\u007F', '\\x7F'],
    ['the first C1 control', '\u0080', '\\x80'],
    ['NEL, a line break in YAML 1.1', '\u0085', '\\x85'],
    ['the last C1 control', '\u009F', '\\x9F'],
    ['the line separator', '\u2028', '\\u2028'],
    ['the paragraph separator', '\u2029', '\\u2029'],
    ['the byte order mark', '\uFEFF', '\\uFEFF'],
    ['the non-character U+FFFE', '\uFFFE', '\\uFFFE'],
    ['the non-character U+FFFF', '\uFFFF', '\\uFFFF'],
  ])('escapes %s', (_name, character, escape) => {
    expect(yamlString(`a${character}b`)).toBe(`"a${escape}b"`);
  });

  it('leaves the first character after the C1 controls as it is', () => {
    expect(yamlString('\u00A0')).toBe('"\u00A0"');
  });

  it.each([
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', '\uDFFF'],
  ])('rejects %s', (_name, character) => {
    expect(() => yamlString(`a${character}b`)).toThrow('surrogate');
  });

  const everyKind = [
    'plain',
    '',
    ' leading and trailing spaces ',
    'key: value # not a comment',
    '- [a, b] {c: d} \'single\' "double" \\ back',
    'yes',
    '~',
    '0x1F',
    'tab\tnewline\ncarriage\r',
    Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join(''),
    Array.from({ length: 0x21 }, (_, index) => String.fromCharCode(0x7f + index)).join(''),
    'line\u2028separator\u2029paragraph',
    '\uFEFFbyte order mark',
    '\uFFFE\uFFFF',
    'emoji 🤖👩🏽‍💻 and right-to-left שלום',
  ];

  it.each(['1.1', '1.2'] as const)('reads back as the same text in YAML %s', (version) => {
    for (const text of everyKind) {
      expect(readBack(yamlString(text), version)).toBe(text);
    }
  });
});
