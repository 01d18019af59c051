/**
 * The stable anchors of the policy page (docs/policy.mdx). Reviewers link to
 * these, and the self-check and the reply templates point at them, so an
 * anchor must never change once published. To add a section, add its
 * heading in docs/policy.mdx with `{/* #id *\/}` and list the id here; the
 * tests check that both agree.
 */
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
  'what-to-include',
  'disclosure-examples',
  'accessibility-tools',
  'machine-translation',
  'agents-md',
  'versions',
] as const;

export type PolicyAnchor = (typeof policyAnchors)[number];

/** The site path of the policy page, without the base URL. */
export const policyPath = '/policy';
