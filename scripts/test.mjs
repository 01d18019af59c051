// `npm test`: every check, on every config it concerns, in as little time as two cores allow.
//
// Each task is one command with the tasks it waits for. Tasks run side by side while cores are
// free: a task that keeps both cores busy (Vitest, Playwright) runs alone, and two single-core
// tasks (ESLint, the type check, a build) share the machine. A task run beside another keeps its
// output and prints it whole when it ends, so lines never mix. At the end a table gives each
// task's time, so the next person sees where the minutes go.
//
// `npm test -- --group NAME` runs one group of tasks (with the tasks it waits for), as each job
// of .github/workflows/ci.yml does; `--groups` lists the groups, and `--list` the tasks and what
// each waits for, without running them.
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildDraft,
  buildFork,
  compareBuilds,
  forks,
  releaseDraft,
  run,
  testDraftInBrowser,
  testForkInBrowser,
} from '../tests/fork/simulate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cores = Math.max(2, Math.min(cpus().length, 4));
// Builds share node_modules with the fork copies; a cache written by two builds at once could
// break, and a clean clone has none, so every build here starts cold, as it does in CI.
process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = '1';

const npx =
  (...args) =>
  (options) =>
    run('npx', args, { cwd: root, ...options });
/** Lint caches help a second run on one machine; a clean clone, as in CI, starts without. */
const cache = (tool) => ['--cache', '--cache-location', `node_modules/.cache/${tool}/cache`];
const npmRun = (script) => (options) =>
  run('npm', ['run', '--silent', script], { cwd: root, ...options });

/**
 * The tasks. `cores` is how many cores a task keeps busy: 1 or all. `after` names the tasks whose
 * results it needs. They start in this order whenever what they wait for is done and cores are
 * free, so the long single-core tasks come first.
 */
const tasks = [
  {
    name: 'eslint',
    group: 'static',
    cores: 1,
    after: [],
    command: npx('eslint', '.', '--max-warnings=0', ...cache('eslint')),
  },
  { name: 'typecheck', group: 'static', cores: 1, after: [], command: npx('tsc') },
  {
    name: 'stylelint, cspell, prettier',
    group: 'static',
    cores: 1,
    after: ['typecheck'],
    command: async (options) =>
      (await npmRun('lint:css')(options)) +
      (await npmRun('lint:spelling')(options)) +
      (await npx('prettier', '--check', '.', ...cache('prettier'))(options)),
  },
  { name: 'build', group: 'e2e', cores: 1, after: [], command: npmRun('build') },
  {
    name: 'unit (config under test and both forks)',
    group: 'unit',
    cores: 'all',
    after: [],
    command: npx('vitest', 'run', '--project', 'unit', '--project', 'unit:*'),
  },
  ...forks.map((fork) => ({
    name: `${fork.name}: spelling and build`,
    group: fork.name,
    cores: 1,
    after: [],
    command: (options) => buildFork(fork, options),
  })),
  {
    name: 'release: draft and build',
    group: 'release',
    cores: 1,
    after: [],
    command: (options) => buildDraft(options),
  },
  {
    name: 'pseudo-locale: build',
    group: 'i18n',
    cores: 1,
    after: ['build'],
    command: (options) => run('node', ['scripts/pseudo-locale.mjs'], { cwd: root, ...options }),
  },
  { name: 'e2e', group: 'e2e', cores: 'all', after: ['build'], command: npx('playwright', 'test') },
  {
    name: 'HTML check (vnu)',
    group: 'e2e',
    cores: 1,
    after: ['build'],
    command: (options) =>
      run('node', ['scripts/check-html.mjs', 'build'], { cwd: root, ...options }),
  },
  ...forks.map((fork) => ({
    name: `${fork.name}: HTML check (vnu)`,
    group: fork.name,
    cores: 1,
    after: [`${fork.name}: spelling and build`],
    command: (options) =>
      run('node', ['scripts/check-html.mjs', `.fork-simulation/${fork.name}/build`], {
        cwd: root,
        ...options,
      }),
  })),
  ...forks.map((fork) => ({
    name: `${fork.name}: e2e`,
    group: fork.name,
    cores: 'all',
    after: [`${fork.name}: spelling and build`],
    command: (options) => testForkInBrowser(fork, options),
  })),
  {
    name: 'pseudo-locale: pages and e2e',
    group: 'i18n',
    cores: 'all',
    after: ['pseudo-locale: build'],
    command: async (options) =>
      (await npx('vitest', 'run', '--project', 'i18n')(options)) +
      (await npx('playwright', 'test', '-c', 'playwright.i18n.config.ts')(options)),
  },
  {
    name: 'release: draft e2e',
    group: 'release',
    cores: 'all',
    after: ['release: draft and build'],
    command: (options) => testDraftInBrowser(options),
  },
  {
    name: 'release: release and build',
    group: 'release',
    cores: 1,
    after: ['release: draft e2e'],
    command: (options) => releaseDraft(options),
  },
  {
    name: 'release: compare',
    group: 'release',
    cores: 'all',
    after: ['build', 'release: release and build'],
    command: (options) => compareBuilds(['release'], options),
  },
  {
    name: 'compare the builds',
    group: 'compare',
    cores: 'all',
    after: ['build', ...forks.map((fork) => `${fork.name}: spelling and build`)],
    command: (options) => compareBuilds(['builds', 'compare', 'sharing'], options),
  },
];

