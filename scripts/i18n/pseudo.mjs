// Pseudo-translation: a mechanical "translation" that makes every translated string stand out.
// Each letter becomes an accented look-alike and each message is wrapped in ⟦ ⟧, so a test can
// tell translated text from text that never went through the translation files. Pure: no files.

export const openMarker = '⟦';
export const closeMarker = '⟧';

const plainLetters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accentedLetters = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';

const toAccented = new Map(
  [...plainLetters].map((letter, index) => [letter, [...accentedLetters][index]]),
);
const toPlain = new Map([...toAccented].map(([plain, accented]) => [accented, plain]));

/**
 * Parts of a message that must reach the page unchanged: `{placeholders}` (and ICU-style
 * arguments such as `{count, plural, one {#}}`, whole), HTML tags and character references, Markdown code spans and
 * link targets, and web addresses.
 */
const protectedInMessage =
  /\{(?:[^{}]|\{[^{}]*\})*\}|<[^<>]*>|&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);|`[^`]*`|\]\([^()\s]*\)|(?:https?:\/\/|mailto:)[^\s<>()"']+/giu;

/** Parts of Markdown source that must stay as written: backslash escapes and character references. */
const protectedInMarkdown = /\\[\s\S]|&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/giu;

/**
 * Every ASCII letter replaced by its accented look-alike; everything else unchanged.
 * @param {string} text
 * @returns {string}
 */
export function accentLetters(text) {
  return [...text].map((character) => toAccented.get(character) ?? character).join('');
}

/**
 * Accents the letters of `text` outside the parts that `pattern` matches.
 * @param {string} text
 * @param {RegExp} pattern
 */
function accentOutside(text, pattern) {
  let result = '';
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    result += accentLetters(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return result + accentLetters(text.slice(from));
}

/**
 * Wraps the text between leading and trailing white space in the markers; blank text stays as
 * it is.
 * @param {string} text
 */
function wrap(text) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text);
  const [, before, core, after] = match ?? ['', '', text, ''];
  return core === '' ? text : `${before}${openMarker}${core}${closeMarker}${after}`;
}

/**
 * A message of the translation files, pseudo-translated. Each plural form (forms are separated
 * by "|", as Docusaurus's `usePluralForm` expects) is wrapped on its own, so whichever form the
 * page picks carries both markers.
 * @param {string} message
 * @returns {string}
 */
export function pseudoMessage(message) {
  return message
    .split('|')
    .map((form) => wrap(accentOutside(form, protectedInMessage)))
    .join('|');
}

/**
 * The source of one Markdown text node, pseudo-translated: letters accented outside escapes and
 * character references, and the whole wrapped in the markers.
 * @param {string} source
 * @returns {string}
 */
export function pseudoMarkdownText(source) {
  return wrap(accentOutside(source, protectedInMarkdown));
}

/**
 * Undoes the pseudo-translation of a text: markers removed, accented letters made plain again.
 * @param {string} text
 * @returns {string}
 */
export function unpseudo(text) {
  return [...text]
    .filter((character) => character !== openMarker && character !== closeMarker)
    .map((character) => toPlain.get(character) ?? character)
    .join('');
}

/**
 * A translation file (`{ id: { message, description } }`) with every message pseudo-translated.
 * @template {{ message: string }} Entry
 * @param {Readonly<Record<string, Entry>>} entries
 * @returns {Record<string, Entry>}
 */
export function pseudoTranslationFile(entries) {
  return Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => [
      id,
      { ...entry, message: pseudoMessage(entry.message) },
    ]),
  );
}
