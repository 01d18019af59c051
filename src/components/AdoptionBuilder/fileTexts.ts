import { translate } from '@docusaurus/Translate';
import type { GeneratedFileId } from '@site/src/adoption/fileCatalog';

export interface FileTexts {
  /** What the file does. */
  readonly about: string;
  /** Where it goes. */
  readonly where: string;
}

/** What each generated file is for and where it goes, as the builder shows them. */
export function fileTexts(): Readonly<Record<GeneratedFileId | 'siteConfig', FileTexts>> {
  return {
    siteConfig: {
      about: translate({
        id: 'adoptionBuilder.file.siteConfig.about',
        message: 'The one file that a fork of this site edits. It holds all your choices above.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.siteConfig.where',
        message: 'Replace site.config.ts at the root of your fork of this site.',
      }),
    },
    pullRequestTemplate: {
      about: translate({
        id: 'adoptionBuilder.file.pullRequestTemplate.about',
        message:
          'Adds an authorship checkbox that links to the policy, and a place to disclose LLM use, to every new pull request.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.pullRequestTemplate.where',
        message: 'Save it as .github/PULL_REQUEST_TEMPLATE.md in your code repository.',
      }),
    },
    pullRequestCheckWorkflow: {
      about: translate({
        id: 'adoptionBuilder.file.pullRequestCheckWorkflow.about',
        message:
          'A GitHub Actions workflow that runs the check below on each pull request. It can only read the repository.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.pullRequestCheckWorkflow.where',
        message: 'Save it as .github/workflows/llm-policy-check.yml in your code repository.',
      }),
    },
    pullRequestCheckScript: {
      about: translate({
        id: 'adoptionBuilder.file.pullRequestCheckScript.about',
        message:
          'Reads the pull request description and says, kindly, what the policy still asks for: the authorship statement, and a disclosure when an LLM helped.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.pullRequestCheckScript.where',
        message: 'Save it as .github/scripts/llm-policy-check.mjs in your code repository.',
      }),
    },
    bugReportForm: {
      about: translate({
        id: 'adoptionBuilder.file.bugReportForm.about',
        message:
          'An issue form for bug reports, with a required authorship checkbox and a field for LLM use.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.bugReportForm.where',
        message: 'Save it in the folder .github/ISSUE_TEMPLATE/ of your code repository.',
      }),
    },
    featureRequestForm: {
      about: translate({
        id: 'adoptionBuilder.file.featureRequestForm.about',
        message:
          'An issue form for ideas, with a required authorship checkbox and a field for LLM use.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.featureRequestForm.where',
        message: 'Save it in the folder .github/ISSUE_TEMPLATE/ of your code repository.',
      }),
    },
    issueTemplateConfig: {
      about: translate({
        id: 'adoptionBuilder.file.issueTemplateConfig.about',
        message:
          'Turns off blank issues, so that every issue goes through a form. Links to the policy and to your contact. GitHub only accepts web addresses here, so an email contact is left out.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.issueTemplateConfig.where',
        message: 'Save it as .github/ISSUE_TEMPLATE/config.yml in your code repository.',
      }),
    },
    agentsFile: {
      about: translate({
        id: 'adoptionBuilder.file.agentsFile.about',
        message: 'Asks coding agents, politely, to follow the policy, and points them to it.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.agentsFile.where',
        message: 'Save it as AGENTS.md at the root of your code repository.',
      }),
    },
    contributingSection: {
      about: translate({
        id: 'adoptionBuilder.file.contributingSection.about',
        message: 'A short section that sums up the policy for contributors.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.contributingSection.where',
        message: 'Paste it into CONTRIBUTING.md in your code repository.',
      }),
    },
    policyMarkdown: {
      about: translate({
        id: 'adoptionBuilder.file.policyMarkdown.about',
        message:
          'The whole policy as one plain Markdown file, for readers who stay in the repository.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.policyMarkdown.where',
        message: 'Save it as LLM_POLICY.md, or wherever your project keeps such documents.',
      }),
    },
    policyJson: {
      about: translate({
        id: 'adoptionBuilder.file.policyJson.about',
        message:
          'The version, adoption date, options and addresses of your policy, for tools and bots. It also says, in common terms, where the policy stands on disclosure, agents, exemptions and commit trailers.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.policyJson.where',
        message: 'Your site publishes it at /files/policy.json when you build it.',
      }),
    },
    policySchema: {
      about: translate({
        id: 'adoptionBuilder.file.policySchema.about',
        message:
          'A JSON Schema that describes policy.json, so that indexes and tools can check the file they read.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.policySchema.where',
        message: 'Your site publishes it at /files/policy.schema.json, next to policy.json.',
      }),
    },
    badgeSvg: {
      about: translate({
        id: 'adoptionBuilder.file.badgeSvg.about',
        message: 'A small image that names the version of your policy.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.badgeSvg.where',
        message: 'Your site publishes it at /files/badge.svg. The two snippets below show it.',
      }),
    },
    badgeMarkdown: {
      about: translate({
        id: 'adoptionBuilder.file.badgeMarkdown.about',
        message: 'Shows the badge and links it to your policy.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.badgeMarkdown.where',
        message: 'Paste it near the top of a README written in Markdown.',
      }),
    },
    badgeRestructuredText: {
      about: translate({
        id: 'adoptionBuilder.file.badgeRestructuredText.about',
        message: 'Shows the badge and links it to your policy.',
      }),
      where: translate({
        id: 'adoptionBuilder.file.badgeRestructuredText.where',
        message: 'Paste it near the top of a README written in reStructuredText.',
      }),
    },
  };
}
