// `npm run bench`: the page benchmark. It builds the site when build/ is missing or older than
// its sources, serves build/ with gzip on the loopback interface, and for each key page reports
// its requests and bytes before the load event, then its Lighthouse scores on mobile and desktop
// (the median of several runs). It prints two tables, writes bench/results/latest.json, and
// exits with 1 when a page misses one of the targets in bench/budgets.json.
//
// Options:
//   --build            build first, even when build/ looks current
//   --runs N           Lighthouse runs for each page and form factor (default 3)
//   --pages a,b        only these key pages, by route name (such as home,adopt)
//   --no-lighthouse    weights only: a few seconds instead of minutes
//
// The browser is CHROMIUM_PATH, else CHROME_PATH, else /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import createJiti from 'jiti';

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

const server = await serveBuild({
  root: buildDir,
  baseUrl,
  // As docusaurus.config.ts sets it.
  trailingSlash: false,
  encodings: ['gzip'],
});
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

const results = [];
try {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const records = await measurePageWeight(tab, `${server.origin}${page.path}`);
      await context.close();
      results.push({ ...page, weight: summarizeWeight(records), responses: records });
    }
  } finally {
    await browser.close();
  }

  if (!options['no-lighthouse']) {
    await runLighthouse(results);
  }
} finally {
  await server.close();
}

// --- Lighthouse ---------------------------------------------------------------------------

async function runLighthouse(pageResults) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags });
  try {
    for (const result of pageResults) {
      result.lighthouse = {};
      for (const [formFactor, lighthouseConfig] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
        const scores = [];
        for (let run = 1; run <= runs; run += 1) {
          process.stdout.write(`Lighthouse ${formFactor} ${run}/${runs}: ${result.path}\n`);
          const { lhr } = await lighthouse(
            `${server.origin}${result.path}`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            },
            lighthouseConfig,
          );
          if (lhr.runtimeError) {
            throw new Error(`Lighthouse, ${result.path}: ${lhr.runtimeError.message}`);
          }
          const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
          result.lighthouseVersion = lhr.lighthouseVersion;
          scores.push({
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
            tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
            cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
            // Lighthouse's measure of this machine's speed during the run. Its 4x CPU slowdown
            // assumes a fast desktop (about 1500 to 2000), and the number moves when other work
            // shares the machine, so it tells how far a run's TBT can be trusted.
            benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
          });
        }
        // The median run by performance score; its other numbers come with it.
        const sorted = [...scores].sort((a, b) => a.performance - b.performance);
        result.lighthouse[formFactor] = {
          median: sorted[Math.floor((sorted.length - 1) / 2)],
          runs: scores,
        };
      }
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
    ['page', 'requests', 'JS gzip', ...resourceTypes, 'all'],
    results.map((result) => [
      result.path,
      result.weight.requests,
      kib(result.weight.jsBytes),
      ...resourceTypes.map((type) => kib(result.weight.byType[type])),
      kib(result.weight.allBytes),
    ]),
  ),
);

if (!options['no-lighthouse']) {
  console.log(
    `\nLighthouse ${results[0]?.lighthouseVersion ?? ''}, median of ${runs} run${runs === 1 ? '' : 's'} by performance score:\n`,
  );
  const rows = [];
  for (const result of results) {
    for (const formFactor of ['mobile', 'desktop']) {
      const median = result.lighthouse[formFactor].median;
      rows.push([
        result.path,
        formFactor,
        median.performance,
        median.accessibility,
        median.bestPractices,
        median.seo,
        (median.lcpMs / 1000).toFixed(2),
        median.tbtMs,
        median.cls.toFixed(3),
        result.lighthouse[formFactor].runs.map((run) => run.performance).join(' '),
        result.lighthouse[formFactor].runs.map((run) => run.benchmarkIndex).join(' '),
      ]);
    }
  }
  console.log(
    table(
      [
        'page',
        'device',
        'perf',
        'a11y',
        'best pr.',
        'SEO',
        'LCP s',
        'TBT ms',
        'CLS',
        'perf of each run',
        'benchmark index of each run',
      ],
      rows,
    ),
  );
}

// --- Targets ------------------------------------------------------------------------------

const { targets } = budgets;
const misses = [];
const miss = (page, measure, value, target) => misses.push({ page, measure, value, target });
for (const result of results) {
  for (const weightMiss of judgeWeight(result.weight, targets)) {
    miss(
      result.path,
      weightMiss.measure,
      `${kib(weightMiss.bytes)} KiB`,
      `at most ${weightMiss.limitKiB} KiB`,
    );
  }
  if (result.lighthouse) {
    const { mobile, desktop } = result.lighthouse;
    if (mobile.median.performance < targets.mobilePerformance) {
      miss(
        result.path,
        'mobile performance',
        mobile.median.performance,
        `at least ${targets.mobilePerformance}`,
      );
    }
    if (mobile.median.tbtMs > targets.mobileTbtMs) {
      miss(
        result.path,
        'mobile TBT',
        `${mobile.median.tbtMs} ms`,
        `at most ${targets.mobileTbtMs} ms`,
      );
    }
    for (const [formFactor, median] of [
      ['mobile', mobile.median],
      ['desktop', desktop.median],
    ]) {
      for (const [measure, key] of [
        ['accessibility', 'accessibility'],
        ['best practices', 'bestPractices'],
        ['SEO', 'seo'],
      ]) {
        if (median[key] < targets[key]) {
          miss(result.path, `${formFactor} ${measure}`, median[key], `at least ${targets[key]}`);
        }
      }
      if (median.cls > targets.cls) {
        miss(result.path, `${formFactor} CLS`, median.cls, `at most ${targets.cls}`);
      }
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
        : { version: results[0]?.lighthouseVersion, runs },
      seconds,
      targets,
      pages: results,
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
  console.log('Every key page meets every target in bench/budgets.json.');
}
