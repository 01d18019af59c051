import type { PolicyOptions } from '../data/policyOptions';

/**
 * The files the site generates from its configuration. Each is served at
 * /files/<fileName> and belongs at `repositoryPath` in the project's code
 * repository (null for snippets that go inside another file).
 *
 * To add a file: add its id here, its entry in `fileCatalog`, its generator
 * in files.ts, and its title and description in the builder
 * (src/components/AdoptionBuilder/fileTexts.ts). TypeScript points at each.
 */
export const generatedFileIds = [
  'pullRequestTemplate',
  'pullRequestCheckWorkflow',
  'pullRequestCheckScript',
  'bugReportForm',
  'featureRequestForm',
  'issueTemplateConfig',
  'agentsFile',
  'contributingSection',
  'policyMarkdown',
  'policyJson',
  'policySchema',
  'badgeSvg',
  'badgeMarkdown',
  'badgeRestructuredText',
] as const;

export type GeneratedFileId = (typeof generatedFileIds)[number];

export interface FileEntry {
  /** The path under /files/ on the site. */
  readonly fileName: string;
  /** Where the file goes in the project's repository, or null for a snippet. */
  readonly repositoryPath: string | null;
  readonly mediaType: string;
}

/** The files a configuration gets: all of them, except AGENTS.md when `agentsFile` is "none". */
export function includedFileIds(options: PolicyOptions): readonly GeneratedFileId[] {
  return generatedFileIds.filter(
    (id) => id !== 'agentsFile' || options.agentsFile === 'discourage',
  );
}

export const fileCatalog: Readonly<Record<GeneratedFileId, FileEntry>> = {
  pullRequestTemplate: {
    fileName: 'PULL_REQUEST_TEMPLATE.md',
    repositoryPath: '.github/PULL_REQUEST_TEMPLATE.md',
    mediaType: 'text/markdown',
  },
  pullRequestCheckWorkflow: {
    fileName: 'llm-policy-check.yml',
    repositoryPath: '.github/workflows/llm-policy-check.yml',
    mediaType: 'application/yaml',
  },
  pullRequestCheckScript: {
    fileName: 'llm-policy-check.mjs',
    repositoryPath: '.github/scripts/llm-policy-check.mjs',
    mediaType: 'text/javascript',
  },
  bugReportForm: {
    fileName: 'ISSUE_TEMPLATE/bug_report.yml',
    repositoryPath: '.github/ISSUE_TEMPLATE/bug_report.yml',
    mediaType: 'application/yaml',
  },
  featureRequestForm: {
    fileName: 'ISSUE_TEMPLATE/feature_request.yml',
    repositoryPath: '.github/ISSUE_TEMPLATE/feature_request.yml',
    mediaType: 'application/yaml',
  },
  issueTemplateConfig: {
    fileName: 'ISSUE_TEMPLATE/config.yml',
    repositoryPath: '.github/ISSUE_TEMPLATE/config.yml',
    mediaType: 'application/yaml',
  },
  agentsFile: { fileName: 'AGENTS.md', repositoryPath: 'AGENTS.md', mediaType: 'text/markdown' },
  contributingSection: {
    fileName: 'CONTRIBUTING-section.md',
    repositoryPath: null,
    mediaType: 'text/markdown',
  },
  policyMarkdown: {
    fileName: 'LLM_POLICY.md',
    repositoryPath: 'LLM_POLICY.md',
    mediaType: 'text/markdown',
  },
  policyJson: { fileName: 'policy.json', repositoryPath: null, mediaType: 'application/json' },
  policySchema: {
    fileName: 'policy.schema.json',
    repositoryPath: null,
    mediaType: 'application/schema+json',
  },
  badgeSvg: { fileName: 'badge.svg', repositoryPath: null, mediaType: 'image/svg+xml' },
  badgeMarkdown: { fileName: 'badge.md', repositoryPath: null, mediaType: 'text/markdown' },
  badgeRestructuredText: { fileName: 'badge.rst', repositoryPath: null, mediaType: 'text/x-rst' },
};
