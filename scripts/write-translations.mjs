// `npm run write-translations -- --locale fr`: writes the translation files of a locale under
// i18n/<locale>/, as `docusaurus write-translations` does, and adds to code.json the messages
// of the data modules (reply templates, policy options and the rest), which Docusaurus's
// extractor cannot find. Existing translations are kept; only missing messages are added.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTranslations } from './i18n/translationFiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const localeFlag = args.findIndex((arg) => arg === '--locale' || arg === '-l');
const locale = localeFlag === -1 ? 'en' : args[localeFlag + 1];
if (locale === undefined || locale.startsWith('-')) {
  throw new Error('Name the locale after --locale, for example: --locale fr');
}
const rest =
  localeFlag === -1
    ? args
    : args.filter((_, index) => index !== localeFlag && index !== localeFlag + 1);

const { extracted, added } = writeTranslations(root, locale, rest);
console.log(
  `i18n/${locale}/code.json holds ${extracted + added} messages; ${added} of them were added from the data modules.`,
);
