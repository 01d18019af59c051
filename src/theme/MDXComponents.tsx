// Adds the project-detail, policy-option, summary, disclosure-table and version-link components
// to every MDX page, so pages use them without imports. Every page loads what is listed here: a
// component that only one page uses, such as the reply templates, the self-check or the version
// history, is imported by that page instead.
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

export default {
  ...MDXComponents,
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
};
