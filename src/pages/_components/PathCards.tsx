import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import styles from '../index.module.css';

interface Path {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
  readonly to: string;
  readonly action: string;
  /** A second, quieter link for readers who want a shortcut. */
  readonly secondary?: { readonly to: string; readonly action: string };
}

function usePaths(): readonly Path[] {
  const pathTo = useRoutePaths();
  return [
    {
      id: 'contributing',
      heading: translate({ id: 'home.paths.contributing.heading', message: 'I’m contributing' }),
      text: translate({
        id: 'home.paths.contributing.text',
        message:
          'Read the policy before you open an issue or a pull request. Learn when and how to say that you used an LLM.',
      }),
      to: pathTo('policy'),
      action: translate({ id: 'home.paths.contributing.action', message: 'Read the policy' }),
      secondary: {
        to: pathTo('selfCheck'),
        action: translate({
          id: 'home.paths.contributing.secondary',
          message: 'Check your contribution',
        }),
      },
    },
    {
      id: 'reviewing',
      heading: translate({ id: 'home.paths.reviewing.heading', message: 'I’m reviewing' }),
      text: translate({
        id: 'home.paths.reviewing.text',
        message:
          'A contribution feels machine-made. Learn when to ask “Did you write this?”, and how to ask kindly.',
      }),
      to: pathTo('reviewersGuide'),
      action: translate({
        id: 'home.paths.reviewing.action',
        message: 'Open the reviewers’ guide',
      }),
    },
    {
      id: 'adopting',
      heading: translate({
        id: 'home.paths.adopting.heading',
        message: 'I’m adopting this policy',
      }),
      text: translate({
        id: 'home.paths.adopting.text',
        message:
          'Use this policy in your own project. Edit one configuration file, build, and publish your own site.',
      }),
      to: pathTo('adopt'),
      action: translate({ id: 'home.paths.adopting.action', message: 'Adopt this policy' }),
    },
  ];
}

export default function PathCards(): ReactNode {
  const paths = usePaths();
  return (
    <section className={styles.paths} aria-labelledby="paths-heading">
      <h2 id="paths-heading" className={styles.sectionHeading}>
        <Translate id="home.paths.heading">Where do you want to start?</Translate>
      </h2>
      <ul className={styles.pathList}>
        {paths.map((path) => (
          <li key={path.id} className={styles.pathCard}>
            <h3 className={styles.pathHeading}>{path.heading}</h3>
            <p>{path.text}</p>
            <div className={styles.pathActions}>
              <Link className="button button--primary" to={path.to}>
                {path.action}
              </Link>
              {path.secondary ? (
                <Link className="button button--secondary" to={path.secondary.to}>
                  {path.secondary.action}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
