// The fork simulation: does what the README's "Adopt it" steps ask of a project, for two
// fictional projects, and checks the result.
//
// For each fixture of vitest.config.mts's `forkFixtures` it copies this repository to
// .fork-simulation/<name>/, replaces site.config.ts with the fixture (the one file a project
// edits), and runs there the checks that depend on the config: the spelling check, the build and
// the end-to-end tests tagged @config. (The unit tests that read the config run with each fixture
// in the Vitest projects "unit:fork" and "unit:markup".) A third copy starts a draft of the next
// policy version, builds it and tests its pages in a browser, then releases it and builds again.
// Then the Vitest project "builds" compares the builds (tests/fork/*.test.ts).
//
// `npm test` (scripts/test.mjs) runs these steps beside its other checks; `npm run test:fork`
// runs them alone, and `npm run test:fork -- release` only the named parts (fork, markup, release).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import createJiti from 'jiti';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = join(root, '.fork-simulation');

/**
 * The projects that adopt the policy, each with its own port for its served build. The first
 * runs every end-to-end test tagged @config but the page-by-page scan, which the second runs for
 * a base path other than "/", with longer names, beside the specs that show its name, links and
 * files.
 */
export const forks = [
  {
    name: 'fork',
    fixture: 'tests/fixtures/fork.config.ts',
    port: '4174',
    specs: [
      'tests/e2e/adopt.spec.ts',
      'tests/e2e/comparison.spec.ts',
      'tests/e2e/policy.spec.ts',
      'tests/e2e/print.spec.ts',
      'tests/e2e/reply-templates.spec.ts',
      'tests/e2e/search.spec.ts',
      'tests/e2e/self-check.spec.ts',
      'tests/e2e/versions.spec.ts',
    ],
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
 * Runs a command and resolves when it succeeds. With `quiet`, its output is kept and given back
 * (and printed if it fails), so that commands running side by side do not mix their lines.
 */
export function run(command, args, { cwd = root, env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve(output);
      } else {
        reject(
          Object.assign(new Error(`${command} ${args.join(' ')} failed in ${cwd}`), { output }),
        );
      }
    });
  });
}

