import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useRoutePath } from '@site/src/hooks/useRoutePath';
import styles from './styles.module.css';

/**
 * What the search page says when nothing matches, in place of the plugin's "No documents were
 * found". It is always in the page; ./styles.module.css shows it only while the plugin's list of
 * results is empty after a search, so the markup is the same before and after the page runs.
 */
export default function NoResults(): ReactNode {
  const toolsPath = useRoutePath('faq', 'tools');
  const tablePath = useRoutePath('policy', 'when-to-disclose');
  return (
    <div className={`container ${styles.noResults}`}>
      <p>
        <Translate id="search.noResults">
          Nothing on this site matches your search. Try fewer words, or another word for the same
          thing.
        </Translate>
      </p>
      <p>
        <Translate
          id="search.noResults.tools"
          values={{
            toolsLink: (
              <Link to={toolsPath}>
                <Translate id="search.noResults.toolsLink">the list of tools in the FAQ</Translate>
              </Link>
            ),
            tableLink: (
              <Link to={tablePath}>
                <Translate id="search.noResults.tableLink">the table “When to disclose”</Translate>
              </Link>
            ),
          }}
        >
          {
            'Are you looking for a tool by its name? See {toolsLink}: it sorts common tools by kind. To see what the policy asks of each kind of use, see {tableLink} in the policy.'
          }
        </Translate>
      </p>
    </div>
  );
}
