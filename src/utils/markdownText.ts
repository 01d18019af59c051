/**
 * Turns text from the configuration (a project name, a contact label) into
 * Markdown that shows exactly that text: nothing in it becomes HTML,
 * emphasis, a link, code, a table cell, math, a heading or a list. (GitHub
 * still turns an e-mail address into a link to itself, and "@name" or ":tada:"
 * into a mention or an emoji, whatever the escaping: the text shown stays the
 * same.) Pure: no React, no browser.
 */

// Any ASCII punctuation may be escaped with a backslash in CommonMark. These can start markup
// inside a line: in GitHub's Markdown, $ starts math, and in MDX, braces start code.
const inlineSpecial = /[\\`*_[\]<>&|~${}]/g;

/** Escapes text for use inside a line of Markdown (a sentence, a heading, a link's label). */
export function markdownText(text: string): string {
  // GitHub turns "www." and "http://" addresses into links as written, so an escaped character
  // in one would show its backslash. An escaped dot or colon keeps them text.
  return text
    .replace(inlineSpecial, (character) => `\\${character}`)
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/\/)/g, '\\:');
}

/**
 * Escapes text that may start a line of Markdown: also the characters that
 * would make that line a heading, a list item, a quote or a rule.
 */
export function markdownLineStart(text: string): string {
  return markdownText(text)
    .replace(/^([#=+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A link destination that keeps the address exactly: parentheses, angle
 * brackets and backslashes are escaped, so they cannot end the link early,
 * and so is "&", so that "&amp;" in an address is not read as "&".
 * Addresses never contain spaces (the config's checks refuse them).
 */
export function markdownDestination(url: string): string {
  return url.replace(/[()<>\\&]/g, (character) => `\\${character}`);
}

/** `[label](url)`, with the label shown as text and the address kept whole. */
export function markdownLink(label: string, url: string): string {
  return `[${markdownText(label)}](${markdownDestination(url)})`;
}
