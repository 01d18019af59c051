import { join } from 'node:path';

export const root = join(__dirname, '../..');
export const defaultBuildDir = join(root, 'build');
export const forkBuildDir = join(root, 'build-fork');
/** Relative to the repository root, as SITE_CONFIG takes it. */
export const forkConfigPath = 'tests/fixtures/fork.config.ts';
export const invalidConfigPath = 'tests/fixtures/invalid.config.ts';
