// Adds the project-detail, policy-option and reply-template components to every MDX page, so pages use them without imports.
import MDXComponents from '@theme-original/MDXComponents';
import {
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
} from '@site/src/components/ProjectInfo';
import ReplyTemplates, { ReplyTemplateLibrary } from '@site/src/components/ReplyTemplates';
import { OptionText, WhenOption } from '@site/src/components/PolicyOptions';

export default {
  ...MDXComponents,
  AdoptionDate,
  ContactLink,
  OptionText,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  ReplyTemplateLibrary,
  ReplyTemplates,
  TextLicense,
  WhenOption,
};
