// Builds the site in a pseudo-locale, for the test that every string a person reads can be
// translated (tests/i18n/). Nothing here is a real translation, and nothing is committed:
//
// 1. `docusaurus write-translations` writes the pages' and the theme's messages to
//    i18n/qps-ploc/ (ignored by git), and the data modules' messages are added to code.json.
// 2. Every message is pseudo-translated (scripts/i18n/pseudo.mjs): letters accented, each
//    message wrapped in ⟦ ⟧, placeholders and plural forms kept.
// 3. Every page of docs/ is copied to i18n/qps-ploc/docusaurus-plugin-content-docs/current/
//    with each text node pseudo-translated where it stands (scripts/i18n/pseudoMdx.mjs).
// 4. The locale is built into build-pseudo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pseudoTranslationFile } from './i18n/pseudo.mjs';
import { pseudoMdx } from './i18n/pseudoMdx.mjs';
import { writeTranslations } from './i18n/translationFiles.mjs';

export const pseudoLocale = 'qps-ploc';
export const pseudoBuildDirectory = 'build-pseudo';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const localeDir = join(root, 'i18n', pseudoLocale);
const docsDir = join(root, 'docs');
// docusaurus.config.ts adds the locale only when this variable names it.
const env = { ...process.env, PSEUDO_LOCALE: pseudoLocale };

function filesUnder(directory, pattern) {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function generate() {
  rmSync(localeDir, { recursive: true, force: true });
  const { extracted, added } = writeTranslations(root, pseudoLocale, [], env);

  let messages = 0;
  for (const file of filesUnder(localeDir, /\.json$/u)) {
    const entries = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(pseudoTranslationFile(entries), null, 2)}\n`);
    messages += Object.keys(entries).length;
  }

  const docsOut = join(localeDir, 'docusaurus-plugin-content-docs', 'current');
  let textNodes = 0;
  let frontMatterFields = 0;
  const pages = filesUnder(docsDir, /\.mdx?$/u);
  for (const file of pages) {
    const result = pseudoMdx(readFileSync(file, 'utf8'));
    const target = join(docsOut, relative(docsDir, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, result.text);
    textNodes += result.textNodes;
    frontMatterFields += result.frontMatterFields;
  }
  console.log(
    `Pseudo-locale ${pseudoLocale}: ${messages} messages in the translation files ` +
      `(code.json: ${extracted} from the pages and the theme, ${added} from the data modules; ` +
      `the rest from the navbar, the footer and the docs plugin), ` +
      `${textNodes} text nodes and ${frontMatterFields} front matter fields in ${pages.length} pages.`,
  );
}

function build() {
  const result = spawnSync(
    'npx',
    ['docusaurus', 'build', '--locale', pseudoLocale, '--out-dir', pseudoBuildDirectory],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    throw new Error(`The build of the pseudo-locale ${pseudoLocale} failed.`);
  }
}

const started = Date.now();
generate();
if (!process.argv.includes('--no-build')) {
  build();
}
console.log(`Pseudo-locale ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
