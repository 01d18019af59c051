/**
 * A YAML scalar for any text: a double-quoted string that YAML 1.1 and 1.2
 * readers (GitHub's issue forms among them) read as the same text.
 *
 * Characters that the two versions treat differently, or that YAML does not
 * allow as they are, are written as escapes: control characters, U+007F to
 * U+009F (U+0085 is a line break in YAML 1.1), the line and paragraph
 * separators U+2028 and U+2029 (also line breaks in YAML 1.1), the byte order
 * mark U+FEFF, and U+FFFE and U+FFFF.
 */
export function yamlString(text: string): string {
  let quoted = '"';
  for (const character of text) {
    quoted += escapeCharacter(character);
  }
  return `${quoted}"`;
}

const namedEscapes: Readonly<Partial<Record<string, string>>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

function escapeCharacter(character: string): string {
  const named = namedEscapes[character];
  if (named !== undefined) {
    return named;
  }
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) {
    throw new Error(
      `The text holds half of a UTF-16 surrogate pair (U+${hexDigits(code, 4)}), which no YAML file can hold.`,
    );
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `\\x${hexDigits(code, 2)}`;
  }
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) {
    return `\\u${hexDigits(code, 4)}`;
  }
  return character;
}

function hexDigits(code: number, length: number): string {
  return code.toString(16).toUpperCase().padStart(length, '0');
}
