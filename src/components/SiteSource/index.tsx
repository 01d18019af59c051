import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { ContactLink } from '@site/src/components/ProjectInfo';
import { uriOf } from '@site/src/config/urls';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

/**
 * The first step of publishing a copy of this site: fork the repository of its source. It links
 * to `site.sourceRepository` when the config names it; otherwise it says where to ask.
 */
export function ForkStep(): ReactNode {
  const { project, site } = useSiteConfig();
  if (site.sourceRepository === undefined) {
    return (
      <Translate
        id="siteSource.forkStep.unnamed"
        values={{ project: project.name, contact: <ContactLink /> }}
      >
        {
          'Fork the repository that holds the source of this site. It is not the repository of {project}’s code. This site does not give its address: ask through {contact} if you cannot find it.'
        }
      </Translate>
    );
  }
  return (
    <Translate
      id="siteSource.forkStep"
      values={{
        project: project.name,
        link: <Link href={uriOf(site.sourceRepository)}>{site.sourceRepository}</Link>,
      }}
    >
      {
        'Fork the repository that holds the source of this site: {link}. It is not the repository of {project}’s code.'
      }
    </Translate>
  );
}
