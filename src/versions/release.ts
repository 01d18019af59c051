import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { SiteConfig } from '../config/types';
import { dateRule, versionRule } from '../config/validate';
import { expectationText } from '../config/expectations';
import { freezePolicyMdx } from '../adoption/policyMarkdown';
import {
  compareVersions,
  draftFileName,
  releasesFileName,
  type ReleaseNotes,
  type ReleasesFile,
} from './releases';

export { draftFileName };

/** Everything the release reads. */
export interface ReleaseInput {
  /** The validated site config, and the text of its file (it gets the new number and date). */
  readonly config: SiteConfig;
  readonly configFileName: string;
  readonly configText: string;
  readonly releases: ReleasesFile;
  /** docs/policy.mdx: the version in force, which the release keeps as an earlier version. */
  readonly policyMdx: string;
  /** docs/_policy-draft.mdx: the draft, which becomes the version in force. Null when there is none. */
  readonly draftMdx: string | null;
  readonly version: string;
  readonly date: string;
}

export interface ReleaseFile {
  /** Relative to the site's folder. */
  readonly path: string;
  readonly text: string;
}

/** What a command changes in the site's folder: files to write, and files to delete. */
export interface ReleaseChanges {
  readonly write: readonly ReleaseFile[];
  /** Relative to the site's folder. */
  readonly remove: readonly string[];
}

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export const policyFileName = 'docs/policy.mdx';

/** The file that keeps an earlier version's text: docs/_versions/1.mdx. */
export function archivedFileName(version: string): string {
  return `docs/_versions/${version}.mdx`;
}

/**
 * Splits a page into its front matter (the block that opens and closes with
 * `---`, or nothing) and the text after it, without the blank lines between
 * them. The Markdown parser finds the front matter, as Docusaurus does.
 */
export function splitFrontMatter(mdx: string): {
  readonly frontMatter: string;
  readonly body: string;
} {
  const tree = fromMarkdown(mdx, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const first = tree.children.at(0);
  const end = first?.type === 'yaml' ? first.position?.end.offset : undefined;
  if (end === undefined) {
    return { frontMatter: '', body: mdx };
  }
  return { frontMatter: mdx.slice(0, end), body: mdx.slice(end).trimStart() };
}

/**
 * Starts the draft of the next version as a copy of the version in force. The
 * draft leaves out the front matter: Docusaurus refuses front matter in a file
 * whose name starts with `_`, and the release gives the policy page's own back.
 * releases.json gets empty notes for the draft in "next", unless it has some.
 */
export function startDraft(input: {
  readonly policyMdx: string;
  readonly releases: ReleasesFile;
  readonly draftExists: boolean;
}): ReleaseChanges {
  if (input.draftExists) {
    throw new ReleaseError(
      `A draft of the next version exists already: ${draftFileName}. Edit it, or release it with ` +
        '`npm run release-policy -- --version <number>`.',
    );
  }
  const { current, next, archived } = input.releases;
  const notes: ReleaseNotes = next ?? { changes: [], why: '' };
  const releases: ReleasesFile = { current, next: notes, archived };
  return {
    write: [
      { path: draftFileName, text: splitFrontMatter(input.policyMdx).body },
      { path: releasesFileName, text: releasesText(releases) },
    ],
    remove: [],
  };
}

function releasesText(releases: ReleasesFile): string {
  return `${JSON.stringify(releases, null, 2)}\n`;
}

/** Puts a new value into `policy.version` or `policy.adoptedOn` in the text of the site config. */
export function setPolicyField(
  configText: string,
  field: 'version' | 'adoptedOn',
  value: string,
  fileName: string,
): string {
  const policyStart = configText.search(/\bpolicy\s*:\s*\{/);
  if (policyStart === -1) {
    throw new ReleaseError(
      `${fileName} has no "policy: {" block. Set policy.${field} to "${value}" by hand.`,
    );
  }
  const pattern = new RegExp(`(\\b${field}\\s*:\\s*)(['"])[^'"\\n]*\\2`);
  const rest = configText.slice(policyStart);
  if (!pattern.test(rest)) {
    throw new ReleaseError(
      `${fileName} has no policy.${field} written as text. Set it to "${value}" by hand.`,
    );
  }
  return configText.slice(0, policyStart) + rest.replace(pattern, `$1$2${value}$2`);
}

/**
 * Releases the draft as the new version in force. The version in force so far
 * is kept, frozen, in docs/_versions/; its notes move to the list of earlier
 * versions; the draft, with the policy page's front matter, becomes the policy
 * page, and its notes the new version's; the site config gets the new number
 * and date. The draft's file and its notes are gone afterwards, until
 * `npm run draft-policy` starts the next one.
 */
export function releasePolicy(input: ReleaseInput): ReleaseChanges {
  const { config, releases, version, date, draftMdx } = input;
  const current = config.policy;
  if (draftMdx === null) {
    throw new ReleaseError(
      `There is no draft of the next version to release: ${draftFileName} does not exist. ` +
        `Start one with \`npm run draft-policy\`, edit it, and then release it.`,
    );
  }
  const versionProblem = versionRule(version);
  if (versionProblem !== null) {
    throw new ReleaseError(
      `The new version must be ${expectationText(versionProblem)}; "${version}" is not.`,
    );
  }
  if (compareVersions(version, current.version) <= 0) {
    throw new ReleaseError(
      `The new version must come after the version in force, ${current.version}; ${version} does not.`,
    );
  }
  if (releases.archived.some((release) => compareVersions(release.version, version) === 0)) {
    throw new ReleaseError(`Version ${version} was released before; choose another number.`);
  }
  const dateProblem = dateRule(date);
  if (dateProblem !== null) {
    throw new ReleaseError(`The date must be ${expectationText(dateProblem)}; "${date}" is not.`);
  }
  if (date < current.adoptedOn) {
    throw new ReleaseError(
      `The date ${date} is before the day the version in force was adopted, ${current.adoptedOn}.`,
    );
  }
  const notes = releases.next;
  if (notes === undefined || notes.changes.length === 0 || notes.why.trim() === '') {
    throw new ReleaseError(
      `Write down what the draft changes and why before you release it: fill in "next" ` +
        `("changes" and "why") in ${releasesFileName}.`,
    );
  }

  const frozen = freezePolicyMdx(config, input.policyMdx);
  const header =
    `{/* Version ${current.version} of the policy, adopted on ${current.adoptedOn}. It is kept as it was ` +
    'when the next version replaced it, so that its permanent address keeps showing the same text. ' +
    'Do not edit it. */}\n\n';
  const newReleases: ReleasesFile = {
    current: notes,
    archived: [
      { version: current.version, adoptedOn: current.adoptedOn, ...releases.current },
      ...releases.archived,
    ],
  };
  let configText = setPolicyField(input.configText, 'version', version, input.configFileName);
  configText = setPolicyField(configText, 'adoptedOn', date, input.configFileName);
  const { frontMatter } = splitFrontMatter(input.policyMdx);
  const { body } = splitFrontMatter(draftMdx);
  const policyPage = frontMatter === '' ? body : `${frontMatter}\n\n${body}`;
  return {
    write: [
      { path: archivedFileName(current.version), text: header + frozen },
      { path: policyFileName, text: policyPage },
      { path: releasesFileName, text: releasesText(newReleases) },
      { path: input.configFileName, text: configText },
    ],
    remove: [draftFileName],
  };
}
