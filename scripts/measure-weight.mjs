// Prints, for every page in build/sitemap.xml, the gzip size of its HTML and
// of the CSS and JavaScript its tags name: the stylesheet, the runtime and the
// main bundle. Each page's own code chunks load after these and are not counted.
// Run after `npm run build`: `npm run measure`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const buildDir = join(import.meta.dirname, '..', 'build');
const sitemap = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]));

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

function htmlFileFor(pathname) {
  const clean = pathname.replace(/\/$/, '');
  const candidates = [join(buildDir, `${clean}.html`), join(buildDir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

const rows = [];
for (const location of locations) {
  const htmlFile = htmlFileFor(location.pathname);
  const html = readFileSync(htmlFile, 'utf8');
  const assets = (pattern) =>
    [...html.matchAll(pattern)].map((match) => join(buildDir, match[1].replace(/^\//, '')));
  const scripts = assets(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g);
  const styles = assets(/<link[^>]*rel="?stylesheet"?[^>]*href="?([^"\s>]+\.css)"?/g);
  rows.push({
    page: location.pathname,
    html: gzipSize(htmlFile),
    css: styles.reduce((sum, file) => sum + gzipSize(file), 0),
    js: scripts.reduce((sum, file) => sum + gzipSize(file), 0),
  });
}

console.log('page'.padEnd(22), 'HTML KiB', ' CSS KiB', '  JS KiB', ' total KiB (gzip)');
for (const row of rows) {
  const total = row.html + row.css + row.js;
  console.log(
    row.page.padEnd(22),
    kib(row.html).padStart(8),
    kib(row.css).padStart(8),
    kib(row.js).padStart(8),
    kib(total).padStart(17),
  );
}
