import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import { AdoptionDate } from '@site/src/components/ProjectInfo';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { useRoutePath } from '@site/src/hooks/useRoutePath';
import type { PolicyVersionEntry } from '@site/src/versions/releases';
import Notes from './Notes';
import { statusLabel, versionName, versionNameInSentence } from './labels';
import { useComparePath, useVersionPath } from './links';
import { useVersions } from './useVersions';
import styles from './styles.module.css';

function VersionSection({
  entry,
  older,
}: {
  readonly entry: PolicyVersionEntry;
  /** The version before this one, to compare with; the draft compares with the version in force. */
  readonly older: PolicyVersionEntry | undefined;
}): ReactNode {
  const { site } = useSiteConfig();
  const path = useVersionPath()(entry.id);
  const compare = useComparePath();
  const headingId = `version-${entry.id.replace(/\./g, '-')}`;
  return (
    <section className={styles.versionCard} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.versionHeading}>
        <Link to={path}>{versionName(entry)}</Link>{' '}
        <span className={styles.status}>{statusLabel(entry)}</span>
      </h2>
      <p>
        {entry.adoptedOn === null ? (
          <Translate id="versions.index.draftAddress">
            The draft is at this address until it is released:
          </Translate>
        ) : (
          <Translate
            id="versions.index.adopted"
            values={{ date: <AdoptionDate date={entry.adoptedOn} /> }}
          >
            {'Adopted on {date}. Its permanent address:'}
          </Translate>
        )}{' '}
        <Link className={styles.address} to={path}>{`${site.url}${path}`}</Link>
      </p>
      <Notes entry={entry} headingLevel={3} />
      {older !== undefined && (
        <p>
          <Link to={compare(older.id, entry.id)}>
            <Translate id="versions.index.compare" values={{ older: versionNameInSentence(older) }}>
              {'Compare with {older}'}
            </Translate>
          </Link>
        </p>
      )}
    </section>
  );
}

/** Every version of the policy, each with its permanent address and what it changed. */
export default function IndexPage(): ReactNode {
  const { project } = useSiteConfig();
  const versions = useVersions();
  const compare = useComparePath();
  const changelogPath = useRoutePath('changelog');
  const released = versions.filter((entry) => entry.status !== 'draft');
  const draft = versions.find((entry) => entry.status === 'draft');
  const current = released[0];
  return (
    <Layout
      title={translate({ id: 'versions.index.title', message: 'Versions of the policy' })}
      description={translate(
        {
          id: 'versions.index.description',
          message:
            'Every version of the LLM contribution policy of {project}, each at an address that never changes, with what changed and why.',
        },
        { project: project.name },
      )}
    >
      <main className="container margin-vert--lg">
        <div className={styles.indexColumn}>
          <h1>
            <Translate id="versions.index.heading">Versions of the policy</Translate>
          </h1>
          <p>
            <Translate id="versions.index.intro" values={{ project: project.name }}>
              {
                '{project} revises its policy as tools and experience change. Each version keeps its own address, so a link to a version always shows the text that version had. Link to a version when you need the exact words someone agreed to.'
              }
            </Translate>
          </p>
          <p>
            {versions.length > 1 && (
              <>
                <Link to={compare()}>
                  <Translate id="versions.index.compareAny">Compare any two versions</Translate>
                </Link>
                {' · '}
              </>
            )}
            <Link to={changelogPath}>
              <Translate id="versions.index.changelog">Changelog</Translate>
            </Link>
          </p>
          {released.map((entry, index) => (
            <VersionSection
              key={entry.id}
              entry={entry}
              older={index + 1 < released.length ? released[index + 1] : undefined}
            />
          ))}
          {draft !== undefined && <VersionSection entry={draft} older={current} />}
        </div>
      </main>
    </Layout>
  );
}
