// Which code blocks need the syntax highlighter. Prism's "plain" grammars colour nothing, so a
// block in one of them, or in a language Prism does not know, is shown as plain text without
// loading Prism.

/** Grammars that Prism defines but that give every character the same colour. */
const plainGrammars = new Set(['plain', 'plaintext', 'text', 'txt']);

/**
 * The languages, with their aliases, that Prism colours: the grammars it holds (`languages`,
 * Prism's own table, where helper functions sit beside the grammars) and the extra languages
 * that the theme's config asks for.
 */
export function highlightedLanguages(
  languages: Readonly<Record<string, unknown>>,
  additionalLanguages: readonly string[],
): string[] {
  const names = Object.entries(languages)
    .filter(([, grammar]) => typeof grammar === 'object' && grammar !== null)
    .map(([name]) => name)
    .concat(additionalLanguages.map((name) => name.toLowerCase()))
    .filter((name) => !plainGrammars.has(name));
  return [...new Set(names)].sort();
}

/** Whether a block of this language needs Prism: `undefined` is a block with no language. */
export function needsHighlighting(
  language: string | undefined,
  highlighted: readonly string[],
): boolean {
  return language !== undefined && highlighted.includes(language.toLowerCase());
}

/** One token of a line, as the theme's `CodeBlock/Line` takes it. */
export interface PlainToken {
  readonly types: ['plain'];
  readonly content: string;
  /** Set on the token of an empty line, which keeps the line's height. */
  readonly empty?: true;
}

/**
 * A block's text as the highlighter splits a language without a grammar: one line per line
 * break (LF, CRLF or CR), one plain token per line, and a line break as the token of an empty
 * line.
 */
export function plainLines(code: string): PlainToken[][] {
  return code
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line === ''
        ? [{ types: ['plain'], content: '\n', empty: true }]
        : [{ types: ['plain'], content: line }],
    );
}
