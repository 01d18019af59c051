import { usePluginData } from '@docusaurus/useGlobalData';
import type { VersionsData } from '@site/plugins/policy-versions';
import type { PolicyVersionEntry } from '@site/src/versions/releases';

/**
 * Every version of the policy, newest first: the draft while one is under way,
 * the current one, then earlier ones.
 */
export function useVersions(): readonly PolicyVersionEntry[] {
  return (usePluginData('policy-versions') as VersionsData).versions;
}

/** The version in force. */
export function useCurrentVersion(): PolicyVersionEntry {
  const current = useVersions().find((entry) => entry.status === 'current');
  if (current === undefined) {
    throw new Error('The policy has no current version.');
  }
  return current;
}
