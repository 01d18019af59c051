// Adds the project-detail, policy-option, summary, disclosure-table, reply-template and version components to every MDX page, so pages use them without imports.
import MDXComponents from '@theme-original/MDXComponents';
import {
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
} from '@site/src/components/ProjectInfo';
import DisclosureTable, { UseVerdicts } from '@site/src/components/DisclosureTable';
import PolicySummary from '@site/src/components/PolicySummary';
import ReplyTemplates, { ReplyTemplateLibrary } from '@site/src/components/ReplyTemplates';
import { OptionText, OriginDifferences, WhenOption } from '@site/src/components/PolicyOptions';
import { ThisVersionLink, VersionsLink } from '@site/src/components/PolicyVersions/links';
import VersionHistory from '@site/src/components/PolicyVersions/VersionHistory';

export default {
  ...MDXComponents,
  AdoptionDate,
  ContactLink,
  DisclosureTable,
  OptionText,
  OriginDifferences,
  PolicySummary,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  ReplyTemplateLibrary,
  ReplyTemplates,
  TextLicense,
  ThisVersionLink,
  UseVerdicts,
  VersionHistory,
  VersionsLink,
  WhenOption,
};
