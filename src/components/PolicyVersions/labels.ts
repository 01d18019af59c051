import { translate } from '@docusaurus/Translate';
import type { PolicyVersionEntry } from '@site/src/versions/releases';

/** How a version is named in headings, lists and menus: "Version 2" or "Draft of the next version". */
export function versionName(entry: Pick<PolicyVersionEntry, 'status' | 'version'>): string {
  return entry.status === 'draft' || entry.version === null
    ? translate({ id: 'versions.draftName', message: 'Draft of the next version' })
    : translate(
        { id: 'versions.versionName', message: 'Version {version}' },
        { version: entry.version },
      );
}

/** The short status shown beside a version's name. */
export function statusLabel(entry: Pick<PolicyVersionEntry, 'status'>): string {
  switch (entry.status) {
    case 'current':
      return translate({ id: 'versions.status.current', message: 'In force' });
    case 'archived':
      return translate({ id: 'versions.status.archived', message: 'Replaced' });
    case 'draft':
      return translate({ id: 'versions.status.draft', message: 'Not in force yet' });
  }
}

/** How a version is named inside a sentence: "version 2" or "the draft of the next version". */
export function versionNameInSentence(
  entry: Pick<PolicyVersionEntry, 'status' | 'version'>,
): string {
  return entry.status === 'draft' || entry.version === null
    ? translate({ id: 'versions.draftNameInSentence', message: 'the draft of the next version' })
    : translate(
        { id: 'versions.versionNameInSentence', message: 'version {version}' },
        { version: entry.version },
      );
}
