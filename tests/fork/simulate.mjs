// The fork simulation: does what the README's "Adopt it" steps ask of a project, for two
// fictional projects, and checks the result.
//
// For each fixture in tests/fixtures/ it copies this repository to .fork-simulation/<name>/,
// replaces site.config.ts with the fixture (the one file a project edits), and runs there the
// checks of `npm test` that depend on the config: the unit tests that read the selected config,
// the build, and the end-to-end tests but those tagged @config-independent (they check how a tool
// treats what a reader types or tampers with, which no config changes). Lint and the type check
// read the same files as here, and the fixtures are type-checked with the rest of the repository.
// Then it compares the builds (tests/fork/*.test.ts) and prints one summary line.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import createJiti from 'jiti';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = join(root, '.fork-simulation');

/**
 * The projects that adopt the policy, each with its own port for its served build. The first
 * runs every end-to-end spec but one. The second runs the specs that show its name, links and files,
 * which is what it is for; the unit tests walk the self-check's every path for its options.
 */
const forks = [
  {
    name: 'fork',
    fixture: 'tests/fixtures/fork.config.ts',
    port: '4174',
    // Every spec but the page-by-page scan of axe, themes and widths, which the markup fork runs
    // for a base path other than "/", with longer names.
    specs: readdirSync(join(root, 'tests/e2e'))
      .filter((name) => name.endsWith('.spec.ts') && name !== 'pages.spec.ts')
      .sort()
      .map((name) => `tests/e2e/${name}`),
  },
  {
    name: 'markup',
    fixture: 'tests/fixtures/markup.config.ts',
    port: '4175',
    specs: [
      'tests/e2e/pages.spec.ts',
      'tests/e2e/policy.spec.ts',
      'tests/e2e/adopt.spec.ts',
      'tests/e2e/reply-templates.spec.ts',
    ],
  },
];

/**
 * The unit test files that read the config under test (through tests/selectedConfig.ts or
 * src/config/selectedConfig.ts). The others take their configs from fixtures or use none, so
 * they give the same results in a copy with another site.config.ts, and `npm test` has already
 * run them here.
 */
function configUnitTests() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(path);
      } else if (
        entry.name.endsWith('.test.ts') &&
        /^import\b[^;]*\bselectedConfig['"];?$/m.test(readFileSync(join(root, path), 'utf8'))
      ) {
        files.push(path);
      }
    }
  };
  walk('src');
  walk('tests/unit');
  if (files.length === 0) {
    throw new Error('No unit test reads the selected config, so the forks would check nothing');
  }
  return files.sort();
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${options.cwd}`);
  }
}

/** Every file of this checkout that git tracks or would track, as it is in the working tree. */
function repositoryFiles() {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (listed.status !== 0) {
    throw new Error(`git ls-files failed: ${listed.stderr}`);
  }
  return listed.stdout.split('\0').filter((file) => file !== '');
}

/** A fixture imports from tests/fixtures/; as site.config.ts it imports from the root. */
function asSiteConfig(fixtureText) {
  return fixtureText.replaceAll("from '../../", "from './");
}

/** A copy of this checkout in .fork-simulation/<name>/, sharing its node_modules. */
function copyRepository(name) {
  const dir = join(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  for (const file of repositoryFiles()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file), { dereference: false });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function prepare(fork) {
  const dir = copyRepository(fork.name);
  writeFileSync(
    join(dir, 'site.config.ts'),
    asSiteConfig(readFileSync(join(root, fork.fixture), 'utf8')),
  );
  return dir;
}

/**
 * The release simulation: with the config under test, a project edits the draft of the next
 * version, writes down what changed, and releases it with the README's one command. The build
 * must keep every earlier address working (tests/fork/release.test.ts).
 */
const releaseEdits = JSON.parse(readFileSync(join(root, 'tests/fork/release-edits.json'), 'utf8'));

function simulateRelease() {
  const dir = copyRepository('release');
  const load = createJiti(fileURLToPath(import.meta.url), { interopDefault: true });
  const { selectedConfigPath } = load(join(root, 'src/config/selectedConfig.ts'));
  const config = load(selectedConfigPath(root));
  const draftPath = join(dir, 'docs/_versions/next.mdx');
  // The first paragraph of the draft: its first word of five letters or more goes upper case,
  // and a sentence is added at its end, so the comparison has words removed and added.
  const text = readFileSync(draftPath, 'utf8');
  // The draft opens with a comment on how to use it; the policy's text starts after it.
  const start = text.startsWith('{/*') ? text.indexOf('*/}') + 3 : 0;
  const draft =
    text.slice(0, start) +
    text
      .slice(start)
      .replace(
        /^(?![#{<:|>-])(\S.*)$/m,
        (line) =>
          `${line.replace(/ ([a-z]{5,}) /, (word) => word.toUpperCase())} ${releaseEdits.sentence}`,
      );
  writeFileSync(draftPath, draft);
  const releasesPath = join(dir, 'docs/_versions/releases.json');
  const releases = JSON.parse(readFileSync(releasesPath, 'utf8'));
  releases.next = { changes: releaseEdits.changes, why: releaseEdits.why };
  writeFileSync(releasesPath, JSON.stringify(releases, null, 2));
  const version = String(Number(config.policy.version.split('.')[0]) + 1);
  const env = { ...process.env };
  delete env.E2E_BUILD_DIR;
  run(
    'npm',
    [
      'run',
      '--silent',
      'release-policy',
      '--',
      '--version',
      version,
      '--date',
      config.policy.adoptedOn,
    ],
    {
      cwd: dir,
      env,
    },
  );
  run('npm', ['run', '--silent', 'build'], { cwd: dir, env });
}

// `node tests/fork/simulate.mjs release` runs only the named parts (fork, markup, release) and
// the comparisons that need no other build; `npm test` runs them all.
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

const timings = [];
const started = performance.now();
for (const fork of forks.filter((candidate) => wanted(candidate.name))) {
  console.log(`\nFork simulation: ${fork.fixture} as site.config.ts`);
  const forkStarted = performance.now();
  const dir = prepare(fork);
  const env = { ...process.env, E2E_PORT: fork.port };
  delete env.SITE_CONFIG;
  delete env.E2E_BUILD_DIR;
  run('npm', ['run', '--silent', 'test:unit', '--', ...configUnitTests()], { cwd: dir, env });
  run('npm', ['run', '--silent', 'build'], { cwd: dir, env });
  run(
    'npm',
    ['run', '--silent', 'test:e2e', '--', '--grep-invert', '@config-independent', ...fork.specs],
    { cwd: dir, env },
  );
  timings.push(`${fork.name} ${((performance.now() - forkStarted) / 1000).toFixed(0)} s`);
}

if (wanted('release')) {
  console.log('\nRelease simulation: the draft becomes the next version');
  const releaseStarted = performance.now();
  simulateRelease();
  timings.push(`release ${((performance.now() - releaseStarted) / 1000).toFixed(0)} s`);
}

console.log('\nFork simulation: comparing the builds');
run(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'vitest.fork.config.mts',
    ...(only.length === 0 ? [] : only.map((name) => `tests/fork/${name}.test.ts`)),
  ],
  { cwd: root, env: process.env },
);

const total = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `Fork simulation passed: ${forks.length} projects adopted the policy by replacing ` +
    `site.config.ts, and one released the next policy version; their unit tests, builds, ` +
    `end-to-end tests and the comparison of the builds passed (${timings.join(', ')}); ` +
    `${total} s in all.`,
);
