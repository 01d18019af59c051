import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { FileFrame } from './FileCard';
import type { FileTexts } from './fileTexts';
import styles from './styles.module.css';

interface UnavailableFileCardProps {
  /** The file's name or path, as shown: ".github/ISSUE_TEMPLATE/bug_report.yml". */
  readonly fileName: string;
  readonly texts: FileTexts;
  /** The generator's own message, for a bug report. */
  readonly reason: string;
}

/** In place of a file that could not be made: what happened, what to do, and the details for a report. */
export default function UnavailableFileCard({
  fileName,
  texts,
  reason,
}: UnavailableFileCardProps): ReactNode {
  return (
    <FileFrame fileName={fileName} texts={texts}>
      <div className={`alert alert--warning ${styles.unavailable}`}>
        <p>
          <Translate id="adoptionBuilder.unavailable">
            Sorry: this file could not be made from the details above. The other files are not
            affected, and you can go on editing. If a field above is marked, fixing it may help. If
            not, the fault is in this site, not in your details.
          </Translate>
        </p>
        <details className={styles.reason}>
          <summary>
            <Translate id="adoptionBuilder.unavailable.reason">
              What went wrong, for a bug report
            </Translate>
          </summary>
          {/* The generator's own words, left as they are for the maintainers who read the report. */}
          <p translate="no">{reason}</p>
        </details>
      </div>
    </FileFrame>
  );
}

interface PendingFileCardProps {
  readonly fileName: string;
  readonly texts: FileTexts;
}

/** In place of a file made from the policy's text, for the moment until that text has loaded. */
export function PendingFileCard({ fileName, texts }: PendingFileCardProps): ReactNode {
  return (
    <FileFrame fileName={fileName} texts={texts}>
      <p className={styles.help}>
        <Translate id="adoptionBuilder.pending">Preparing this file…</Translate>
      </p>
    </FileFrame>
  );
}
