import type { SiteConfig } from '../config/types';
import {
  checkAgainstSchema,
  contactUrlRule,
  dateRule,
  httpUrlRule,
  optionsSchema,
  textRule,
  versionRule,
  type Rule,
  type SchemaFor,
  type SiteConfigProblem,
} from '../config/validate';
import type { PolicyOptions } from '../data/policyOptions';
import { agentsFile } from './agentsFile';
import { fileCatalog } from './fileCatalog';
import { fileAddress, policyAddress, siteAddress } from '../config/urls';

/**
 * `policy.json`: the policy's version, adoption date, options and addresses,
 * for tools and bots. Its format is versioned by `formatVersion`; a new field
 * raises it.
 */
export interface PolicyJson {
  /** Always "llm-contribution-policy", so a tool can tell what the file is. */
  readonly kind: 'llm-contribution-policy';
  readonly formatVersion: 1;
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

export function policyJsonObject(config: SiteConfig): PolicyJson {
  const { project, policy, contact, textLicense } = config;
  return {
    kind: 'llm-contribution-policy',
    formatVersion: 1,
    project: { ...project },
    policy: {
      version: policy.version,
      adoptedOn: policy.adoptedOn,
      options: { ...policy.options },
    },
    contact: { ...contact },
    textLicense: { ...textLicense },
    urls: {
      site: siteAddress(config, 'home'),
      policy: policyAddress(config),
      policyMarkdown: fileAddress(config, fileCatalog.policyMarkdown.fileName),
      pullRequestTemplate: fileAddress(config, fileCatalog.pullRequestTemplate.fileName),
      contributingSection: fileAddress(config, fileCatalog.contributingSection.fileName),
      agentsFile:
        agentsFile(config) === null ? null : fileAddress(config, fileCatalog.agentsFile.fileName),
      badge: fileAddress(config, fileCatalog.badgeSvg.fileName),
    },
  };
}

/** The text of `policy.json`. */
export function policyJson(config: SiteConfig): string {
  return `${JSON.stringify(policyJsonObject(config), null, 2)}\n`;
}

function exactly(expected: string | number): Rule {
  return (value) =>
    value === expected ? null : { code: 'exactly', value: JSON.stringify(expected) };
}

const optionalHttpUrlRule: Rule = (value) => (value === null ? null : httpUrlRule(value));

const policyJsonSchema: SchemaFor<PolicyJson> = {
  kind: exactly('llm-contribution-policy'),
  formatVersion: exactly(1),
  project: {
    name: textRule,
    repositoryUrl: httpUrlRule,
    issuesUrl: httpUrlRule,
    pullRequestsUrl: httpUrlRule,
  },
  policy: { version: versionRule, adoptedOn: dateRule, options: optionsSchema },
  contact: { label: textRule, url: contactUrlRule },
  textLicense: { name: textRule, url: httpUrlRule },
  urls: {
    site: httpUrlRule,
    policy: httpUrlRule,
    policyMarkdown: httpUrlRule,
    pullRequestTemplate: httpUrlRule,
    contributingSection: httpUrlRule,
    agentsFile: optionalHttpUrlRule,
    badge: httpUrlRule,
  },
};

/** Checks at run time that a parsed policy.json has the declared type; returns its problems. */
export function checkPolicyJson(value: unknown): readonly SiteConfigProblem[] {
  return checkAgainstSchema(policyJsonSchema, value);
}
