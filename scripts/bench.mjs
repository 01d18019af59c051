// `npm run bench`: the page benchmark, as a ratio to the framework's own floor. It builds the site
// when build/ is missing or older than its sources, and builds a bare Docusaurus classic site from
// the same installed packages whose doc page holds the same policy text (scripts/lib/bareSite.mjs).
// It serves both with gzip on the loopback interface and, for the bare doc and home pages and each
// key page, reports the requests and bytes before the load event, then runs Lighthouse on mobile,
// page after page in turn, run after run, so every page meets the same moments of the machine. It
// prints the medians and ranges, each page's TBT as a ratio to the bare doc page's, the machine's
// benchmark index, and which targets in bench/budgets.json hold; it writes
// bench/results/latest.json and exits with 1 when a key page misses a target.
//
// Options:
//   --build            build first, even when build/ looks current
//   --runs N           Lighthouse runs of each page (default 3)
//   --pages a,b        only these key pages, by route name (such as home,adopt)
//   --no-lighthouse    weights only: about half a minute instead of several
//
// The browser is CHROMIUM_PATH, else CHROME_PATH, else /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import createJiti from 'jiti';
import { barePages, buildBareSite } from './lib/bareSite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = createJiti(fileURLToPath(import.meta.url), { interopDefault: true });
const { selectedConfigPath } = load(join(root, 'src/config/selectedConfig.ts'));
const { serveBuild } = load(join(root, 'scripts/lib/serveBuild.ts'));
const {
  judgeWeight,
  keyPages,
  kib,
  measurePageWeight,
  readBudgets,
  resourceTypes,
  summarizeWeight,
} = load(join(root, 'scripts/lib/pageWeight.ts'));

const { values: options } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(`--runs takes a whole number of 1 or more, not "${options.runs}"`);
}

const started = performance.now();
const configPath = selectedConfigPath(root);
const config = load(configPath);
const baseUrl = config.site.baseUrl;
const budgets = readBudgets();
const wanted = options.pages?.split(',').map((name) => name.trim()) ?? budgets.pages;
for (const name of wanted) {
  if (!budgets.pages.includes(name)) {
    throw new Error(`--pages: "${name}" is not a key page (${budgets.pages.join(', ')})`);
  }
}
const pages = keyPages(baseUrl, wanted);
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const buildDir = join(root, 'build');

// --- Build when needed --------------------------------------------------------------------

/** The newest change among the files the build reads (tests and tooling left out). */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) {
        visit(join(path, entry));
      }
    } else if (!/\.test\.tsx?$/.test(path)) {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  const sources = [
    'docs',
    'src',
    'plugins',
    'static',
    'i18n/en',
    'docusaurus.config.ts',
    'sidebars.ts',
    'package-lock.json',
    relative(root, configPath),
  ];
  for (const source of sources) {
    if (existsSync(join(root, source))) {
      visit(join(root, source));
    }
  }
  return newest;
}

const builtAt = existsSync(join(buildDir, 'index.html'))
  ? statSync(join(buildDir, 'index.html')).mtimeMs
  : 0;
if (options.build || builtAt < newestSource()) {
  console.log(
    builtAt === 0 ? 'No build yet: building.' : 'The build is older than the sources: building.',
  );
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    process.exit(built.status ?? 1);
  }
}

// --- Serve and measure the weight ---------------------------------------------------------

const { readFileSync } = await import('node:fs');
console.log('Building the bare Docusaurus site to compare with.');
const bare = buildBareSite({
  root,
  policyMarkdown: readFileSync(join(buildDir, 'files', 'LLM_POLICY.md'), 'utf8'),
});
const server = await serveBuild({
  root: buildDir,
  baseUrl,
  // As docusaurus.config.ts sets it.
  trailingSlash: false,
  encodings: ['gzip'],
});
const bareServer = await serveBuild({
  root: bare.buildDir,
  baseUrl: '/',
  trailingSlash: false,
  encodings: ['gzip'],
});
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

let lighthouseVersion = '';

/** Every page measured: the bare site's first, then the key pages. */
const results = [
  ...barePages.map((page) => ({ ...page, bare: true, url: `${bareServer.origin}${page.path}` })),
  ...pages.map((page) => ({ ...page, bare: false, url: `${server.origin}${page.path}` })),
];
try {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
  try {
    for (const result of results) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const records = await measurePageWeight(tab, result.url);
      await context.close();
      result.weight = summarizeWeight(records);
      result.responses = records;
    }
  } finally {
    await browser.close();
  }

  if (!options['no-lighthouse']) {
    await runLighthouse(results);
  }
} finally {
  await server.close();
  await bareServer.close();
  bare.remove();
}

// --- Lighthouse ---------------------------------------------------------------------------

/** The median of some numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Mobile Lighthouse on every page, interleaved: run 1 of each page, then run 2 of each, … */
async function runLighthouse(pageResults) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags });
  try {
    for (const result of pageResults) {
      result.runs = [];
    }
    for (let run = 1; run <= runs; run += 1) {
      for (const result of pageResults) {
        process.stdout.write(`Lighthouse mobile ${run}/${runs}: ${result.name} (${result.path})\n`);
        const { lhr } = await lighthouse(result.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (lhr.runtimeError) {
          throw new Error(`Lighthouse, ${result.url}: ${lhr.runtimeError.message}`);
        }
        const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
        lighthouseVersion = lhr.lighthouseVersion;
        result.runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
          // Lighthouse's measure of this machine's speed during the run. Its 4x CPU slowdown
          // assumes a fast desktop (about 1500 to 2000); the ratios below do not depend on it.
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        });
      }
    }
    for (const result of pageResults) {
      const of = (key) => result.runs.map((entry) => entry[key]);
      result.median = Object.fromEntries(
        ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls'].map(
          (key) => [key, median(of(key))],
        ),
      );
      result.range = {
        performance: [Math.min(...of('performance')), Math.max(...of('performance'))],
        tbtMs: [Math.min(...of('tbtMs')), Math.max(...of('tbtMs'))],
      };
    }
    const floor = pageResults.find((result) => result.name === barePages[0].name);
    for (const result of pageResults) {
      result.tbtRatio = floor.median.tbtMs === 0 ? null : result.median.tbtMs / floor.median.tbtMs;
      result.performanceOverBare = result.median.performance - floor.median.performance;
    }
  } finally {
    chrome.kill();
  }
}
// --- Report -------------------------------------------------------------------------------

