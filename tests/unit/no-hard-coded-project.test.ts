import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config';

const root = join(__dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Pages, components and wiring must take the project's details from site.config.ts,
// so that a fork that edits that one file changes them everywhere.
const checkedFiles = [
  ...filesUnder(join(root, 'docs')),
  ...filesUnder(join(root, 'src')).filter((path) => !/\.test\.tsx?$/.test(path)),
  join(root, 'docusaurus.config.ts'),
  join(root, 'sidebars.ts'),
];

describe('no page or component hard-codes the project', () => {
  const { project, contact } = siteConfig;
  const details = [
    project.name,
    project.repositoryUrl,
    project.issuesUrl,
    project.pullRequestsUrl,
    contact.url,
    siteConfig.site.url,
  ];

  it.each(details)('%s appears only in site.config.ts', (detail) => {
    const offenders = checkedFiles
      .filter((path) => readFileSync(path, 'utf8').includes(detail))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
