import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { AdoptionDate, PolicyVersion } from '@site/src/components/ProjectInfo';
import styles from './styles.module.css';

/** The policy's version and the day it was adopted, at the top of each page of the policy. */
export default function PolicyStatus(): ReactNode {
  return (
    <p className={styles.status}>
      <Translate
        id="policyStatus.versionAndDate"
        values={{ version: <PolicyVersion />, date: <AdoptionDate /> }}
      >
        {'Policy version {version}, adopted {date}.'}
      </Translate>
    </p>
  );
}
