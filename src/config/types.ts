import type { PolicyOptions } from '../data/policyOptions';

/**
 * The shape of `site.config.ts`, the one file a project edits to adopt the
 * policy. Every field is documented here because this is where an editor's
 * tooling looks for help.
 */
export interface SiteConfig {
  /** True only for the shipped example. Shows a notice on every page. */
  readonly isExample: boolean;
  readonly project: {
    /** The project's name as people write it, e.g. "Harbour". */
    readonly name: string;
    /** The project's code repository (http or https). */
    readonly repositoryUrl: string;
    /** Where people open issues (http or https). */
    readonly issuesUrl: string;
    /** Where people open pull requests (http or https). */
    readonly pullRequestsUrl: string;
  };
  readonly site: {
    /** Public origin of this site, without a path: "https://policy.example.org". */
    readonly url: string;
    /** Path the site is served under, starting and ending with "/": "/" or "/policy/". */
    readonly baseUrl: string;
    /**
     * Optional. The repository that holds this site's own source (http or https), such as
     * your fork of it. Not your project's code: that is `project.repositoryUrl`. The adoption
     * page and the footer link to it, so that others can find what to fork.
     */
    readonly sourceRepository?: string;
  };
  readonly contact: {
    /** How the contact reads in a sentence, e.g. "the maintainers' forum". */
    readonly label: string;
    /** An http(s) or mailto: link. */
    readonly url: string;
  };
  readonly policy: {
    /** The policy's version, e.g. "1" or "1.1". */
    readonly version: string;
    /** The day this version was adopted, as YYYY-MM-DD. */
    readonly adoptedOn: string;
    /** The choices your project makes; see src/data/policyOptions.ts for each value. */
    readonly options: PolicyOptions;
  };
  readonly textLicense: {
    /** Short licence name, e.g. "CC BY 4.0". */
    readonly name: string;
    /** Link to the licence text (http or https). */
    readonly url: string;
  };
  /**
   * The pull-request check (`llm-policy-check.yml`). Optional: without it the check
   * advises and skips "dependabot[bot]" and "renovate[bot]".
   */
  readonly pullRequestCheck?: {
    /** "advise": notes only, the check always passes. "require": it fails when a required part is missing. */
    readonly mode: 'advise' | 'require';
    /** GitHub logins whose pull requests are not checked, such as "dependabot[bot]". */
    readonly skipAuthors: readonly string[];
  };
}

export type ProjectLinkTarget = 'repository' | 'issues' | 'pullRequests' | 'contact';
