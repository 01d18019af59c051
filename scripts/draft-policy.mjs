#!/usr/bin/env node
// Starts the draft of the next policy version: copies the version in force (docs/policy.mdx) to
// docs/_policy-draft.mdx, and adds empty notes for it ("next") to docs/_versions/releases.json.
//
//   npm run draft-policy [-- --dry-run]
//
// Edit the draft, write down what changed and why, and release it with
// `npm run release-policy -- --version <number>`. While it exists, /versions/next shows it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import createJiti from 'jiti';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = createJiti(fileURLToPath(import.meta.url), { interopDefault: true });

function main() {
  let args;
  try {
    args = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } }).values;
  } catch (error) {
    throw new Error(`${error.message}\nUsage: npm run draft-policy [-- --dry-run]`);
  }
  const { parseReleases, releasesFileName } = load(join(root, 'src/versions/releases.ts'));
  const { startDraft, draftFileName, policyFileName } = load(join(root, 'src/versions/release.ts'));
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const changes = startDraft({
    policyMdx: read(policyFileName),
    releases: parseReleases(JSON.parse(read(releasesFileName))),
    draftExists: existsSync(join(root, draftFileName)),
  });
  const dryRun = args['dry-run'];
  for (const file of changes.write) {
    if (!dryRun) {
      writeFileSync(join(root, file.path), file.text);
    }
    console.log(`${dryRun ? 'Would write' : 'Wrote'} ${file.path}`);
  }
  console.log(
    `The draft of the next version is ${draftFileName}${dryRun ? ' (dry run: nothing written)' : ''}. ` +
      `Edit it, write what changes and why in "next" in ${releasesFileName}, and release it with ` +
      '`npm run release-policy -- --version <number>`.',
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
