// Describes the social card (themeConfig.image, drawn by plugins/social-card) to the sites that
// show it: its text alternative, its size and its type.
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import SiteMetadata from '@theme-original/SiteMetadata';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { cardHeight, cardWidth } from '@site/src/socialCard/size';

export default function SiteMetadataWrapper(): ReactNode {
  const { project } = useSiteConfig();
  const alt = translate(
    { id: 'socialCard.alt', message: '{project} LLM contribution policy' },
    { project: project.name },
  );
  return (
    <>
      <SiteMetadata />
      <Head>
        <meta property="og:image:alt" content={alt} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content={String(cardWidth)} />
        <meta property="og:image:height" content={String(cardHeight)} />
        <meta name="twitter:image:alt" content={alt} />
      </Head>
    </>
  );
}
