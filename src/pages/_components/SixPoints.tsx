import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import PolicySummary from '@site/src/components/PolicySummary';
import styles from '../index.module.css';

/** The policy in six points, from the same data as the policy's "In short" box. */
export default function SixPoints(): ReactNode {
  return (
    <section className={styles.points} aria-labelledby="points-heading">
      <h2 id="points-heading" className={styles.sectionHeading}>
        <Translate id="home.points.heading">The policy in six points</Translate>
      </h2>
      <PolicySummary ordered className={styles.pointList} />
    </section>
  );
}
