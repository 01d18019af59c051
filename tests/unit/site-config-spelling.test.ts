import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, type Issue } from 'cspell';
import { afterAll, describe, expect, it } from 'vitest';

// A project edits site.config.ts and nothing else, so the spelling check must accept any name,
// label or address in it. It still reads the comments, which are English. This test runs cspell's
// lint (what `npm run lint:spelling` runs, with no file arguments, so cspell.json's `files`
// choose the files) on a copy of the repository's cspell.json and word lists, in a folder of
// its own.

const root = join(__dirname, '../..');

/** Words of the values below that no dictionary knows. CJK text is never checked by cspell. */
const unknownWords = ['Brzqlat', 'Qwzorbl', 'Zvëlkorn', 'Квзорбл'];

/** A site.config.ts with those words in every kind of string literal; `comment` is one line. */
function configText(comment: string): string {
  return `/**
 * The site of \`Zvëlkorn\`, written in backticks as the README advises.
 */
import type { SiteConfig } from './src/config/types';

const siteConfig: SiteConfig = {
  isExample: false,
  project: {
    name: 'Zvëlkorn Квзорбл 斯瓦尔科',
    repositoryUrl: 'https://github.com/brzqlat/qwzorbl',
    issuesUrl: 'https://github.com/brzqlat/qwzorbl/issues',
    pullRequestsUrl: 'https://github.com/brzqlat/qwzorbl/pulls',
  },
  site: {
    url: 'https://qwzorbl-docs.example',
    baseUrl: '/zvëlkorn/',
  },
  contact: {
    label: "the Zvëlkorn maintainers' Brzqlat on qwzorbl-chat.example",
    url: 'https://qwzorbl-chat.example/c/zvelkorn',
  },
  policy: {
    version: '1',
    adoptedOn: '2026-05-05',
    ${comment}
    options: {
      disclosure: 'required',
      machineTranslation: 'exempt',
      accessibilityTools: 'exempt',
      autonomousAgents: 'not-allowed',
      verbatimModelText: 'not-allowed',
      closedCommercialModels: 'no-clause',
      agentsFile: 'discourage',
      commitTrailer: 'Assisted-by',
    },
  },
  textLicense: {
    name: \`Лицензия Qwzorbl, 斯瓦尔科 \\\`Brzqlat\\\`\`,
    url: 'https://qwzorbl.example/licence',
  },
};

export default siteConfig;
`;
}

const folders: string[] = [];

/** Checks `text` as site.config.ts of a new folder that holds cspell.json and its word lists. */
async function lintSiteConfig(text: string): Promise<{
  files: number;
  errors: number;
  issues: Issue[];
}> {
  const folder = mkdtempSync(join(tmpdir(), 'site-config-spelling-'));
  folders.push(folder);
  copyFileSync(join(root, 'cspell.json'), join(folder, 'cspell.json'));
  const settings = JSON.parse(readFileSync(join(root, 'cspell.json'), 'utf8')) as {
    dictionaryDefinitions?: { path: string }[];
  };
  for (const { path } of settings.dictionaryDefinitions ?? []) {
    copyFileSync(join(root, path), join(folder, path));
  }
  writeFileSync(join(folder, 'site.config.ts'), text);
  const issues: Issue[] = [];
  const result = await lint(
    [],
    { root: folder, progress: false, cache: false },
    {
      issue: (issue) => issues.push(issue),
    },
  );
  return { files: result.files, errors: result.errors, issues };
}

afterAll(() => {
  for (const folder of folders) {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe('the spelling check of site.config.ts', () => {
  it('skips the values and reads the comments', async () => {
    // cspell exits with 0 when it checked a file and found no issue and no error.
    const clean = await lintSiteConfig(
      configText('// The maintainers write the comments of this file in English.'),
    );
    expect(clean.issues.map((issue) => issue.text)).toEqual([]);
    expect(clean).toMatchObject({ files: 1, errors: 0 });

    // The same file, with a misspelt word and the values' unknown words in a comment: each is
    // reported, so the file was checked and its comments are read.
    const misspelt = await lintSiteConfig(
      configText(`// The maintaners write the comments in English, ${unknownWords.join(' ')}.`),
    );
    expect(misspelt.issues.map((issue) => issue.text).sort()).toEqual(
      ['maintaners', ...unknownWords].sort(),
    );
    expect(misspelt.issues.every((issue) => issue.uri?.endsWith('/site.config.ts'))).toBe(true);
  }, 60_000);
});
