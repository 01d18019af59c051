import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { docPathOf, type PolicySource } from '../../src/adoption/policyMarkdown';
import { routes } from '../../src/config/routes';
import { compilePage } from '../../src/mdx/parse';

/** Where the pull-request check's code is, from the site's folder. */
export const checkScriptCorePath = 'src/adoption/pullRequestCheck/checkDescription.mjs';

/**
 * Reads the policy page's MDX, the site path of every page in the docs folder, and the
 * pull-request check's code (from the site folder that holds `docsDir`).
 */
export async function readPolicySource(docsDir: string): Promise<PolicySource> {
  const names = (await readdir(docsDir)).filter((name) => /\.mdx?$/.test(name)).sort();
  const sources = await Promise.all(names.map((name) => readFile(join(docsDir, name), 'utf8')));
  const docPaths = Object.fromEntries(names.map((name, i) => [name, docPathOf(name, sources[i])]));
  const policyIndex = names.findIndex((name) => docPaths[name] === routes.policy);
  if (policyIndex === -1) {
    throw new Error(
      `No page in ${docsDir} has the slug ${routes.policy}, so there is no policy to publish.`,
    );
  }
  const checkScriptCore = await readFile(join(dirname(docsDir), checkScriptCorePath), 'utf8');
  return { mdx: sources[policyIndex], docPaths, checkScriptCore };
}

/** What the adoption builder receives: the policy page already in pieces, so it needs no parser. */
export function browserPolicySource(source: PolicySource): PolicySource {
  return {
    mdx: '',
    docPaths: {},
    checkScriptCore: source.checkScriptCore,
    pieces: compilePage(source.mdx, source.docPaths),
  };
}