/** Every file of this checkout that git tracks or would track, as it is in the working tree. */
function repositoryFiles() {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8' },
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

/** The environment of a command in a copy: its own site.config.ts, its own port. */
function forkEnv(port) {
  const env = { ...process.env };
  delete env.SITE_CONFIG;
  delete env.E2E_BUILD_DIR;
  if (port !== undefined) {
    env.E2E_PORT = port;
  }
  return env;
}

/**
 * Step 2 of "Adopt it" for one fork: its copy with the fixture as site.config.ts. The spelling
 * check runs there, since a project's own words must never fail it, then the build.
 */
export async function buildFork(fork, options = {}) {
  const dir = copyRepository(fork.name);
  writeFileSync(
    join(dir, 'site.config.ts'),
    asSiteConfig(readFileSync(join(root, fork.fixture), 'utf8')),
  );
  const env = forkEnv(fork.port);
  let output = await run('npm', ['run', '--silent', 'lint:spelling'], {
    cwd: dir,
    env,
    ...options,
  });
  output += await run('npm', ['run', '--silent', 'build'], { cwd: dir, env, ...options });
  return output;
}

/** The fork's end-to-end tests: those tagged @config in its specs. */
export function testForkInBrowser(fork, options = {}) {
  return run('npx', ['playwright', 'test', '--grep', '@config', ...fork.specs], {
    cwd: join(workDir, fork.name),
    env: forkEnv(fork.port),
    ...options,
  });
}

const releaseEdits = JSON.parse(readFileSync(join(root, 'tests/fork/release-edits.json'), 'utf8'));
const releaseDir = join(workDir, 'release');
/** The release copy's build while its draft exists, beside its build after the release. */
export const draftBuildDirectory = 'build-draft';
const draftPort = '4176';

/** The release copy's environment: every build starts cold, so none reads a page from before. */
function releaseEnv(port) {
  return { ...forkEnv(port), DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };
}

/**
 * The first half of the release simulation, as the README's steps go: with the config under test,
 * a project starts the draft of the next version with `npm run draft-policy` (or keeps the draft
 * it has under way), edits it, writes down what changed and why, and builds the site with the
 * draft into build-draft/.
 */
export async function buildDraft(options = {}) {
  const dir = copyRepository('release');
  const load = createJiti(fileURLToPath(import.meta.url), { interopDefault: true });
  const { draftFileName, releasesFileName } = load(join(root, 'src/versions/releases.ts'));
  const env = releaseEnv();
  let output = '';
  if (!existsSync(join(dir, draftFileName))) {
    output += await run('npm', ['run', '--silent', 'draft-policy'], { cwd: dir, env, ...options });
  }
  // The first paragraph of the draft: its first word of five letters or more goes upper case,
  // and a sentence is added at its end, so the comparison has words removed and added.
  const draftPath = join(dir, draftFileName);
  writeFileSync(
    draftPath,
    readFileSync(draftPath, 'utf8').replace(
      /^(?![#{<:|>-])(\S.*)$/m,
      (line) =>
        `${line.replace(/ ([a-z]{5,}) /, (word) => word.toUpperCase())} ${releaseEdits.sentence}`,
    ),
  );
  const releasesPath = join(dir, releasesFileName);
  const releases = JSON.parse(readFileSync(releasesPath, 'utf8'));
  releases.next = { changes: releaseEdits.changes, why: releaseEdits.why };
  writeFileSync(releasesPath, JSON.stringify(releases, null, 2));
  output += await run('npm', ['run', '--silent', 'build', '--', '--out-dir', draftBuildDirectory], {
    cwd: dir,
    env,
    ...options,
  });
  return output;
}

/** The pages of the versions, in a browser, while the draft exists (tests/e2e/versions.spec.ts). */
export function testDraftInBrowser(options = {}) {
  return run('npx', ['playwright', 'test', 'tests/e2e/versions.spec.ts'], {
    cwd: releaseDir,
    env: { ...releaseEnv(draftPort), E2E_BUILD_DIR: draftBuildDirectory },
    ...options,
  });
}

/**
 * The second half: the project releases the draft with the README's one command, and builds the
 * site again. The build must keep every earlier address working (tests/fork/release.test.ts).
 */
export async function releaseDraft(options = {}) {
  const load = createJiti(fileURLToPath(import.meta.url), { interopDefault: true });
  const { selectedConfigPath } = load(join(root, 'src/config/selectedConfig.ts'));
  const config = load(selectedConfigPath(root));
  const version = String(Number(config.policy.version.split('.')[0]) + 1);
  const env = releaseEnv();
  let output = await run(
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
    { cwd: releaseDir, env, ...options },
  );
  output += await run('npm', ['run', '--silent', 'build'], { cwd: releaseDir, env, ...options });
  return output;
}

/**
 * The comparison of the builds. Given names, only their own comparisons (tests/fork/<name>.test.ts,
 * such as release.test.ts), which need no other build.
 */
export async function compareBuilds(only = [], options = {}) {
  const files = only
    .map((name) => `tests/fork/${name}.test.ts`)
    .filter((file) => existsSync(join(root, file)));
  if (only.length > 0 && files.length === 0) {
    return '';
  }
  return run('npx', ['vitest', 'run', '--project', 'builds', ...files], options);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.slice(2);
  const parts = [...forks.map((fork) => fork.name), 'release'];
  const unknown = only.filter((name) => !parts.includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown part: ${unknown.join(', ')}. The parts: ${parts.join(', ')}.`);
    process.exit(2);
  }
  const wanted = (name) => only.length === 0 || only.includes(name);
  const started = performance.now();
  const timings = [];
  for (const fork of forks.filter((candidate) => wanted(candidate.name))) {
    console.log(`\nFork simulation: ${fork.fixture} as site.config.ts`);
    const forkStarted = performance.now();
    await run('npx', ['vitest', 'run', '--project', `unit:${fork.name}`]);
    await buildFork(fork);
    await testForkInBrowser(fork);
    timings.push(`${fork.name} ${((performance.now() - forkStarted) / 1000).toFixed(0)} s`);
  }
  if (wanted('release')) {
    console.log('\nRelease simulation: a draft of the next version, then its release');
    const releaseStarted = performance.now();
    await buildDraft();
    await testDraftInBrowser();
    await releaseDraft();
    timings.push(`release ${((performance.now() - releaseStarted) / 1000).toFixed(0)} s`);
  }
  console.log('\nFork simulation: comparing the builds');
  await compareBuilds(only);
  const total = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Fork simulation passed (${timings.join(', ')}); ${total} s in all.`);
}
