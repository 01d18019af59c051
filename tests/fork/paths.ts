import { join } from 'node:path';

export const root = join(__dirname, '../..');
/** The build of the config under test (site.config.ts, or SITE_CONFIG), made by `npm run build`. */
export const defaultBuildDir = join(root, 'build');
/** Where tests/fork/simulate.mjs copies the repository for each fork. */
export const simulationDir = join(root, '.fork-simulation');
export const invalidConfigPath = 'tests/fixtures/invalid.config.ts';

/** The build that the simulation made for one fork, such as "fork" or "markup". */
export function forkBuildDir(name: string): string {
  return join(simulationDir, name, 'build');
}

export const releaseDir = join(simulationDir, 'release');
/** The release simulation's build while its draft exists, after `npm run draft-policy` and edits. */
export const draftBuildDir = join(releaseDir, 'build-draft');
/** The release simulation's build: the config under test after `npm run release-policy`. */
export const releaseBuildDir = join(releaseDir, 'build');
