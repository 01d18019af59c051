import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { AdoptionDate } from '@site/src/components/ProjectInfo';
import { statusLabel, versionName, versionNameInSentence } from './labels';
import { useComparePath, useVersionPath, useVersionsIndexPath } from './links';
import { useVersions } from './useVersions';
import styles from './styles.module.css';

/**
 * The changelog's list of versions: each one's date, what it changed and why,
 * and its links. It links to the draft of the next version while there is one.
 */
export default function VersionHistory(): ReactNode {
  const versions = useVersions();
  const versionPathOf = useVersionPath();
  const compare = useComparePath();
  const indexPath = useVersionsIndexPath();
  const released = versions.filter((entry) => entry.status !== 'draft');
  const draft = versions.find((entry) => entry.status === 'draft');
  const listLink = (
    <Link to={indexPath}>
      <Translate id="versions.history.listLink">list of versions</Translate>
    </Link>
  );
  return (
    <>
      <ul className={styles.history}>
        {released.map((entry, index) => {
          const older = index + 1 < released.length ? released[index + 1] : undefined;
          return (
            <li key={entry.id}>
              <p>
                <strong>
                  <Link to={versionPathOf(entry.id)}>{versionName(entry)}</Link>
                </strong>{' '}
                <span className={styles.status}>{statusLabel(entry)}</span>{' '}
                <Translate
                  id="versions.history.adopted"
                  values={{ date: <AdoptionDate date={entry.adoptedOn ?? undefined} /> }}
                >
                  {'Adopted on {date}.'}
                </Translate>
              </p>
              <p>
                {entry.changes.join(' ')} {entry.why}
              </p>
              {older !== undefined && (
                <p>
                  <Link to={compare(older.id, entry.id)}>
                    <Translate
                      id="versions.history.compare"
                      values={{ older: versionNameInSentence(older) }}
                    >
                      {'What changed since {older}'}
                    </Translate>
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        {draft === undefined ? (
          <Translate id="versions.history.listOnly" values={{ list: listLink }}>
            {'The {list} gives each version’s permanent address.'}
          </Translate>
        ) : (
          <Translate
            id="versions.history.more"
            values={{
              draft: (
                <Link to={versionPathOf(draft.id)}>
                  <Translate id="versions.history.draftLink">draft of the next version</Translate>
                </Link>
              ),
              list: listLink,
            }}
          >
            {
              'The {draft} shows the changes that are being prepared. The {list} gives each version’s permanent address.'
            }
          </Translate>
        )}
      </p>
    </>
  );
}
