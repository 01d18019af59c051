// Adds the project-detail and reply-template components to every MDX page, so pages use them without imports.
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

export default {
  ...MDXComponents,
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  ReplyTemplateLibrary,
  ReplyTemplates,
  TextLicense,
};
