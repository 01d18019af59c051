#!/usr/bin/env node
// Checks every HTML page of a build with the W3C's Nu HTML Checker (vnu, from the vnu-jar
// package, which needs Java). Only one error is allowed: the framework's own `div` inside `code`
// in highlighted code blocks, which this site does not write.
//
//   node scripts/check-html.mjs [build folder]   (default: build)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = resolve(root, process.argv[2] ?? 'build');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Errors that come from Docusaurus's code blocks (a `div` for each line inside `code`). */
const allowed = [/^Element “div” not allowed as child of element “code” in this context\./];

if (!existsSync(join(buildDir, 'index.html'))) {
  console.error(`No build in ${relative(root, buildDir) || '.'}: run "npm run build" first.`);
  process.exit(1);
}
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error('The HTML check needs Java (Debian: apt-get install default-jre-headless).');
  process.exit(1);
}

const checked = spawnSync(
  'java',
  ['-Xss4m', '-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', buildDir],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
// vnu writes its report to stderr, and exits with 1 when it finds errors.
const report = JSON.parse(checked.stderr || '{"messages":[]}');
const errors = [];
let tolerated = 0;
for (const message of report.messages) {
  const page = relative(buildDir, fileURLToPath(message.url));
  if (allowed.some((pattern) => pattern.test(message.message))) {
    tolerated += 1;
  } else {
    errors.push({ page, line: message.lastLine, message: message.message });
  }
}
for (const { page, line, message } of errors.slice(0, 40)) {
  console.log(`${page}:${line}: ${message}`);
}
if (errors.length > 40) {
  console.log(`… and ${errors.length - 40} more.`);
}
const byPage = new Map();
for (const { page } of errors) {
  byPage.set(page, (byPage.get(page) ?? 0) + 1);
}
console.log(
  `HTML check (vnu): ${errors.length} error${errors.length === 1 ? '' : 's'}` +
    (byPage.size > 0
      ? ` on ${[...byPage].map(([page, count]) => `${page} (${count})`).join(', ')}`
      : '') +
    `; ${tolerated} allowed (the framework's div inside code).`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
