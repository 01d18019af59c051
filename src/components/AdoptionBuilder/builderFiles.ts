import {
  fileCatalog,
  includedFileIds,
  type FileEntry,
  type GeneratedFileId,
} from '../../adoption/fileCatalog';
import { generators, type GeneratedFile } from '../../adoption/files';
import type { PolicySource } from '../../adoption/policyMarkdown';
import { siteConfigFile } from '../../adoption/siteConfigFile';
import type { SiteConfig } from '../../config/types';

/** A generated file, the reason it could not be made, or a file that waits for the policy's text. */
export type FileOutcome =
  | { readonly made: true; readonly file: GeneratedFile }
  | (FileEntry & {
      readonly made: false;
      readonly pending?: false;
      readonly id: GeneratedFileId;
      /** The generator's own message, for a bug report. */
      readonly reason: string;
    })
  | (FileEntry & { readonly made: false; readonly pending: true; readonly id: GeneratedFileId });

/**
 * The files made from the policy's own text (LLM_POLICY.md) or from the check's code. The page
 * loads that text just after it starts, so a phone does not wait for it; until then these files
 * are pending.
 */
export const filesFromSource: ReadonlySet<GeneratedFileId> = new Set([
  'policyMarkdown',
  'pullRequestCheckScript',
]);

/** Text made from the config, such as site.config.ts, or the reason it could not be made. */
export type TextOutcome =
  | { readonly made: true; readonly text: string }
  | { readonly made: false; readonly reason: string };

/** What the generators that do not read the policy's text receive before it loads. */
const emptySource: PolicySource = { mdx: '', docPaths: {}, checkScriptCore: '' };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function attempt(make: () => string | null): TextOutcome {
  try {
    const text = make();
    return text === null
      ? { made: false, reason: 'The generator made no file, but the options include it.' }
      : { made: true, text };
  } catch (error) {
    return { made: false, reason: reasonOf(error) };
  }
}

/**
 * One file for a configuration, made as the build makes it, or the reason it could not be made.
 * A file made from the policy's text is pending until that text is there. Never throws.
 */
export function makeFile(
  id: GeneratedFileId,
  config: SiteConfig,
  source: PolicySource | null,
): FileOutcome {
  if (source === null && filesFromSource.has(id)) {
    return { made: false, pending: true, id, ...fileCatalog[id] };
  }
  // The other generators do not read the policy's text, so they need not wait for it.
  const outcome = attempt(() => generators[id](config, source ?? emptySource));
  return outcome.made
    ? { made: true, file: { id, ...fileCatalog[id], text: outcome.text } }
    : { made: false, id, ...fileCatalog[id], reason: outcome.reason };
}

/**
 * Every file for a configuration, made as the build's own `generateFiles` makes them, one by
 * one, so that a file that fails is replaced by its reason and the others are still made. Never
 * throws.
 */
export function makeFiles(config: SiteConfig, source: PolicySource | null): readonly FileOutcome[] {
  return includedFileIds(config.policy.options).map((id) => makeFile(id, config, source));
}

/** The text of site.config.ts for a configuration. Never throws. */
export function makeSiteConfigFile(config: SiteConfig): TextOutcome {
  return attempt(() => siteConfigFile(config));
}

/** The files that were made, in order. */
export function madeFiles(files: readonly FileOutcome[]): readonly GeneratedFile[] {
  return files.flatMap((outcome) => (outcome.made ? [outcome.file] : []));
}
