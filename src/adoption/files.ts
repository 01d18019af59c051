import type { SiteConfig } from '../config/types';
import { agentsFile } from './agentsFile';
import { badgeMarkdown, badgeRestructuredText, badgeSvg } from './badge';
import { contributingSection } from './contributingSection';
import { fileCatalog, includedFileIds, type FileEntry, type GeneratedFileId } from './fileCatalog';
import { bugReportForm, featureRequestForm, issueTemplateConfig } from './issueForms';
import { policyJson } from './policyJson';
import { policySchema } from './policySchema';
import { policyMarkdown, type PolicySource } from './policyMarkdown';
import { pullRequestTemplate } from './pullRequestTemplate';
import { pullRequestCheckScript, pullRequestCheckWorkflow } from './pullRequestCheck';

export interface GeneratedFile extends FileEntry {
  readonly id: GeneratedFileId;
  readonly text: string;
}

export type Generator = (config: SiteConfig, source: PolicySource) => string | null;

/** The generator of each file; null means the options leave the file out. */
export const generators: Readonly<Record<GeneratedFileId, Generator>> = {
  pullRequestTemplate,
  pullRequestCheckWorkflow,
  pullRequestCheckScript,
  bugReportForm,
  featureRequestForm,
  issueTemplateConfig,
  agentsFile,
  contributingSection,
  policyMarkdown,
  policyJson,
  policySchema,
  badgeSvg,
  badgeMarkdown,
  badgeRestructuredText,
};

/**
 * Every file for a configuration, in a stable order. The build writes them
 * to /files/, and the adoption builder shows the same ones in the browser.
 * A file that the options turn off (AGENTS.md with `agentsFile: "none"`) is
 * left out.
 */
export function generateFiles(config: SiteConfig, source: PolicySource): readonly GeneratedFile[] {
  return includedFileIds(config.policy.options).map((id) => {
    const text = generators[id](config, source);
    if (text === null) {
      throw new Error(`The generator for ${id} made no file, but the options include it.`);
    }
    return { id, ...fileCatalog[id], text };
  });
}
