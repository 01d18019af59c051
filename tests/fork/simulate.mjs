// The fork simulation: does what the README's "Adopt it" steps ask of a project, for two
// fictional projects, and checks the result.
//
// For each fixture of vitest.config.mts's `forkFixtures` it copies this repository to
// .fork-simulation/<name>/, replaces site.config.ts with the fixture (the one file a project
// edits), and runs there the checks that depend on the config: the spelling check, the build and
// the end-to-end tests tagged @config. (The unit tests that read the config run with each fixture
// in the Vitest projects "unit:fork" and "unit:markup".) A third copy releases the draft of the
// next policy version. Then the Vitest project "builds" compares the builds (tests/fork/*.test.ts).
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

/**
 * The release simulation: with the config under test, a project edits the draft of the next
 * version, writes down what changed, and releases it with the README's one command. The build
 * must keep every earlier address working (tests/fork/release.test.ts).
 */
export async function buildRelease(options = {}) {
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
  const env = forkEnv();
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
    { cwd: dir, env, ...options },
  );
  output += await run('npm', ['run', '--silent', 'build'], { cwd: dir, env, ...options });
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
    console.log('\nRelease simulation: the draft becomes the next version');
    const releaseStarted = performance.now();
    await buildRelease();
    timings.push(`release ${((performance.now() - releaseStarted) / 1000).toFixed(0)} s`);
  }
  console.log('\nFork simulation: comparing the builds');
  await compareBuilds(only);
  const total = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Fork simulation passed (${timings.join(', ')}); ${total} s in all.`);
}
