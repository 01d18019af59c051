// The framework's floor for `npm run bench`: a bare Docusaurus classic site, built in a temporary
// folder from the packages this project installed, with the same `future` flags and one doc page
// that holds the same policy text (the generated LLM_POLICY.md). A page of this site is measured
// against it, side by side in one run, so the ratio does not depend on how fast the machine is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bare site's two pages, as paths under its root. */
export const barePages = [
  { name: 'bare doc', path: '/docs/policy' },
  { name: 'bare home', path: '/' },
];

const config = `// A bare Docusaurus classic site, as "npx create-docusaurus" makes it, without the blog.
export default {
  title: 'Bare site',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  trailingSlash: false,
  future: { v4: true, faster: true },
  onBrokenLinks: 'ignore',
  markdown: { format: 'detect', hooks: { onBrokenMarkdownLinks: 'ignore' } },
  presets: [['classic', { docs: { sidebarPath: undefined }, blog: false }]],
  themeConfig: {
    navbar: { title: 'Bare site', items: [{ to: '/docs/policy', label: 'Policy', position: 'left' }] },
    footer: { style: 'dark', copyright: 'A bare site for comparison.' },
  },
};
`;

const homePage = `import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';

export default function Home() {
  return (
    <Layout title="Home" description="A bare site for comparison.">
      <main className="container margin-vert--lg">
        <h1>Bare site</h1>
        <p>A bare Docusaurus site, with one doc page.</p>
        <Link className="button button--primary" to="/docs/policy">Read the policy</Link>
      </main>
    </Layout>
  );
}
`;

/**
 * Builds the bare site with `policyMarkdown` as its doc page, and returns where its build is.
 * Call `remove()` when done.
 *
 * @param {{ root: string, policyMarkdown: string }} options
 * @returns {{ buildDir: string, remove: () => void }}
 */
export function buildBareSite({ root, policyMarkdown }) {
  const dir = mkdtempSync(join(tmpdir(), 'bare-docusaurus-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, 'package.json'), '{ "name": "bare-site", "private": true }\n');
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'docusaurus.config.mjs'), config);
    mkdirSync(join(dir, 'docs'));
    // The generated file starts with an HTML comment, which a CommonMark page keeps as it is.
    writeFileSync(join(dir, 'docs', 'policy.md'), `---\ntitle: Policy\n---\n\n${policyMarkdown}`);
    mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
    writeFileSync(join(dir, 'src', 'pages', 'index.js'), homePage);
    const buildDir = join(dir, 'build');
    const built = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', dir],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' },
      },
    );
    if (built.status !== 0) {
      throw new Error(`The bare Docusaurus site did not build:\n${built.stdout}\n${built.stderr}`);
    }
    readFileSync(join(buildDir, 'docs', 'policy.html'));
    return { buildDir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
