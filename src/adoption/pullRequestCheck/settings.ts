// The check's settings from the config, on their own: the adoption builder needs them at once,
// and the rest of the check (its wording, the script) only when it makes the files.
import type { SiteConfig } from '../../config/types';

/** How the check acts, and whose pull requests it leaves alone. */
export interface PullRequestCheckSettings {
  /** "advise" never fails the job; "require" fails it when a required part is missing. */
  readonly mode: 'advise' | 'require';
  /** GitHub logins whose pull requests are not checked, such as dependency updaters. */
  readonly skipAuthors: readonly string[];
}

/** What a config without a `pullRequestCheck` section gets. */
export const defaultPullRequestCheck: PullRequestCheckSettings = {
  mode: 'advise',
  skipAuthors: ['dependabot[bot]', 'renovate[bot]'],
};

export function pullRequestCheckSettings(config: SiteConfig): PullRequestCheckSettings {
  return config.pullRequestCheck ?? defaultPullRequestCheck;
}
