// Publishes every version of the policy at its own permanent address, a list of versions and a
// page that compares any two of them; while a revision is under way, also the draft of the next
// version (docs/_policy-draft.mdx, which `npm run draft-policy` starts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LoadContext, Plugin, TranslationFileContent } from '@docusaurus/types';
import type { SiteConfig } from '../../src/config/types';
import { policyMarkdownBody, type PolicySource } from '../../src/adoption/policyMarkdown';
import {
  draftFileInDocs,
  parseReleases,
  policyVersions,
  releasesFileName,
  type PolicyVersionEntry,
} from '../../src/versions/releases';
import { markdownBlocks, type Block } from '../../src/versions/diff';
import { comparePath, versionPath, versionsIndexPath } from '../../src/config/versionPaths';
import { readPolicySource } from '../adoption-files/policySource';

export interface PolicyVersionsOptions {
  readonly siteConfig: SiteConfig;
}

/** What each page of this plugin receives, and what every page can read as global data. */
export interface VersionsData {
  readonly versions: readonly PolicyVersionEntry[];
}

/** One version's text, as passages, for the comparison page. */
export interface VersionText {
  readonly id: string;
  readonly blocks: readonly Block[];
}

interface Content {
  readonly versions: readonly PolicyVersionEntry[];
  /** The MDX file that holds each version's text, by version id. */
  readonly files: Readonly<Record<string, string>>;
  readonly texts: readonly VersionText[];
}

export const versionsFolderInDocs = '_versions';

/**
 * The file of a version's text, in docs/: the current version's is the policy
 * page, the draft sits beside it, and earlier versions sit in docs/_versions/.
 */
export function versionFileName(entry: Pick<PolicyVersionEntry, 'id' | 'status'>): string {
  switch (entry.status) {
    case 'current':
      return 'policy.mdx';
    case 'draft':
      return draftFileInDocs;
    case 'archived':
      return `${versionsFolderInDocs}/${entry.id}.mdx`;
  }
}

/** The translation id of one note: "1.changes.0", "1.why", "next.why". */
function noteIds(entry: PolicyVersionEntry): { changes: string[]; why: string } {
  return {
    changes: entry.changes.map((_, index) => `${entry.id}.changes.${index}`),
    why: `${entry.id}.why`,
  };
}

/**
 * What each version changed and why, as translatable messages:
 * `npm run write-translations` writes them to i18n/<locale>/policy-versions/default/releases.json.
 */
export function releaseNotesTranslations(
  versions: readonly PolicyVersionEntry[],
): TranslationFileContent {
  const messages: TranslationFileContent = {};
  for (const entry of versions) {
    const ids = noteIds(entry);
    const name = entry.version === null ? 'the draft' : `version ${entry.version}`;
    entry.changes.forEach((change, index) => {
      messages[ids.changes[index]] = { message: change, description: `A change in ${name}` };
    });
    if (entry.why.trim() !== '') {
      messages[ids.why] = { message: entry.why, description: `Why ${name} was made` };
    }
  }
  return messages;
}

/** The versions with their notes in the site's language, where a translation gives them. */
export function translateReleaseNotes(
  versions: readonly PolicyVersionEntry[],
  messages: TranslationFileContent,
): PolicyVersionEntry[] {
  const translated = (id: string, english: string): string =>
    id in messages ? messages[id].message : english;
  return versions.map((entry) => {
    const ids = noteIds(entry);
    return {
      ...entry,
      changes: entry.changes.map((change, index) => translated(ids.changes[index], change)),
      why: translated(ids.why, entry.why),
    };
  });
}

export default function policyVersionsPlugin(
  context: LoadContext,
  options: PolicyVersionsOptions,
): Plugin<Content> {
  const docsDir = join(context.siteDir, 'docs');
  // A translated site reads each version from its translation when there is one.
  const localizedDocsDir = join(
    context.localizationDir,
    'docusaurus-plugin-content-docs',
    'current',
  );
  const sourceFile = (fileName: string): string => {
    const localized = join(localizedDocsDir, fileName);
    return existsSync(localized) ? localized : join(docsDir, fileName);
  };
  const sitePath = (file: string): string =>
    `@site/${relative(context.siteDir, file).split(sep).join('/')}`;

  return {
    name: 'policy-versions',

    getPathsToWatch() {
      return [join(docsDir, '*.mdx'), join(docsDir, versionsFolderInDocs, '*')];
    },

    async loadContent() {
      const releasesPath = join(context.siteDir, releasesFileName);
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(releasesPath, 'utf8'));
      } catch (error) {
        throw new Error(`${releasesFileName} could not be read as JSON: ${String(error)}`);
      }
      const versions = policyVersions(
        options.siteConfig,
        parseReleases(raw),
        existsSync(join(docsDir, draftFileInDocs)),
      );
      const policySource: PolicySource = await readPolicySource(docsDir);
      const files: Record<string, string> = {};
      const texts: VersionText[] = [];
      for (const entry of versions) {
        const file = sourceFile(versionFileName(entry));
        if (!existsSync(file)) {
          throw new Error(
            `Version ${entry.id} of the policy has no text: ${relative(context.siteDir, file)} is missing. ` +
              `Each version listed in ${releasesFileName} needs its file; npm run release-policy writes it.`,
          );
        }
        files[entry.id] = file;
        const mdx = await readFile(file, 'utf8');
        const markdown = policyMarkdownBody(options.siteConfig, { ...policySource, mdx });
        texts.push({ id: entry.id, blocks: markdownBlocks(markdown) });
      }
      return { versions, files, texts };
    },

    getTranslationFiles({ content }) {
      return [{ path: 'releases', content: releaseNotesTranslations(content.versions) }];
    },

    translateContent({ content, translationFiles }) {
      const messages = translationFiles.find((file) => file.path === 'releases')?.content ?? {};
      return { ...content, versions: translateReleaseNotes(content.versions, messages) };
    },

    async contentLoaded({ content, actions }) {
      const { baseUrl } = context;
      const data: VersionsData = { versions: content.versions };
      actions.setGlobalData(data);
      const texts = await actions.createData('texts.json', JSON.stringify(content.texts));
      actions.addRoute({
        path: versionsIndexPath(baseUrl),
        component: '@site/src/components/PolicyVersions/IndexPage',
        exact: true,
      });
      actions.addRoute({
        path: comparePath(baseUrl),
        component: '@site/src/components/PolicyVersions/ComparePage',
        modules: { texts },
        exact: true,
      });
      for (const entry of content.versions) {
        const entryData = await actions.createData(
          `version-${entry.id}.json`,
          JSON.stringify(entry),
        );
        actions.addRoute({
          path: versionPath(baseUrl, entry.id),
          component: '@site/src/components/PolicyVersions/VersionPage',
          modules: { content: sitePath(content.files[entry.id]), entry: entryData },
          exact: true,
        });
      }
    },
  };
}
