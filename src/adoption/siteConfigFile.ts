import type { SiteConfig } from '../config/types';
import { policyOptionIds } from '../data/policyOptions';

/** A string literal as Prettier writes it: single quotes unless that needs more escapes. */
function literal(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const quote = singles > doubles ? '"' : "'";
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** The `pullRequestCheck` section, as Prettier writes it; nothing when the config leaves it out. */
function pullRequestCheckLines(config: SiteConfig): string[] {
  const section = config.pullRequestCheck;
  if (section === undefined) {
    return [];
  }
  const items = section.skipAuthors.map(literal);
  const oneLine = `    skipAuthors: [${items.join(', ')}],`;
  return [
    '  pullRequestCheck: {',
    `    mode: ${literal(section.mode)},`,
    ...(oneLine.length <= 100
      ? [oneLine]
      : ['    skipAuthors: [', ...items.map((item) => `      ${item},`), '    ],']),
    '  },',
  ];
}

/**
 * The text of a `site.config.ts` for a configuration, formatted as Prettier
 * formats it, so that a fork's lint step passes. The adoption builder offers
 * it as a download.
 */
export function siteConfigFile(config: SiteConfig): string {
  const { project, site, contact, policy, textLicense } = config;
  return [
    '/**',
    ' * The one file to edit when you adopt this policy for your project.',
    ' *',
    ' * Change the values below, then run `npm run build`. The build checks every',
    ' * field and stops with a message that names the field if something is wrong.',
    ' * Every page, link and generated file reads its project details from here.',
    ' */',
    "import type { SiteConfig } from './src/config/types';",
    '',
    'const siteConfig: SiteConfig = {',
    `  isExample: ${config.isExample},`,
    '  project: {',
    `    name: ${literal(project.name)},`,
    `    repositoryUrl: ${literal(project.repositoryUrl)},`,
    `    issuesUrl: ${literal(project.issuesUrl)},`,
    `    pullRequestsUrl: ${literal(project.pullRequestsUrl)},`,
    '  },',
    '  site: {',
    `    url: ${literal(site.url)},`,
    `    baseUrl: ${literal(site.baseUrl)},`,
    ...(site.sourceRepository === undefined
      ? []
      : [`    sourceRepository: ${literal(site.sourceRepository)},`]),
    '  },',
    '  contact: {',
    `    label: ${literal(contact.label)},`,
    `    url: ${literal(contact.url)},`,
    '  },',
    '  policy: {',
    `    version: ${literal(policy.version)},`,
    `    adoptedOn: ${literal(policy.adoptedOn)},`,
    "    // Each option's values and their meaning: src/data/policyOptions.ts.",
    '    options: {',
    ...policyOptionIds.map((id) => `      ${id}: ${literal(policy.options[id])},`),
    '    },',
    '  },',
    '  textLicense: {',
    `    name: ${literal(textLicense.name)},`,
    `    url: ${literal(textLicense.url)},`,
    '  },',
    ...pullRequestCheckLines(config),
    '};',
    '',
    'export default siteConfig;',
    '',
  ].join('\n');
}
