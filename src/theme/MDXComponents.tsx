// Adds the tags of src/mdx/tags.ts (project details, policy options, the summary, the disclosure
// table, version links) to every MDX page, so pages use them without imports; there, each tag
// also has its Markdown, for LLM_POLICY.md. Every page loads what is listed here: a component
// that only one page uses, such as the reply templates, the self-check or the version history,
// is imported by that page instead.
import type { ComponentType } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import {
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
} from '@site/src/components/ProjectInfo';
import DisclosureTable, {
  DisclosureReplies,
  UseVerdicts,
} from '@site/src/components/DisclosureTable';
import PolicySummary from '@site/src/components/PolicySummary';
import { OptionText, OriginDifferences, WhenOption } from '@site/src/components/PolicyOptions';
import { ThisVersionLink, VersionsLink } from '@site/src/components/PolicyVersions/links';
import type { MdxTagName } from '@site/src/mdx/tags';

/** The React component of each tag: the type checker refuses a tag missing here or there. */
export const tagComponents = {
  AdoptionDate,
  ContactLink,
  DisclosureTable,
  DisclosureReplies,
  OptionText,
  OriginDifferences,
  PolicySummary,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
  ThisVersionLink,
  UseVerdicts,
  VersionsLink,
  WhenOption,
} satisfies Record<MdxTagName, ComponentType<never>>;

export default { ...MDXComponents, ...tagComponents };
