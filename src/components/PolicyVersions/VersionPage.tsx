import type { ComponentType, ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import TOC from '@theme/TOC';
import type { TOCItem } from '@docusaurus/mdx-loader';
import { AdoptionDate } from '@site/src/components/ProjectInfo';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { useRoutePath } from '@site/src/hooks/useRoutePath';
import type { PolicyVersionEntry } from '@site/src/versions/releases';
import Notes from './Notes';
import { versionName } from './labels';
import { useComparePath, useVersionPath, useVersionsIndexPath } from './links';
import { useCurrentVersion, useVersions } from './useVersions';
import styles from './styles.module.css';

type MdxModule = ComponentType & { readonly toc?: readonly TOCItem[] };

interface VersionPageProps {
  readonly content: MdxModule;
  readonly entry: PolicyVersionEntry;
}

/** The version that replaced an earlier one: the next newer released version. */
function useSuccessor(entry: PolicyVersionEntry): PolicyVersionEntry | undefined {
  const released = useVersions().filter((other) => other.status !== 'draft');
  const index = released.findIndex((other) => other.id === entry.id);
  return index > 0 ? released[index - 1] : undefined;
}

function StatusNote({ entry }: { readonly entry: PolicyVersionEntry }): ReactNode {
  const current = useCurrentVersion();
  const successor = useSuccessor(entry);
  const policyPath = useRoutePath('policy');
  const versionPathOf = useVersionPath();
  const compare = useComparePath();
  const indexPath = useVersionsIndexPath();
  const version = entry.version ?? '';
  let text: ReactNode;
  let links: ReactNode;
  if (entry.status === 'current') {
    text = (
      <Translate
        id="versions.page.currentNote"
        values={{ version, date: <AdoptionDate date={entry.adoptedOn ?? undefined} /> }}
      >
        {
          'This is version {version}, the version in force. It was adopted on {date}. This address will always show version {version}, also after a newer version replaces it.'
        }
      </Translate>
    );
    links = (
      <Link to={policyPath}>
        <Translate id="versions.page.toPolicy">
          The policy page, which always shows the version in force
        </Translate>
      </Link>
    );
  } else if (entry.status === 'archived') {
    text = (
      <Translate
        id="versions.page.archivedNote"
        values={{
          version,
          date: <AdoptionDate date={entry.adoptedOn ?? undefined} />,
          current: current.version,
        }}
      >
        {
          'This is version {version}, adopted on {date}. It is no longer in force. The version in force is version {current}.'
        }
      </Translate>
    );
    links = (
      <>
        <Link to={versionPathOf(current.id)}>
          <Translate id="versions.page.toCurrent" values={{ current: current.version }}>
            {'Read version {current}'}
          </Translate>
        </Link>
        {successor !== undefined && (
          <Link to={compare(entry.id, successor.id)}>
            <Translate id="versions.page.whatChangedNext">
              See what the next version changed
            </Translate>
          </Link>
        )}
      </>
    );
  } else {
    text = (
      <Translate id="versions.page.draftNote" values={{ current: current.version }}>
        {
          'This is a draft of the next version of the policy. It is not in force, and it may still change. The version in force is version {current}.'
        }
      </Translate>
    );
    links = (
      <>
        <Link to={policyPath}>
          <Translate id="versions.page.toPolicyInForce">Read the policy in force</Translate>
        </Link>
        <Link to={compare(current.id, entry.id)}>
          <Translate id="versions.page.whatDraftChanges">See what the draft changes</Translate>
        </Link>
      </>
    );
  }
  return (
    <div className={styles.statusNote} role="note">
      <p>{text}</p>
      <p className={styles.noteLinks}>
        {links}
        <Link to={indexPath}>
          <Translate id="versions.page.allVersions">All versions</Translate>
        </Link>
      </p>
    </div>
  );
}

/** One version of the policy at its permanent address, or the draft of the next one. */
export default function VersionPage({ content: Content, entry }: VersionPageProps): ReactNode {
  const { project } = useSiteConfig();
  const name = versionName(entry);
  const title =
    entry.status === 'draft'
      ? translate({ id: 'versions.page.draftTitle', message: 'Draft of the next policy version' })
      : translate(
          { id: 'versions.page.title', message: 'Policy, version {version}' },
          { version: entry.version ?? '' },
        );
  const description =
    entry.status === 'draft'
      ? translate(
          {
            id: 'versions.page.draftDescription',
            message:
              'A draft of the next version of the LLM contribution policy of {project}. It is not in force.',
          },
          { project: project.name },
        )
      : translate(
          {
            id: 'versions.page.description',
            message:
              'Version {version} of the LLM contribution policy of {project}, at an address that never changes.',
          },
          { project: project.name, version: entry.version ?? '' },
        );
  const toc = Content.toc ?? [];
  return (
    <Layout title={title} description={description}>
      {entry.status === 'draft' && (
        <Head>
          <meta name="robots" content="noindex" />
        </Head>
      )}
      <div className="container margin-vert--lg">
        <div className="row">
          <main className={`col ${toc.length > 0 ? 'col--9' : ''}`}>
            <article className={styles.versionArticle}>
              <header>
                <h1>
                  {entry.status === 'draft' ? (
                    name
                  ) : (
                    <Translate id="versions.page.heading" values={{ version: entry.version ?? '' }}>
                      {'The policy, version {version}'}
                    </Translate>
                  )}
                </h1>
                <StatusNote entry={entry} />
                <details className={styles.pageNotes}>
                  <summary>
                    <Translate id="versions.page.notesSummary">
                      What this version changed, and why
                    </Translate>
                  </summary>
                  <Notes entry={entry} headingLevel={2} />
                </details>
              </header>
              <div className="markdown">
                <MDXContent>
                  <Content />
                </MDXContent>
              </div>
            </article>
          </main>
          {toc.length > 0 && (
            <div className="col col--3">
              <TOC toc={toc} minHeadingLevel={2} maxHeadingLevel={3} />
            </div>
          )}
        </div>
      </div>
    </Layout>
  );
}
