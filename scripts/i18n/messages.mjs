// Finds the site's messages that Docusaurus's own extractor cannot see. `docusaurus
// write-translations` reads only literal arguments of translate() and <Translate>; text that
// lives in data modules as `Message` objects (`{ id: '...', message: '...' }`, see
// src/data/message.ts) and reaches translate() through a variable is found here instead, by
// reading the source files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * A message found in the source: its id, its English wording, and the file it is in.
 * @typedef {{ id: string, message: string, description?: string }} FoundMessage
 * @typedef {FoundMessage & { file: string }} CollectedMessage
 */

/**
 * The text of a string literal or a template literal without substitutions; otherwise null.
 * @param {ts.Node} node
 * @returns {string | null}
 */
function literalText(node) {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
}

/**
 * @param {ts.ObjectLiteralElementLike} property
 * @returns {string | null}
 */
function propertyName(property) {
  if (!ts.isPropertyAssignment(property)) {
    return null;
  }
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/**
 * Every object literal in a source file whose `id` and `message` are literal strings, with its
 * optional literal `description`. Other properties make it something else, not a message.
 * @param {string} fileName
 * @param {string} sourceText
 * @returns {FoundMessage[]}
 */
export function messagesInSource(fileName, sourceText) {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, false, kind);
  /** @type {FoundMessage[]} */
  const found = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      /** @type {Map<string, string>} */
      const fields = new Map();
      let onlyMessageFields = true;
      for (const property of node.properties) {
        const name = propertyName(property);
        const text = name === null ? null : literalText(property.initializer);
        if (name === null || text === null || !['id', 'message', 'description'].includes(name)) {
          onlyMessageFields = false;
        } else {
          fields.set(name, text);
        }
      }
      const id = fields.get('id');
      const message = fields.get('message');
      const description = fields.get('description');
      if (onlyMessageFields && id !== undefined && message !== undefined) {
        found.push({ id, message, ...(description === undefined ? {} : { description }) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Source files of the site, without tests: .ts and .tsx files under `directory`.
 * @param {string} directory
 * @returns {string[]}
 */
export function sourceFiles(directory) {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name))
    .filter((entry) => !/\.(test|d)\.tsx?$/u.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Every message in the given files, by id. One id must always carry the same message: two
 * messages under one id would get one translation, so that is an error.
 * @param {readonly string[]} files
 * @param {string} root
 * @returns {Map<string, CollectedMessage>}
 */
export function collectMessages(files, root) {
  /** @type {Map<string, CollectedMessage>} */
  const messages = new Map();
  for (const file of files) {
    for (const found of messagesInSource(file, readFileSync(file, 'utf8'))) {
      const known = messages.get(found.id);
      if (known && known.message !== found.message) {
        throw new Error(
          `The translation id "${found.id}" has two messages: "${known.message}" in ${known.file} and "${found.message}" in ${relative(root, file)}.`,
        );
      }
      messages.set(found.id, { ...found, file: relative(root, file) });
    }
  }
  return messages;
}
