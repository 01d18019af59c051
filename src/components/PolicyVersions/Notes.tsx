import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { PolicyVersionEntry } from '@site/src/versions/releases';
import styles from './styles.module.css';

interface NotesProps {
  readonly entry: PolicyVersionEntry;
  /** The heading level of "What changed", so it fits the page's outline. */
  readonly headingLevel: 2 | 3;
}

/** What a version changed and why, from docs/_versions/releases.json. */
export default function Notes({ entry, headingLevel }: NotesProps): ReactNode {
  const Heading = `h${headingLevel}` as const;
  if (entry.changes.length === 0 && entry.why.trim() === '') {
    return (
      <p>
        <Translate id="versions.notes.none">
          The draft does not describe its changes yet. They are written down before it is released.
        </Translate>
      </p>
    );
  }
  return (
    <div className={styles.notes}>
      <Heading className={styles.notesHeading}>
        <Translate id="versions.notes.changes">What changed</Translate>
      </Heading>
      <ul>
        {entry.changes.map((change, index) => (
          // The notes never change order while the page is open.
          <li key={index}>{change}</li>
        ))}
      </ul>
      {entry.why.trim() !== '' && (
        <>
          <Heading className={styles.notesHeading}>
            <Translate id="versions.notes.why">Why</Translate>
          </Heading>
          <p>{entry.why}</p>
        </>
      )}
    </div>
  );
}
