import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import type { ProjectLinkTarget, SiteConfig } from '@site/src/config/types';
import { uriOf } from '@site/src/config/urls';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

// Small pieces that let MDX pages name the project and link to it without hard-coding either.

export function ProjectName(): ReactNode {
  return useSiteConfig().project.name;
}

interface PolicyVersionProps {
  /** The version to show; an earlier version's page names its own. Default: the config's. */
  readonly value?: string;
}

export function PolicyVersion({ value }: PolicyVersionProps): ReactNode {
  const { version } = useSiteConfig().policy;
  return value ?? version;
}

interface AdoptionDateProps {
  /** The day to show, as YYYY-MM-DD; an earlier version's page names its own. Default: the config's. */
  readonly date?: string;
}

export function AdoptionDate({ date }: AdoptionDateProps): ReactNode {
  const { adoptedOn } = useSiteConfig().policy;
  return <FormattedDate isoDate={date ?? adoptedOn} />;
}

function urlFor(config: SiteConfig, target: ProjectLinkTarget): string {
  switch (target) {
    case 'repository':
      return config.project.repositoryUrl;
    case 'issues':
      return config.project.issuesUrl;
    case 'pullRequests':
      return config.project.pullRequestsUrl;
    case 'contact':
      return config.contact.url;
  }
}

interface ProjectLinkProps {
  readonly to: ProjectLinkTarget;
  readonly children: ReactNode;
}

export function ProjectLink({ to, children }: ProjectLinkProps): ReactNode {
  return <Link href={uriOf(urlFor(useSiteConfig(), to))}>{children}</Link>;
}

export function ContactLink(): ReactNode {
  const { contact } = useSiteConfig();
  return <Link href={uriOf(contact.url)}>{contact.label}</Link>;
}

export function TextLicense(): ReactNode {
  const { textLicense } = useSiteConfig();
  return <Link href={uriOf(textLicense.url)}>{textLicense.name}</Link>;
}
