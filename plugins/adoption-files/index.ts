// Writes the repository files (pull-request template, issue forms, AGENTS.md...) that the
// configuration implies, and hands the policy's source to the adoption builder in the browser,
// already parsed: the client's bundle gets an empty stand-in for the MDX parser
// (src/bundle/noMdxParser.ts).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { SiteConfig } from '../../src/config/types';
import { generateFiles } from '../../src/adoption/files';
import type { PolicySource } from '../../src/adoption/policyMarkdown';
import { browserPolicySource, checkScriptCorePath, readPolicySource } from './policySource';

export interface AdoptionFilesOptions {
  /** The validated configuration the files are made from. */
  readonly siteConfig: SiteConfig;
}

/**
 * A folder of generated static files, relative to the site: add it to
 * `staticDirectories`, so that the build copies it and `npm start` serves it.
 */
export const generatedStaticDirectory = '.docusaurus/adoption-files/static';

/** What the adoption builder imports: `@generated/adoption-files/default/policy-source.json`. */
export const policySourceDataName = 'policy-source.json';

export default function adoptionFilesPlugin(
  context: LoadContext,
  options: AdoptionFilesOptions,
): Plugin<PolicySource> {
  const docsDir = join(context.siteDir, 'docs');
  const filesDir = join(context.siteDir, generatedStaticDirectory, 'files');
  return {
    name: 'adoption-files',

    getPathsToWatch() {
      return [join(docsDir, '*.mdx'), join(context.siteDir, checkScriptCorePath)];
    },

    loadContent() {
      return readPolicySource(docsDir);
    },

    async contentLoaded({ content, actions }) {
      const source = browserPolicySource(content);
      await actions.createData(policySourceDataName, JSON.stringify(source));
      // Start from an empty folder, so a file that the options turn off does not linger.
      await rm(filesDir, { recursive: true, force: true });
      for (const file of generateFiles(options.siteConfig, source)) {
        const path = join(filesDir, file.fileName);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.text);
      }
    },

    configureWebpack() {
      return {
        resolve: {
          alias: {
            [join(context.siteDir, 'src/mdx/parse')]: join(
              context.siteDir,
              'src/bundle/noMdxParser.ts',
            ),
          },
        },
      };
    },
  };
}
