// Gives the "Page not found" page a meta description, as every other page has.
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import NotFound from '@theme-original/NotFound';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

export default function NotFoundWrapper(): ReactNode {
  const { project } = useSiteConfig();
  return (
    <>
      <PageMetadata
        description={translate(
          {
            id: 'notFound.description',
            message:
              'The page you asked for does not exist on the site of the {project} LLM contribution policy.',
          },
          { project: project.name },
        )}
      />
      <NotFound />
    </>
  );
}