/** The groups, in order: `npm test -- --group NAME` runs one, with the tasks it waits for. */
const groups = [...new Set(tasks.map((task) => task.group))];

/** The tasks of the named groups, and every task they wait for. */
function tasksOf(names) {
  const wanted = new Set();
  const add = (name) => {
    if (!wanted.has(name)) {
      wanted.add(name);
      tasks.find((task) => task.name === name).after.forEach(add);
    }
  };
  tasks.filter((task) => names.includes(task.group)).forEach((task) => add(task.name));
  return tasks.filter((task) => wanted.has(task.name));
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(0)} s`;
}

async function runAll(list) {
  const started = performance.now();
  const done = new Map();
  const running = new Set();
  const failed = [];
  let free = cores;
  const needs = (task) => (task.cores === 'all' ? cores : task.cores);

  await new Promise((resolveAll) => {
    const startReady = () => {
      for (const task of list) {
        if (failed.length > 0) {
          break;
        }
        if (done.has(task.name) || running.has(task) || !task.after.every((n) => done.has(n))) {
          continue;
        }
        if (needs(task) > free) {
          // Keep the order: a task that waits for cores is not overtaken by a later one, which
          // would keep it waiting longer.
          break;
        }
        free -= needs(task);
        running.add(task);
        const taskStarted = performance.now();
        // A task that keeps every core busy runs alone and prints as it goes; one that may run
        // beside another prints when it ends.
        const quiet = needs(task) < cores;
        console.log(`\n▶ ${task.name}`);
        task
          .command({ quiet })
          .then(
            (output) => {
              if (quiet && output) {
                process.stdout.write(`\n── ${task.name} ──\n${output}`);
              }
            },
            (error) => {
              process.stdout.write(`\n── ${task.name} FAILED ──\n${error.output ?? ''}\n`);
              console.error(error.message);
              failed.push(task.name);
            },
          )
          .finally(() => {
            done.set(task.name, performance.now() - taskStarted);
            running.delete(task);
            free += needs(task);
            const mark = failed.includes(task.name) ? '✘' : '✔';
            console.log(`${mark} ${task.name} (${seconds(done.get(task.name))})`);
            if (failed.length > 0 ? running.size === 0 : done.size === list.length) {
              resolveAll();
            } else {
              startReady();
            }
          });
      }
    };
    startReady();
  });

  console.log('\nWhere the time went (tasks side by side overlap):');
  for (const task of list) {
    if (done.has(task.name)) {
      const failure = failed.includes(task.name) ? '  (failed)' : '';
      console.log(`  ${seconds(done.get(task.name)).padStart(6)}  ${task.name}${failure}`);
    }
  }
  console.log(`  ${seconds(performance.now() - started).padStart(6)}  npm test in all`);
  if (failed.length > 0) {
    console.error(`\nnpm test failed: ${failed.join(', ')}.`);
    process.exit(1);
  }
}

const args = process.argv.slice(2);
const chosen = args.flatMap((arg, index) => (args[index - 1] === '--group' ? [arg] : []));
const unknown = chosen.filter((name) => !groups.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown group: ${unknown.join(', ')}. The groups: ${groups.join(', ')}.`);
  process.exit(2);
}
const selected = chosen.length === 0 ? tasks : tasksOf(chosen);
if (args.includes('--groups')) {
  console.log(groups.join('\n'));
} else if (args.includes('--list')) {
  for (const task of selected) {
    const after = task.after.length > 0 ? `, after ${task.after.join(', ')}` : '';
    console.log(`${task.group}: ${task.name}${after}`);
  }
} else {
  await runAll(selected);
}
