import type { SiteConfig } from '../config/types';
import { dateRule, versionRule } from '../config/validate';
import { expectationText } from '../config/expectations';
import { draftId } from '../config/versionPaths';

/** What a version changed, and why: the changelog's entry for it. */
export interface ReleaseNotes {
  readonly changes: readonly string[];
  readonly why: string;
}

/** A version that is no longer in force, kept at its permanent address. */
export interface ArchivedRelease extends ReleaseNotes {
  readonly version: string;
  readonly adoptedOn: string;
}

/**
 * docs/_versions/releases.json: the notes of the current version (whose number
 * and date are in site.config.ts), every earlier version, and, while a draft of
 * the next version is under way, the draft's notes. `npm run draft-policy` adds
 * "next"; `npm run release-policy` makes it the current version's notes.
 */
export interface ReleasesFile {
  readonly current: ReleaseNotes;
  /** Only while a draft of the next version exists. */
  readonly next?: ReleaseNotes;
  readonly archived: readonly ArchivedRelease[];
}

export const releasesFileName = 'docs/_versions/releases.json';

/**
 * The draft of the next version, beside the policy page in docs/. The leading
 * underscore keeps the docs plugin from making it a page of its own; the
 * versions plugin shows it at /versions/next. It exists only while a revision
 * is under way.
 */
export const draftFileInDocs = '_policy-draft.mdx';
export const draftFileName = `docs/${draftFileInDocs}`;

export type VersionStatus = 'current' | 'archived' | 'draft';

/** One version as the site shows it. The draft has no number and no date yet. */
export interface PolicyVersionEntry extends ReleaseNotes {
  /** The version number, or "next" for the draft: the last part of its address. */
  readonly id: string;
  readonly status: VersionStatus;
  readonly version: string | null;
  readonly adoptedOn: string | null;
}

export class ReleasesError extends Error {
  constructor(fileName: string, problems: readonly string[]) {
    super(`${fileName} needs a fix:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ReleasesError';
  }
}

const maxNoteLength = 600;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkText(value: unknown, field: string, problems: string[], allowEmpty: boolean): void {
  if (typeof value !== 'string') {
    problems.push(`${field} must be text.`);
  } else if (!allowEmpty && value.trim() === '') {
    problems.push(`${field} must not be empty.`);
  } else if (value.length > maxNoteLength) {
    problems.push(`${field} is ${value.length} characters long; keep it under ${maxNoteLength}.`);
  }
}

function checkNotes(value: unknown, field: string, problems: string[], allowEmpty: boolean): void {
  if (!isRecord(value)) {
    problems.push(`${field} must be an object with "changes" (a list of sentences) and "why".`);
    return;
  }
  if (!Array.isArray(value.changes)) {
    problems.push(`${field}.changes must be a list of sentences.`);
  } else {
    if (!allowEmpty && value.changes.length === 0) {
      problems.push(`${field}.changes must say at least one thing that changed.`);
    }
    value.changes.forEach((change, index) => {
      checkText(change, `${field}.changes[${index}]`, problems, false);
    });
  }
  checkText(value.why, `${field}.why`, problems, allowEmpty);
}

/** Reads releases.json, or throws an error that names every field to fix. */
export function parseReleases(value: unknown, fileName = releasesFileName): ReleasesFile {
  const problems: string[] = [];
  if (!isRecord(value)) {
    throw new ReleasesError(fileName, ['The file must hold one object.']);
  }
  checkNotes(value.current, 'current', problems, false);
  if (value.next !== undefined) {
    checkNotes(value.next, 'next', problems, true);
  }
  if (!Array.isArray(value.archived)) {
    problems.push('archived must be a list (empty when there is only one version).');
  } else {
    const seen = new Set<string>();
    value.archived.forEach((release: unknown, index) => {
      const field = `archived[${index}]`;
      checkNotes(release, field, problems, false);
      if (!isRecord(release)) {
        return;
      }
      const versionProblem = versionRule(release.version);
      if (versionProblem !== null) {
        problems.push(`${field}.version must be ${expectationText(versionProblem)}.`);
      } else if (seen.has(release.version as string)) {
        problems.push(`${field}.version ${String(release.version)} is listed twice.`);
      } else {
        seen.add(release.version as string);
      }
      const dateProblem = dateRule(release.adoptedOn);
      if (dateProblem !== null) {
        problems.push(`${field}.adoptedOn must be ${expectationText(dateProblem)}.`);
      }
    });
  }
  if (problems.length > 0) {
    throw new ReleasesError(fileName, problems);
  }
  return value as unknown as ReleasesFile;
}

/** Compares version numbers part by part: "1.10" comes after "1.9", and "2" equals "2.0". */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

/**
 * Every version the site shows, newest first: the draft (only while its file
 * exists), the current version (number and date from site.config.ts), then the
 * earlier ones. Throws when an earlier version is not older than the current
 * one, or when releases.json keeps notes for a draft that does not exist.
 */
export function policyVersions(
  config: SiteConfig,
  releases: ReleasesFile,
  hasDraft: boolean,
): PolicyVersionEntry[] {
  const { version, adoptedOn } = config.policy;
  const problems: string[] = [];
  if (!hasDraft && releases.next !== undefined) {
    problems.push(
      `"next" holds the notes of a draft, but there is no draft (${draftFileName}). ` +
        'Start one with `npm run draft-policy`, or remove "next".',
    );
  }
  for (const release of releases.archived) {
    if (compareVersions(release.version, version) >= 0) {
      problems.push(
        `archived version ${release.version} must be older than the current version, ` +
          `${version} (policy.version in the site config).`,
      );
    }
    if (release.adoptedOn > adoptedOn) {
      problems.push(
        `archived version ${release.version} was adopted on ${release.adoptedOn}, after the ` +
          `current version (policy.adoptedOn in the site config: ${adoptedOn}).`,
      );
    }
  }
  if (problems.length > 0) {
    throw new ReleasesError(releasesFileName, problems);
  }
  const archived = [...releases.archived]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((release): PolicyVersionEntry => ({
      id: release.version,
      status: 'archived',
      version: release.version,
      adoptedOn: release.adoptedOn,
      changes: release.changes,
      why: release.why,
    }));
  const draft: PolicyVersionEntry[] = hasDraft
    ? [
        {
          id: draftId,
          status: 'draft',
          version: null,
          adoptedOn: null,
          ...(releases.next ?? { changes: [], why: '' }),
        },
      ]
    : [];
  return [
    ...draft,
    { id: version, status: 'current', version, adoptedOn, ...releases.current },
    ...archived,
  ];
}

/**
 * The two versions the comparison shows when the address names none: the
 * version before the current one and the current one; while no version came
 * before, the current one and the draft. Null while the current version is the
 * only one: there is nothing to compare.
 */
export function defaultComparison(
  versions: readonly Pick<PolicyVersionEntry, 'id' | 'status'>[],
): { readonly from: string; readonly to: string } | null {
  const current = versions.find((entry) => entry.status === 'current');
  const previous = versions.find((entry) => entry.status === 'archived');
  const draft = versions.find((entry) => entry.status === 'draft');
  if (current === undefined) {
    throw new Error('There is no current version.');
  }
  if (previous !== undefined) {
    return { from: previous.id, to: current.id };
  }
  return draft === undefined ? null : { from: current.id, to: draft.id };
}
