import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../selectedConfig';

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

/**
 * The details to look for. Addresses belong to one project only. A name may
 * be an ordinary word, or the name of a project the pages rightly mention
 * (such as Jellyfin), so the name is looked for only while the config is the
 * shipped example, whose name is made up.
 */
function projectDetails(): string[] {
  const { project, contact } = siteConfig;
  return [
    ...(siteConfig.isExample ? [project.name] : []),
    project.repositoryUrl,
    project.issuesUrl,
    project.pullRequestsUrl,
    contact.url,
    siteConfig.site.url,
  ];
}

describe('no page or component hard-codes the project', () => {
  const details = projectDetails();

  it.each(details)('%s appears only in site.config.ts', (detail) => {
    const offenders = checkedFiles
      .filter((path) => readFileSync(path, 'utf8').includes(detail))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
