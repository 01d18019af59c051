import type { SiteConfig } from '../config/types';
import { dateRule, expectationText, versionRule } from '../config/validate';
import { freezePolicyMdx } from '../adoption/policyMarkdown';
import { compareVersions, releasesFileName, type ReleasesFile } from './releases';

/** Everything the release reads. */
export interface ReleaseInput {
  /** The validated site config, and the text of its file (it gets the new number and date). */
  readonly config: SiteConfig;
  readonly configFileName: string;
  readonly configText: string;
  readonly releases: ReleasesFile;
  /** docs/policy.mdx: the version in force, which the release keeps as an earlier version. */
  readonly policyMdx: string;
  /** docs/_versions/next.mdx: the draft, which becomes the version in force. */
  readonly draftMdx: string;
  readonly version: string;
  readonly date: string;
}

export interface ReleaseFile {
  /** Relative to the site's folder. */
  readonly path: string;
  readonly text: string;
}

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export const policyFileName = 'docs/policy.mdx';
export const draftFileName = 'docs/_versions/next.mdx';

/** The file that keeps an earlier version's text: docs/_versions/1.mdx. */
export function archivedFileName(version: string): string {
  return `docs/_versions/${version}.mdx`;
}

const frontMatterPattern = /^---\n[\s\S]*?\n---\n/;
// The draft's opening comment says how to use it; the policy page does not need it.
const leadingCommentPattern = /^\s*\{\/\*[\s\S]*?\*\/\}\s*/;

/** The draft's text as the policy page: the page's own front matter, and links from docs/ itself. */
export function draftAsPolicyPage(policyMdx: string, draftMdx: string): string {
  const frontMatter = frontMatterPattern.exec(policyMdx)?.[0] ?? '';
  const body = draftMdx
    .replace(frontMatterPattern, '')
    .replace(leadingCommentPattern, '')
    .replace(/\]\(\.\.\/([^)\s]+)\)/g, '](./$1)');
  return `${frontMatter}\n${body.trim()}\n`;
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
 * versions; the draft's notes become the new version's; the site config gets
 * the new number and date. The draft stays as it is, ready for the next round.
 */
export function releasePolicy(input: ReleaseInput): ReleaseFile[] {
  const { config, releases, version, date } = input;
  const current = config.policy;
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
  if (notes.changes.length === 0 || notes.why.trim() === '') {
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
    next: { changes: [], why: '' },
    archived: [
      { version: current.version, adoptedOn: current.adoptedOn, ...releases.current },
      ...releases.archived,
    ],
  };
  let configText = setPolicyField(input.configText, 'version', version, input.configFileName);
  configText = setPolicyField(configText, 'adoptedOn', date, input.configFileName);
  return [
    { path: archivedFileName(current.version), text: header + frozen },
    { path: policyFileName, text: draftAsPolicyPage(input.policyMdx, input.draftMdx) },
    { path: releasesFileName, text: `${JSON.stringify(newReleases, null, 2)}\n` },
    { path: input.configFileName, text: configText },
  ];
}
