// Adds the project-detail components to every MDX page, so pages use them without imports.
import MDXComponents from '@theme-original/MDXComponents';
import {
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
} from '@site/src/components/ProjectInfo';

export default {
  ...MDXComponents,
  AdoptionDate,
  ContactLink,
  PolicyVersion,
  ProjectLink,
  ProjectName,
  TextLicense,
};
