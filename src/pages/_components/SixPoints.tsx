import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import styles from '../index.module.css';

interface Point {
  readonly anchor: string;
  readonly name: string;
  readonly summary: string;
}

function usePoints(): readonly Point[] {
  return [
    {
      anchor: 'responsibility',
      name: translate({ id: 'home.points.responsibility.name', message: 'Responsibility' }),
      summary: translate({
        id: 'home.points.responsibility.summary',
        message: 'You answer for what you submit, however you made it.',
      }),
    },
    {
      anchor: 'disclosure',
      name: translate({ id: 'home.points.disclosure.name', message: 'Disclosure' }),
      summary: translate({
        id: 'home.points.disclosure.summary',
        message: 'If an LLM helped, say which tool, how you used it, and what it produced.',
      }),
    },
    {
      anchor: 'quality',
      name: translate({ id: 'home.points.quality.name', message: 'Quality' }),
      summary: translate({
        id: 'home.points.quality.summary',
        message: 'Low-effort generated work is closed without a full review.',
      }),
    },
    {
      anchor: 'copyright',
      name: translate({ id: 'home.points.copyright.name', message: 'Copyright' }),
      summary: translate({
        id: 'home.points.copyright.summary',
        message: 'We may decline any work whose copyright is unclear.',
      }),
    },
    {
      anchor: 'communication',
      name: translate({ id: 'home.points.communication.name', message: 'Communication' }),
      summary: translate({
        id: 'home.points.communication.summary',
        message: 'Talk to us in your own words. Machine translation of your words is welcome.',
      }),
    },
    {
      anchor: 'agents',
      name: translate({ id: 'home.points.agents.name', message: 'Agents' }),
      summary: translate({
        id: 'home.points.agents.summary',
        message: 'A person stands behind every issue, pull request and comment.',
      }),
    },
  ];
}

export default function SixPoints(): ReactNode {
  const points = usePoints();
  return (
    <section className={styles.points} aria-labelledby="points-heading">
      <h2 id="points-heading" className={styles.sectionHeading}>
        <Translate id="home.points.heading">The policy in six points</Translate>
      </h2>
      <ol className={styles.pointList}>
        {points.map((point) => (
          <li key={point.anchor}>
            <Link to={`/policy#${point.anchor}`} className={styles.pointName}>
              {point.name}
            </Link>
            <span>{point.summary}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
