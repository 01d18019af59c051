import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import styles from '../index.module.css';

interface Point {
  readonly anchor: string;
  readonly name: string;
  readonly summary: string;
}

// Each summary that depends on a policy option has one translatable message per value.
function usePoints(options: PolicyOptions): readonly Point[] {
  const closedModels =
    options.closedCommercialModels === 'not-accepted'
      ? ` ${translate({
          id: 'home.points.copyright.closedModels',
          message: 'Output of closed commercial models is not accepted.',
        })}`
      : '';
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
      summary:
        options.disclosure === 'required'
          ? translate({
              id: 'home.points.disclosure.summary',
              message: 'If an LLM helped, say which tool, how you used it, and what it produced.',
            })
          : translate({
              id: 'home.points.disclosure.summary.encouraged',
              message:
                'If an LLM helped, please say which tool, how you used it, and what it produced.',
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
      summary:
        translate({
          id: 'home.points.copyright.summary',
          message: 'We may decline any work whose copyright is unclear.',
        }) + closedModels,
    },
    {
      anchor: 'communication',
      name: translate({ id: 'home.points.communication.name', message: 'Communication' }),
      summary: [
        options.verbatimModelText === 'not-allowed'
          ? translate({
              id: 'home.points.communication.summary',
              message: 'Talk to us in your own words.',
            })
          : translate({
              id: 'home.points.communication.summary.markedModelText',
              message: 'Talk to us in your own words where you can, and mark any model text.',
            }),
        options.machineTranslation === 'exempt'
          ? translate({
              id: 'home.points.communication.translation',
              message: 'Machine translation of your words is welcome.',
            })
          : translate({
              id: 'home.points.communication.translation.withNote',
              message: 'Machine translation of your words is welcome, with a short note.',
            }),
      ].join(' '),
    },
    {
      anchor: 'agents',
      name: translate({ id: 'home.points.agents.name', message: 'Agents' }),
      summary:
        options.autonomousAgents === 'not-allowed'
          ? translate({
              id: 'home.points.agents.summary',
              message: 'A person stands behind every issue, pull request and comment.',
            })
          : translate({
              id: 'home.points.agents.summary.accountable',
              message:
                'A person stands behind every issue, pull request and comment, even one an agent posts.',
            }),
    },
  ];
}

export default function SixPoints(): ReactNode {
  const points = usePoints(useSiteConfig().policy.options);
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
