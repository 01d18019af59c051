/**
 * The sections of the policy page (docs/policy.mdx): their stable anchors and
 * their headings. Reviewers link to these anchors, and the self-check, the
 * FAQ and the reply templates point at them, so an anchor must never change
 * once published. To add a section, add its heading in docs/policy.mdx with
 * `{/* #id *\/}` and list it here with the same words; a test checks that
 * both agree. Everything that names a section takes its name from here.
 */
import type { Message } from './message';

export const policyPointIds = [
  'responsibility',
  'disclosure',
  'quality',
  'copyright',
  'communication',
  'agents',
] as const;

export type PolicyPointId = (typeof policyPointIds)[number];

export const policyAnchors = [
  ...policyPointIds,
  'when-to-disclose',
  'what-to-include',
  'disclosure-examples',
  'accessibility-tools',
  'machine-translation',
  'agents-md',
  'versions',
] as const;

export type PolicyAnchor = (typeof policyAnchors)[number];

/** Each section's heading, word for word as on the policy page. */
export const policySectionTitles: Readonly<Record<PolicyAnchor, Message>> = {
  responsibility: { id: 'policy.section.responsibility', message: 'Responsibility' },
  disclosure: { id: 'policy.section.disclosure', message: 'Disclosure' },
  quality: { id: 'policy.section.quality', message: 'Quality' },
  copyright: { id: 'policy.section.copyright', message: 'Copyright' },
  communication: { id: 'policy.section.communication', message: 'Communication' },
  agents: { id: 'policy.section.agents', message: 'Agents' },
  'when-to-disclose': { id: 'policy.section.whenToDisclose', message: 'When to disclose' },
  'what-to-include': { id: 'policy.section.whatToInclude', message: 'What to include' },
  'disclosure-examples': { id: 'policy.section.disclosureExamples', message: 'Examples' },
  'accessibility-tools': {
    id: 'policy.section.accessibilityTools',
    message: 'Accessibility tools',
  },
  'machine-translation': {
    id: 'policy.section.machineTranslation',
    message: 'Machine translation',
  },
  'agents-md': { id: 'policy.section.agentsMd', message: 'AGENTS.md and similar files' },
  versions: { id: 'policy.section.versions', message: 'Versions and changes' },
};
