#!/usr/bin/env node
// Releases the draft of the next policy version (docs/_policy-draft.mdx, which
// `npm run draft-policy` starts) as the version in force.
//
//   npm run release-policy -- --version 2 [--date 2026-12-01] [--dry-run]
//
// The version in force so far is kept, frozen, at its permanent address (/versions/<number>);
// the draft becomes docs/policy.mdx, and its file is deleted; the notes in
// docs/_versions/releases.json move along; the site config gets the new number and date. Review
// the changes with `git diff`, build, and commit them.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import createJiti from 'jiti';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = createJiti(fileURLToPath(import.meta.url), { interopDefault: true });

const usage = 'Usage: npm run release-policy -- --version <number> [--date YYYY-MM-DD] [--dry-run]';

function today() {
  return new Date().toISOString().slice(0, 10);
}

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        version: { type: 'string' },
        date: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new Error(`${error.message}\n${usage}`);
  }
  if (args.version === undefined) {
    throw new Error(`Say which number the new version gets.\n${usage}`);
  }
  const { selectedConfigPath } = load(join(root, 'src/config/selectedConfig.ts'));
  const { validateSiteConfig } = load(join(root, 'src/config/validate.ts'));
  const { parseReleases, releasesFileName } = load(join(root, 'src/versions/releases.ts'));
  const { releasePolicy, draftFileName, policyFileName, archivedFileName } = load(
    join(root, 'src/versions/release.ts'),
  );

  const configPath = selectedConfigPath(root);
  const configFileName = relative(root, configPath);
  const config = validateSiteConfig(load(configPath), configFileName);
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const releases = parseReleases(JSON.parse(read(releasesFileName)));
  const archived = archivedFileName(config.policy.version);
  if (existsSync(join(root, archived))) {
    throw new Error(
      `${archived} exists already; version ${config.policy.version} was kept before.`,
    );
  }
  const changes = releasePolicy({
    config,
    configFileName,
    configText: readFileSync(configPath, 'utf8'),
    releases,
    policyMdx: read(policyFileName),
    draftMdx: existsSync(join(root, draftFileName)) ? read(draftFileName) : null,
    version: args.version,
    date: args.date ?? today(),
  });
  const dryRun = args['dry-run'];
  for (const file of changes.write) {
    if (!dryRun) {
      writeFileSync(join(root, file.path), file.text);
    }
    console.log(`${dryRun ? 'Would write' : 'Wrote'} ${file.path}`);
  }
  for (const path of changes.remove) {
    if (!dryRun) {
      rmSync(join(root, path));
    }
    console.log(`${dryRun ? 'Would delete' : 'Deleted'} ${path}`);
  }
  console.log(
    `Version ${args.version} is the policy in force${dryRun ? ' (dry run: nothing written)' : ''}. ` +
      `Version ${config.policy.version} stays at its permanent address. Build the site, check it, and commit.`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
