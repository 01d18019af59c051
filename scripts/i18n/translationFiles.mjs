// Writes a locale's translation files: what `docusaurus write-translations` extracts, plus the
// messages of the data modules, which it cannot see (./messages.mjs finds those).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectMessages, sourceFiles } from './messages.mjs';

/**
 * `code` with every message of `messages` that it does not hold yet, each with a description
 * that says where it comes from. Messages already there, translated or not, are kept.
 * @param {Readonly<Record<string, { message: string, description?: string }>>} code
 * @param {ReadonlyMap<string, import('./messages.mjs').CollectedMessage>} messages
 * @returns {Record<string, { message: string, description?: string }>}
 */
export function withDataMessages(code, messages) {
  const merged = { ...code };
  for (const [id, { message, description, file }] of messages) {
    if (!Object.hasOwn(merged, id)) {
      merged[id] = { message, description: description ?? `Shown from ${file}` };
    }
  }
  return merged;
}

/** Runs `docusaurus write-translations` with the given arguments, then adds the data messages. */
export function writeTranslations(root, locale, args = [], env = process.env) {
  const result = spawnSync(
    'npx',
    ['docusaurus', 'write-translations', '--locale', locale, ...args],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`docusaurus write-translations --locale ${locale} failed.`);
  }
  const codeFile = join(root, 'i18n', locale, 'code.json');
  const code = JSON.parse(readFileSync(codeFile, 'utf8'));
  const messages = collectMessages(sourceFiles(join(root, 'src')), root);
  const merged = withDataMessages(code, messages);
  writeFileSync(codeFile, `${JSON.stringify(merged, null, 2)}\n`);
  return {
    extracted: Object.keys(code).length,
    added: Object.keys(merged).length - Object.keys(code).length,
  };
}
