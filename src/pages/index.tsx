import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Translate, { translate } from '@docusaurus/Translate';
import { useRoutePath } from '@site/src/hooks/useRoutePath';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import PathCards from './_components/PathCards';
import SixPoints from './_components/SixPoints';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const { project } = useSiteConfig();
  const authorshipPath = useRoutePath('policy', 'responsibility');
  return (
    <Layout
      title={translate(
        { id: 'home.title', message: 'LLM contribution policy' },
        { project: project.name },
      )}
      description={translate(
        {
          id: 'home.description',
          message:
            'How {project} handles contributions made with large language models: the policy, the reasons, and a guide for reviewers.',
        },
        { project: project.name },
      )}
    >
      <main className={styles.home}>
        <header className={styles.hero}>
          <div className="container">
            <p className={styles.eyebrow}>
              <Translate id="home.eyebrow" values={{ project: project.name }}>
                {'{project} and large language models'}
              </Translate>
            </p>
            <h1 className={styles.title}>
              <Translate id="home.rule">
                {'You may use tools, but you must be the author of what you send us.'}
              </Translate>
            </h1>
            <div className={styles.test}>
              <p className={styles.testLabel}>
                <Translate id="home.test.label">The test</Translate>
              </p>
              <p className={styles.testQuestion}>
                <Translate id="home.test.question">
                  {
                    'Before you submit code, documentation or a comment, can you say “I am the author”?'
                  }
                </Translate>
              </p>
              <p>
                <Translate id="home.test.explanation">
                  {
                    'Being the author means you did the thinking and you can explain every decision. It does not matter who or what typed the characters.'
                  }
                </Translate>{' '}
                <Link to={authorshipPath}>
                  <Translate id="home.test.link">What authorship means</Translate>
                </Link>
              </p>
            </div>
          </div>
        </header>
        <div className="container">
          <PathCards />
          <SixPoints />
        </div>
      </main>
    </Layout>
  );
}
