// Gives the search page of @easyops-cn/docusaurus-search-local a `main` landmark, a kinder word
// when nothing matches (./NoResults.tsx), a title with the project's name, a meta description,
// and a robots tag that search engines and the sitemap understand.
import { useEffect, type ComponentType, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { MainLandmark } from '../Layout/MainLandmark';
import { searchLabel } from '../SearchBar/searchLabel';
import { hideRepeatedResults } from './hideRepeatedResults';
import NoResults from './NoResults';
import styles from './styles.module.css';

const OriginalSearchPage = SearchPage as ComponentType;

export default function SearchPageWrapper(): ReactNode {
  const { project } = useSiteConfig();
  useEffect(() => {
    // The plugin writes its label in English; it becomes the page's language once the page runs.
    document
      .querySelector('input[type="search"][name="q"]')
      ?.setAttribute('aria-label', searchLabel());
    // The results change as the reader types: each change is checked for repeated results.
    const main = document.querySelector('main');
    if (main === null) {
      return undefined;
    }
    hideRepeatedResults(main);
    const observer = new MutationObserver(() => {
      hideRepeatedResults(main);
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
    };
  }, []);
  return (
    <>
      <MainLandmark className={styles.main} after={<NoResults />}>
        <OriginalSearchPage />
      </MainLandmark>
      {/* After the original, so that its title gives way to this one. */}
      <PageMetadata
        title={translate({ id: 'search.title', message: 'Search' })}
        description={translate(
          {
            id: 'search.description',
            message:
              'Search the LLM contribution policy of {project}: the policy, the reviewers’ guide, the questions and answers, and the reply templates.',
          },
          { project: project.name },
        )}
      />
      <Head>
        {/* The original writes property="robots", which neither search engines nor the sitemap read. */}
        <meta name="robots" content="noindex, follow" />
      </Head>
    </>
  );
}
