import type { SiteConfig } from '../config/types';
import { trailerExamples, type PolicyOptions } from '../data/policyOptions';
import { agentsFile } from './agentsFile';
import { fileCatalog } from './fileCatalog';
import { fileAddress, policyAddress, siteAddress, uriOf } from '../config/urls';

/** The format of `policy.json`. A new field raises it. Version 2 added `$schema` and `dimensions`. */
export const policyJsonFormatVersion = 2;

/**
 * What the policy says on the questions that public lists of project LLM
 * policies compare, each with the value a tool can read without knowing this
 * site's options.
 */
export interface PolicyDimensions {
  /** Whether contributions made with LLM help are accepted. This policy accepts them. */
  readonly stance: 'allowed';
  readonly disclosure: PolicyOptions['disclosure'];
  /** The policy has a section on copyright and licences of LLM output. */
  readonly copyrightStatement: true;
  /** A person stays the author and answers for every contribution. */
  readonly humanInTheLoop: true;
  readonly autonomousAgents: PolicyOptions['autonomousAgents'];
  readonly machineTranslationExempt: boolean;
  readonly accessibilityToolsExempt: boolean;
  /** The commit trailer the policy suggests, or null for none. */
  readonly commitTrailer: 'Assisted-by' | 'Generated-by' | null;
  /** How the trailer line looks, such as "Assisted-by: TOOL:MODEL", or null. */
  readonly commitTrailerExample: string | null;
  readonly agentsFile: PolicyOptions['agentsFile'];
}

/**
 * `policy.json`: the policy's version, adoption date, options, dimensions and
 * addresses, for tools and bots. `policy.schema.json` (./policySchema.ts) is its one
 * description; the tests check every file the site writes against it, so this type and the
 * schema cannot drift apart.
 */
export interface PolicyJson {
  /** The address of policy.schema.json, which describes this file. */
  readonly $schema: string;
  /** Always "llm-contribution-policy", so a tool can tell what the file is. */
  readonly kind: 'llm-contribution-policy';
  readonly formatVersion: typeof policyJsonFormatVersion;
  readonly project: {
    readonly name: string;
    readonly repositoryUrl: string;
    readonly issuesUrl: string;
    readonly pullRequestsUrl: string;
  };
  readonly policy: {
    readonly version: string;
    /** YYYY-MM-DD */
    readonly adoptedOn: string;
    readonly options: PolicyOptions;
    readonly dimensions: PolicyDimensions;
  };
  readonly contact: { readonly label: string; readonly url: string };
  readonly textLicense: { readonly name: string; readonly url: string };
  readonly urls: {
    readonly site: string;
    readonly policy: string;
    readonly policyMarkdown: string;
    readonly pullRequestTemplate: string;
    readonly contributingSection: string;
    /** null when the project has no AGENTS.md. */
    readonly agentsFile: string | null;
    readonly badge: string;
  };
}

export function policyDimensions(options: PolicyOptions): PolicyDimensions {
  return {
    stance: 'allowed',
    disclosure: options.disclosure,
    copyrightStatement: true,
    humanInTheLoop: true,
    autonomousAgents: options.autonomousAgents,
    machineTranslationExempt: options.machineTranslation === 'exempt',
    accessibilityToolsExempt: options.accessibilityTools === 'exempt',
    commitTrailer: options.commitTrailer === 'none' ? null : options.commitTrailer,
    commitTrailerExample: trailerExamples[options.commitTrailer],
    agentsFile: options.agentsFile,
  };
}

export function policyJsonObject(config: SiteConfig): PolicyJson {
  const { project, policy, contact, textLicense } = config;
  return {
    $schema: uriOf(fileAddress(config, fileCatalog.policySchema.fileName)),
    kind: 'llm-contribution-policy',
    formatVersion: policyJsonFormatVersion,
    // Addresses as valid URIs, so that a reader that checks them against the schema accepts them.
    project: {
      name: project.name,
      repositoryUrl: uriOf(project.repositoryUrl),
      issuesUrl: uriOf(project.issuesUrl),
      pullRequestsUrl: uriOf(project.pullRequestsUrl),
    },
    policy: {
      version: policy.version,
      adoptedOn: policy.adoptedOn,
      options: { ...policy.options },
      dimensions: policyDimensions(policy.options),
    },
    contact: { label: contact.label, url: uriOf(contact.url) },
    textLicense: { name: textLicense.name, url: uriOf(textLicense.url) },
    urls: {
      site: uriOf(siteAddress(config, 'home')),
      policy: uriOf(policyAddress(config)),
      policyMarkdown: uriOf(fileAddress(config, fileCatalog.policyMarkdown.fileName)),
      pullRequestTemplate: uriOf(fileAddress(config, fileCatalog.pullRequestTemplate.fileName)),
      contributingSection: uriOf(fileAddress(config, fileCatalog.contributingSection.fileName)),
      agentsFile:
        agentsFile(config) === null
          ? null
          : uriOf(fileAddress(config, fileCatalog.agentsFile.fileName)),
      badge: uriOf(fileAddress(config, fileCatalog.badgeSvg.fileName)),
    },
  };
}

/** The text of `policy.json`. */
export function policyJson(config: SiteConfig): string {
  return `${JSON.stringify(policyJsonObject(config), null, 2)}\n`;
}