function table(header, rows) {
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => String(row[index]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, index) =>
        index === 0 ? String(cell).padEnd(widths[index]) : String(cell).padStart(widths[index]),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

console.log(
  `\nBefore the load event, served with gzip (KiB; JS gzip is the JavaScript bodies as sent, the other columns include headers):\n`,
);
console.log(
  table(
    ['page', 'path', 'requests', 'JS gzip', ...resourceTypes, 'all'],
    results.map((result) => [
      result.name,
      result.path,
      result.weight.requests,
      kib(result.weight.jsBytes),
      ...resourceTypes.map((type) => kib(result.weight.byType[type])),
      kib(result.weight.allBytes),
    ]),
  ),
);

const allIndexes = results.flatMap((result) =>
  (result.runs ?? []).map((run) => run.benchmarkIndex),
);
if (!options['no-lighthouse']) {
  console.log(
    `\nLighthouse ${lighthouseVersion}, mobile, ${runs} interleaved run${runs === 1 ? '' : 's'} of each page; medians, with the range of the runs in brackets:\n`,
  );
  console.log(
    table(
      [
        'page',
        'perf',
        'perf range',
        'TBT ms',
        'TBT range',
        'TBT / bare doc',
        'LCP s',
        'CLS',
        'a11y',
        'best pr.',
        'SEO',
      ],
      results.map((result) => [
        result.name,
        result.median.performance,
        `[${result.range.performance.join('–')}]`,
        Math.round(result.median.tbtMs),
        `[${result.range.tbtMs.join('–')}]`,
        result.tbtRatio === null ? 'n/a' : result.tbtRatio.toFixed(2),
        (result.median.lcpMs / 1000).toFixed(2),
        result.median.cls.toFixed(3),
        result.median.accessibility,
        result.median.bestPractices,
        result.median.seo,
      ]),
    ),
  );
  console.log(
    `\nBenchmark index of this machine during the runs: median ${Math.round(median(allIndexes))}, from ${Math.min(...allIndexes)} to ${Math.max(...allIndexes)}.`,
  );
}

// --- Targets ------------------------------------------------------------------------------

const { targets } = budgets;
const misses = [];
const held = [];
const judge = (page, measure, value, target, ok) =>
  (ok ? held : misses).push({ page, measure, value, target });
for (const result of results.filter((entry) => !entry.bare)) {
  const weightMisses = judgeWeight(result.weight, targets);
  for (const weightMiss of weightMisses) {
    judge(
      result.name,
      weightMiss.measure,
      `${kib(weightMiss.bytes)} KiB`,
      `at most ${weightMiss.limitKiB} KiB`,
      false,
    );
  }
  if (weightMisses.length === 0) {
    judge(
      result.name,
      'weight',
      `${kib(result.weight.jsBytes)} KiB of JS`,
      `JS at most ${targets.jsKiB} KiB, all at most ${targets.allKiB} KiB`,
      true,
    );
  }
  if (result.median) {
    const { median: value } = result;
    judge(
      result.name,
      'TBT / bare doc',
      result.tbtRatio === null ? 'n/a' : result.tbtRatio.toFixed(2),
      `at most ${targets.tbtRatio}`,
      result.tbtRatio === null || result.tbtRatio <= targets.tbtRatio,
    );
    judge(
      result.name,
      'performance − bare doc',
      result.performanceOverBare,
      `at least +${targets.performanceOverBare}`,
      result.performanceOverBare >= targets.performanceOverBare,
    );
    judge(result.name, 'CLS', value.cls, `at most ${targets.cls}`, value.cls <= targets.cls);
    for (const [measure, key] of [
      ['accessibility', 'accessibility'],
      ['best practices', 'bestPractices'],
      ['SEO', 'seo'],
    ]) {
      judge(
        result.name,
        measure,
        value[key],
        `at least ${targets[key]}`,
        value[key] >= targets[key],
      );
    }
  }
}

const seconds = Math.round((performance.now() - started) / 1000);
const resultsFile = join(root, 'bench/results/latest.json');
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      config: relative(root, configPath),
      baseUrl,
      encoding: 'gzip',
      lighthouse: options['no-lighthouse']
        ? null
        : { version: lighthouseVersion, runs, formFactor: 'mobile', benchmarkIndexes: allIndexes },
      seconds,
      targets,
      pages: results,
      held,
      misses,
    },
    null,
    2,
  )}\n`,
);

console.log(`\nWrote ${relative(root, resultsFile)} in ${seconds} s.`);
if (misses.length > 0) {
  console.log(
    `\n${misses.length} target${misses.length === 1 ? '' : 's'} missed (bench/budgets.json):`,
  );
  for (const { page, measure, value, target } of misses) {
    console.log(`  ${page}: ${measure} is ${value}, the target is ${target}`);
  }
  process.exitCode = 1;
} else {
  console.log(`Every key page meets every target in bench/budgets.json (${held.length} checks).`);
}
