// Every policy option reaches every surface it concerns. For each option, this test lists the
// surfaces it changes. It flips the option between each pair of its values, from two different
// starting configs, and checks that together these changes touch exactly the listed surfaces. A
// surface that an option should change but does not, or one it changes without being listed,
// fails the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import forkConfig from '../fixtures/fork.config';
import harbourConfig from '../fixtures/harbour.config';
import { readPolicySource } from '../../plugins/adoption-files/policySource';
import { agentsFile } from '../../src/adoption/agentsFile';
import { contributingSection } from '../../src/adoption/contributingSection';
import {
  bugReportForm,
  featureRequestForm,
  issueTemplateConfig,
} from '../../src/adoption/issueForms';
import { policyJson } from '../../src/adoption/policyJson';
import { policyMarkdown } from '../../src/adoption/policyMarkdown';
import { markdownRenderings, renderPage, type MarkdownRenderings } from '../../src/mdx/page';
import { compilePage } from '../../src/mdx/parse';
import { pullRequestTemplate } from '../../src/adoption/pullRequestTemplate';
import { emptyInputs, filledReply, templatesFor } from '../../src/components/ReplyTemplates/fill';
import { selfCheckFingerprint } from './selfCheckPaths';
import type { SiteConfig } from '../../src/config/types';
import { verdictFor, type DisclosureUseId } from '../../src/data/disclosureUses';
import {
  originDifferences,
  policyOptionIds,
  policyOptionValues,
  type PolicyOptionId,
} from '../../src/data/policyOptions';
import { policySummary, summaryText } from '../../src/data/policySummary';

const docsDir = join(__dirname, '../../docs');
const source = await readPolicySource(docsDir);

/** The tags whose Markdown the pages below need but LLM_POLICY.md does not: their data, as text. */
const dataTags: MarkdownRenderings = {
  ...markdownRenderings,
  UseVerdicts: (props, config) =>
    [props.uses]
      .flat()
      .map((use) => `${use}: ${verdictFor(use as DisclosureUseId, config.policy.options)}`)
      .join('\n'),
  OriginDifferences: (_, config) => JSON.stringify(originDifferences(config.policy.options)),
  DisclosureReplies: () => '',
};

/**
 * A page's text as the options shape it: the passages its options keep, and
 * what its data-driven components show.
 */
function pageFingerprint(name: string): (config: SiteConfig) => string {
  const mdx = readFileSync(join(docsDir, name), 'utf8');
  const pieces = compilePage(mdx, source.docPaths, { skipImports: true });
  return (config) => renderPage(pieces, config, dataTags);
}

const surfaces = {
  policy: (config: SiteConfig) => policyMarkdown(config, source),
  home: (config: SiteConfig) => policySummary(config.policy.options).map(summaryText).join('\n'),
  faq: pageFingerprint('faq.mdx'),
  glossary: pageFingerprint('glossary.mdx'),
  changelog: pageFingerprint('changelog.mdx'),
  reviewersGuide: pageFingerprint('reviewers-guide.mdx'),
  selfCheck: (config: SiteConfig) => selfCheckFingerprint(config.policy.options),
  replyTemplates: (config: SiteConfig) =>
    templatesFor(config.policy.options)
      .map((template) => `${template.id}\n${filledReply(template, config, emptyInputs)}`)
      .join('\n\n'),
  pullRequestTemplate: (config: SiteConfig) => pullRequestTemplate(config),
  issueForms: (config: SiteConfig) =>
    [bugReportForm(config), featureRequestForm(config), issueTemplateConfig(config)].join('\n'),
  contributingSection: (config: SiteConfig) => contributingSection(config),
  agentsFile: (config: SiteConfig) => agentsFile(config) ?? '(no file)',
  policyJson: (config: SiteConfig) => policyJson(config),
} as const;

type Surface = keyof typeof surfaces;

/**
 * The surfaces of a rule of the six-point summary: the pages that state it, the self-check,
 * the replies and every generated file that asks something of contributors.
 */
const summaryRuleSurfaces: readonly Surface[] = [
  'policy',
  'home',
  'faq',
  'changelog',
  'reviewersGuide',
  'selfCheck',
  'replyTemplates',
  'pullRequestTemplate',
  'issueForms',
  'contributingSection',
  'policyJson',
];

/** The surfaces of a verdict of the table "When to disclose" that is not a rule of the six points. */
const tableVerdictSurfaces: readonly Surface[] = [
  'policy',
  'home',
  'faq',
  'changelog',
  'selfCheck',
  'pullRequestTemplate',
  'issueForms',
  'contributingSection',
  'policyJson',
];

/** What each option changes. Every other surface must stay the same when the option changes. */
const optionSurfaces: Readonly<Record<PolicyOptionId, readonly Surface[]>> = {
  disclosure: summaryRuleSurfaces,
  machineTranslation: summaryRuleSurfaces,
  // No reply is about either: they change the table "When to disclose", the pages that show its
  // verdicts, and the sentence of the six points (and of the files that repeat them) that says
  // whether some kinds of help need no note.
  accessibilityTools: tableVerdictSurfaces,
  editingAids: tableVerdictSurfaces,
  autonomousAgents: [...summaryRuleSurfaces, 'agentsFile'],
  verbatimModelText: summaryRuleSurfaces,
  closedCommercialModels: summaryRuleSurfaces,
  agentsFile: ['policy', 'changelog', 'reviewersGuide', 'agentsFile', 'policyJson'],
  // Commits are not part of issues, so the issue forms do not mention a trailer.
  commitTrailer: [
    'policy',
    'glossary',
    'changelog',
    'selfCheck',
    'replyTemplates',
    'pullRequestTemplate',
    'contributingSection',
    'policyJson',
  ],
};

function withOption(base: SiteConfig, id: PolicyOptionId, value: string): SiteConfig {
  return {
    ...base,
    policy: { ...base.policy, options: { ...base.policy.options, [id]: value } },
  };
}

const bases: readonly SiteConfig[] = [harbourConfig, forkConfig];

/** The surfaces that differ between two configs. */
function changedSurfaces(first: SiteConfig, second: SiteConfig): Surface[] {
  return (Object.keys(surfaces) as Surface[]).filter(
    (surface) => surfaces[surface](first) !== surfaces[surface](second),
  );
}

describe('each option reaches exactly the surfaces it concerns', () => {
  it.each([...policyOptionIds])('%s', (id) => {
    const values: readonly string[] = policyOptionValues[id];
    const changed = new Set<Surface>();
    for (const base of bases) {
      values.forEach((a, index) => {
        for (const b of values.slice(index + 1)) {
          for (const surface of changedSurfaces(withOption(base, id, a), withOption(base, id, b))) {
            changed.add(surface);
          }
        }
      });
    }
    expect([...changed].sort()).toEqual([...optionSurfaces[id]].sort());
  });
});
