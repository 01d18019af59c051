// Every string a person reads goes through the translation files. `npm run test:i18n` builds
// the site in a pseudo-locale (scripts/pseudo-locale.mjs), whose every message and every text
// of the docs is changed mechanically: ASCII letters become accented look-alikes. A page of
// that build that still shows a plain ASCII letter shows text that a translator could not
// reach. The English build must say the same, word for word, with the change undone.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { unpseudo } from '../../scripts/i18n/pseudo.mjs';
import { filesUnder } from '../fork/site';
import selectedConfig from '../selectedConfig';
import { configValues, hasUntransformedLetters, readerTexts, type ReaderText } from './readerText';

const root = join(__dirname, '../..');
const pseudoBuild = join(root, 'build-pseudo');
const englishBuild = join(root, 'build');

for (const [name, dir, command] of [
  ['pseudo-locale', pseudoBuild, 'npm run test:i18n'],
  ['English', englishBuild, 'npm run build'],
] as const) {
  if (!existsSync(dir)) {
    throw new Error(`The ${name} build is missing: run ${command}.`);
  }
}

/**
 * The pages of one language's build. A folder with a 404 page of its own holds another
 * language, such as build/fr/ once the site is translated into French, and is left out.
 */
function pagesIn(dir: string): string[] {
  const pages = filesUnder(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => relative(dir, path));
  const otherLanguages = pages
    .filter((page) => page.endsWith('/404.html'))
    .map((page) => page.slice(0, -'404.html'.length));
  return pages.filter((page) => !otherLanguages.some((folder) => page.startsWith(folder))).sort();
}

function textsOf(dir: string, page: string): readonly ReaderText[] {
  return readerTexts(load(readFileSync(join(dir, page), 'utf8')));
}

/**
 * The search plugin writes the label of its search boxes in English into the markup, and
 * src/theme/SearchBar and src/theme/SearchPage translate it once the page runs (the search
 * needs JavaScript). The test of the pages after a visit (interactive.spec.ts) checks them.
 */
const setOnceThePageRuns = [
  /^input\.navbar__search-input.*\[aria-label\]$/u,
  /^input\.searchQueryInput.*\[aria-label\]$/u,
];

const pages = pagesIn(pseudoBuild);
const allowed = configValues(selectedConfig);

describe('the pseudo-locale build', () => {
  it('has the same pages as the English build', () => {
    expect(pages).toEqual(pagesIn(englishBuild));
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s shows no text that missed the translation files', (page) => {
    const untransformed = textsOf(pseudoBuild, page)
      .filter(({ where }) => !setOnceThePageRuns.some((pattern) => pattern.test(where)))
      .filter(({ text }) => hasUntransformedLetters(text, allowed))
      .map(({ where, text }) => `${where}: ${text.trim()}`);
    expect(untransformed).toEqual([]);
  });
});

/** A page's texts, with the pseudo-translation undone and white space evened out. */
function plainTexts(dir: string, page: string): string[] {
  return textsOf(dir, page)
    .map(({ text }) => unpseudo(text).replace(/\s+/gu, ' ').trim())
    .filter((text) => text !== '');
}

describe('the English build', () => {
  it.each(pages)('%s says what the pseudo-locale says, in English', (page) => {
    const english = plainTexts(englishBuild, page);
    expect(english.join(' ')).not.toMatch(/[⟦⟧]/u);
    expect(english).toEqual(plainTexts(pseudoBuild, page));
  });
});
