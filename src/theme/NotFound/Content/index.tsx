// Gives the "Page not found" content a title and a meta description, as every other page has.
// The docs plugin serves every unknown path of this site (docs live at the root), and it shows
// this content without the NotFound page that would set the title.
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import NotFoundContent from '@theme-original/NotFound/Content';
import type { Props } from '@theme/NotFound/Content';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

export default function NotFoundContentWrapper(props: Props): ReactNode {
  const { project } = useSiteConfig();
  return (
    <>
      <PageMetadata
        title={translate({ id: 'theme.NotFound.title', message: 'Page Not Found' })}
        description={translate(
          {
            id: 'notFound.description',
            message:
              'The page you asked for does not exist on the site of the {project} LLM contribution policy.',
          },
          { project: project.name },
        )}
      />
      <NotFoundContent {...props} />
    </>
  );
}
