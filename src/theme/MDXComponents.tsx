// Adds the project-detail and policy-option components to every MDX page, so pages use them without imports.
import MDXComponents from '@theme-original/MDXComponents';
import {
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
} from '@site/src/components/ProjectInfo';
import { OptionText, WhenOption } from '@site/src/components/PolicyOptions';

export default {
  ...MDXComponents,
  AdoptionDate,
  ContactLink,
  OptionText,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
  WhenOption,
};
