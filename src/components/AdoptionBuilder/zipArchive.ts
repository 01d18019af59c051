import type { strToU8, zipSync } from 'fflate';
import type { FileEntry } from '../../adoption/fileCatalog';

/**
 * The folder of the zip for files that have no place of their own in a code
 * repository: snippets to paste into another file, and files that the site
 * publishes under /files/.
 */
export const snippetFolder = 'site-files-and-snippets';

/** The path of site.config.ts in the zip: at the root. */
export const siteConfigPath = 'site.config.ts';

/** One file in the zip: its path inside the zip and its exact text. */
export interface ZipEntry {
  readonly path: string;
  readonly text: string;
}

/** Where a generated file goes in the zip: its repository path, or the snippet folder. */
export function zipPath(file: FileEntry): string {
  return file.repositoryPath ?? `${snippetFolder}/${file.fileName}`;
}

/**
 * Everything "Download all" puts in the zip, in order: site.config.ts at the
 * root (when it could be made), then each generated file at its path.
 */
export function zipEntries(
  files: readonly (FileEntry & { readonly text: string })[],
  siteConfigText: string | null,
): readonly ZipEntry[] {
  return [
    ...(siteConfigText === null ? [] : [{ path: siteConfigPath, text: siteConfigText }]),
    ...files.map((file) => ({ path: zipPath(file), text: file.text })),
  ];
}

/**
 * The names at the top of the zip that belong in the code repository, with
 * "/" after a folder: [".github/", "AGENTS.md", "LLM_POLICY.md"]. Leaves out
 * site.config.ts and the snippet folder, which go elsewhere.
 */
export function repositoryTopLevel(entries: readonly ZipEntry[]): readonly string[] {
  const names = entries.map((entry) => {
    const slash = entry.path.indexOf('/');
    return slash === -1 ? entry.path : entry.path.slice(0, slash + 1);
  });
  return [...new Set(names)].filter(
    (name) => name !== siteConfigPath && name !== `${snippetFolder}/`,
  );
}

const fallbackName = 'llm-policy-files.zip';

/**
 * A safe file name for the zip, from the project's name: "harbour-llm-policy-files.zip".
 * Letters lose their accents; anything but a-z and 0-9 becomes one "-". A
 * name with nothing left, for example one in another script, gives
 * "llm-policy-files.zip".
 */
export function zipFileName(projectName: string): string {
  const slug = projectName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallbackName : `${slug}-${fallbackName}`;
}

/** The two functions of fflate that the zip needs, passed in so that fflate loads only on click. */
export interface ZipLibrary {
  readonly zipSync: typeof zipSync;
  readonly strToU8: typeof strToU8;
}

/**
 * The bytes of a zip with these entries, compressed. Every entry gets the
 * same date, 1 January 1980 at midnight (the earliest a zip can hold), so the
 * same entries always give the same bytes. The date is built from local
 * parts because zip dates have no time zone and fflate reads the local parts.
 */
export function zipBytes(
  entries: readonly ZipEntry[],
  library: ZipLibrary,
): Uint8Array<ArrayBuffer> {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  return library.zipSync(
    Object.fromEntries(entries.map((entry) => [entry.path, library.strToU8(entry.text)])),
    { level: 9, mtime },
  );
}
