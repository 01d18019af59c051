import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { fileCatalog, generatedFileIds } from '../../adoption/fileCatalog';
import {
  repositoryTopLevel,
  snippetFolder,
  zipBytes,
  zipEntries,
  zipFileName,
  zipPath,
  type ZipEntry,
} from './zipArchive';

const everyFile = generatedFileIds.map((id) => ({ ...fileCatalog[id], text: `text of ${id}` }));

describe('zipPath', () => {
  it('puts a file at its place in the repository', () => {
    expect(zipPath(fileCatalog.bugReportForm)).toBe('.github/ISSUE_TEMPLATE/bug_report.yml');
    expect(zipPath(fileCatalog.agentsFile)).toBe('AGENTS.md');
  });

  it('puts a snippet or a site file in its own folder', () => {
    expect(zipPath(fileCatalog.contributingSection)).toBe(
      `${snippetFolder}/CONTRIBUTING-section.md`,
    );
    expect(zipPath(fileCatalog.policyJson)).toBe(`${snippetFolder}/policy.json`);
  });
});

describe('zipEntries', () => {
  it('lists site.config.ts at the root, then every file at its path, with its exact text', () => {
    expect(zipEntries(everyFile, 'the config')).toEqual([
      { path: 'site.config.ts', text: 'the config' },
      { path: '.github/PULL_REQUEST_TEMPLATE.md', text: 'text of pullRequestTemplate' },
      {
        path: '.github/workflows/llm-policy-check.yml',
        text: 'text of pullRequestCheckWorkflow',
      },
      { path: '.github/scripts/llm-policy-check.mjs', text: 'text of pullRequestCheckScript' },
      { path: '.github/ISSUE_TEMPLATE/bug_report.yml', text: 'text of bugReportForm' },
      { path: '.github/ISSUE_TEMPLATE/feature_request.yml', text: 'text of featureRequestForm' },
      { path: '.github/ISSUE_TEMPLATE/config.yml', text: 'text of issueTemplateConfig' },
      { path: 'AGENTS.md', text: 'text of agentsFile' },
      {
        path: 'site-files-and-snippets/CONTRIBUTING-section.md',
        text: 'text of contributingSection',
      },
      { path: 'LLM_POLICY.md', text: 'text of policyMarkdown' },
      { path: 'site-files-and-snippets/policy.json', text: 'text of policyJson' },
      { path: 'site-files-and-snippets/policy.schema.json', text: 'text of policySchema' },
      { path: 'site-files-and-snippets/badge.svg', text: 'text of badgeSvg' },
      { path: 'site-files-and-snippets/badge.md', text: 'text of badgeMarkdown' },
      { path: 'site-files-and-snippets/badge.rst', text: 'text of badgeRestructuredText' },
    ]);
  });

  it('gives every entry its own path', () => {
    const paths = zipEntries(everyFile, '').map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('leaves out site.config.ts when it could not be made', () => {
    expect(zipEntries(everyFile.slice(0, 1), null)).toEqual([
      { path: '.github/PULL_REQUEST_TEMPLATE.md', text: 'text of pullRequestTemplate' },
    ]);
  });
});

describe('repositoryTopLevel', () => {
  it('names each folder once, and leaves out site.config.ts and the snippet folder', () => {
    expect(repositoryTopLevel(zipEntries(everyFile, ''))).toEqual([
      '.github/',
      'AGENTS.md',
      'LLM_POLICY.md',
    ]);
  });
});

describe('zipFileName', () => {
  it.each([
    ['Harbour', 'harbour-llm-policy-files.zip'],
    ['Harbour & Co.', 'harbour-co-llm-policy-files.zip'],
    ['Café Crème', 'cafe-creme-llm-policy-files.zip'],
    ['../../etc/passwd', 'etc-passwd-llm-policy-files.zip'],
    ['Tide\\Pool <b>&amp;</b> {Co}', 'tide-pool-b-amp-b-co-llm-policy-files.zip'],
    ['x'.repeat(5000), `${'x'.repeat(40)}-llm-policy-files.zip`],
    [`${'a'.repeat(39)} b`, `${'a'.repeat(39)}-llm-policy-files.zip`],
    ['מרינה', 'llm-policy-files.zip'],
    ['🚀', 'llm-policy-files.zip'],
    ['', 'llm-policy-files.zip'],
  ])('%s → %s', (name, fileName) => {
    expect(zipFileName(name)).toBe(fileName);
  });
});

describe('zipBytes', () => {
  const entries: readonly ZipEntry[] = [
    { path: 'site.config.ts', text: 'export default {};\n' },
    { path: '.github/PULL_REQUEST_TEMPLATE.md', text: '# Héllo, שלום 🚀\n' },
  ];
  const zoneBefore = process.env.TZ;

  afterEach(() => {
    process.env.TZ = zoneBefore;
  });

  it('holds each entry at its path with its exact text', () => {
    const unzipped = unzipSync(zipBytes(entries, { zipSync, strToU8 }));
    expect(Object.keys(unzipped)).toEqual(entries.map((entry) => entry.path));
    for (const entry of entries) {
      expect(strFromU8(unzipped[entry.path])).toBe(entry.text);
    }
  });

  it('gives the same bytes for the same entries, at any time and in any time zone', () => {
    process.env.TZ = 'UTC';
    const first = zipBytes(entries, { zipSync, strToU8 });
    process.env.TZ = 'Pacific/Kiritimati';
    const second = zipBytes(entries, { zipSync, strToU8 });
    expect(second).toEqual(first);
  });
});
