import { Fragment, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import FormattedDate from '@site/src/components/FormattedDate';
import { rowAnchor } from '@site/src/data/disclosureUses';
import {
  toolKindAnchor,
  toolKindIds,
  toolKinds,
  toolKindUses,
  toolNamesCheckedOn,
} from '@site/src/data/toolKinds';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';
import styles from './styles.module.css';

/**
 * The FAQ's list of tools by kind, from src/data/toolKinds.ts: each kind's names, and what the
 * policy asks of each use, linked to its row of "When to disclose". The headings sit beside the
 * page's own, so the site search finds each kind, with its names, as a section of its own.
 */
export default function ToolKinds(): ReactNode {
  const { options } = useSiteConfig().policy;
  const pathTo = useRoutePaths();
  return (
    <>
      <p className={styles.checked}>
        <Translate
          id="toolKinds.checkedOn"
          values={{ date: <FormattedDate isoDate={toolNamesCheckedOn()} /> }}
        >
          {'Names last checked on {date}.'}
        </Translate>
      </p>
      {toolKindIds.map((kind) => (
        // No element around a kind: the search plugin ends a section at the next heading beside
        // it, so a wrapper would put every kind's text in the question's section as well.
        <Fragment key={kind}>
          <Heading as="h3" id={toolKindAnchor(kind)}>
            {translateMessage(toolKinds[kind].label)}
          </Heading>
          <p>{translateMessage(toolKinds[kind].description)}</p>
          <ul
            className={styles.tools}
            aria-label={translate({ id: 'toolKinds.toolsLabel', message: 'Tools of this kind' })}
          >
            {/* Product names are the same in every language. */}
            {toolKinds[kind].tools.map((tool) => (
              <li key={tool} translate="no">
                {tool}
              </li>
            ))}
          </ul>
          <ul className={styles.uses}>
            {toolKindUses(kind, options).map(({ use, label, verdictLabel }) => (
              <li key={use}>
                {/* The table's rows are not headings, so the build's link check cannot see
                    their anchors; the search e2e test checks each one instead. */}
                <Link to={pathTo('policy', rowAnchor(use))} data-noBrokenLinkCheck>
                  {translateMessage(label)}
                </Link>
                {': '}
                {translateMessage(verdictLabel)}
                {'.'}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </>
  );
}
