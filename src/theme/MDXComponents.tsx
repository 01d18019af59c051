// Adds the project-detail, policy-option, summary, disclosure-table and reply-template components to every MDX page, so pages use them without imports.
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
  UseVerdicts,
  WhenOption,
};
