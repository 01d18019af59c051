/**
 * The one file to edit when you adopt this policy for your project.
 *
 * Change the values below, then run `npm run build`. The build checks every
 * field and stops with a message that names the field if something is wrong.
 * Every page, link and generated file reads its project details from here.
 *
 * The values shipped here describe Driftwood, a fictional example project.
 * Set `isExample` to false once you have filled in your own project.
 */
import type { SiteConfig } from './src/config/types';

const siteConfig: SiteConfig = {
  isExample: true,
  project: {
    name: 'Driftwood',
    repositoryUrl: 'https://github.com/example-org/driftwood',
    issuesUrl: 'https://github.com/example-org/driftwood/issues',
    pullRequestsUrl: 'https://github.com/example-org/driftwood/pulls',
  },
  site: {
    url: 'https://policy.driftwood.example',
    baseUrl: '/',
    // Optional: the repository that holds this site's own source, for those who want to fork it.
    sourceRepository: 'https://github.com/example-org/driftwood-policy-site',
  },
  contact: {
    label: 'the Driftwood maintainers’ forum',
    url: 'https://github.com/example-org/driftwood/discussions',
  },
  policy: {
    version: '1',
    adoptedOn: '2026-05-05',
    // Each option's values and their meaning: src/data/policyOptions.ts.
    options: {
      disclosure: 'required',
      machineTranslation: 'exempt',
      accessibilityTools: 'exempt',
      editingAids: 'light',
      autonomousAgents: 'not-allowed',
      verbatimModelText: 'not-allowed',
      closedCommercialModels: 'no-clause',
      agentsFile: 'discourage',
      commitTrailer: 'Assisted-by',
    },
  },
  textLicense: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  // The pull-request check (files/llm-policy-check.yml). "advise" only writes notes;
  // "require" fails the check when the authorship statement or a disclosure is missing.
  pullRequestCheck: {
    mode: 'advise',
    skipAuthors: ['dependabot[bot]', 'renovate[bot]'],
  },
};

export default siteConfig;
