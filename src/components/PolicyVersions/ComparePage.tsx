import { useId, useMemo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useAddressPart } from '@site/src/hooks/useAddressPart';
import { compareQuery } from '@site/src/config/versionPaths';
import Layout from '@theme/Layout';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { parseCompareQuery, type CompareNotice } from '@site/src/versions/compareQuery';
import { countChanges, diffBlocks, shownEntries, type Block } from '@site/src/versions/diff';
import { defaultComparison, type PolicyVersionEntry } from '@site/src/versions/releases';
import type { VersionText } from '@site/plugins/policy-versions';
import DiffView from './DiffView';
import { statusLabel, versionName, versionNameInSentence } from './labels';
import { useComparePath, useVersionPath } from './links';
import { useVersions } from './useVersions';
import styles from './styles.module.css';

function optionLabel(entry: PolicyVersionEntry): string {
  return entry.status === 'draft'
    ? versionName(entry)
    : `${versionName(entry)} (${statusLabel(entry)})`;
}

/** One of the two menus of versions to compare. */
function VersionSelect({
  name,
  label,
  versions,
  chosen,
}: {
  readonly name: 'from' | 'to';
  readonly label: ReactNode;
  readonly versions: readonly PolicyVersionEntry[];
  readonly chosen: string;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.compareField}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={chosen}>
        {versions.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {optionLabel(entry)}
          </option>
        ))}
      </select>
    </div>
  );
}

function NoticeText({ notice }: { readonly notice: CompareNotice }): ReactNode {
  if (notice === 'same-version') {
    return (
      <Translate id="versions.compare.sameVersion">
        The address asked to compare a version with itself. Here is the usual comparison instead.
      </Translate>
    );
  }
  return (
    <Translate id="versions.compare.unknownVersion">
      The address names a version that does not exist. Here is the usual comparison instead.
    </Translate>
  );
}

/** The comparison of two versions, with the menus to choose others. */
function Comparison({
  texts,
  versions,
  fallback,
}: {
  readonly texts: readonly VersionText[];
  readonly versions: readonly PolicyVersionEntry[];
  /** The pair the page shows when its address names none. */
  readonly fallback: { readonly from: string; readonly to: string };
}): ReactNode {
  const [search, setSearch] = useAddressPart('search');
  const comparePathOf = useComparePath();
  const versionPathOf = useVersionPath();
  const ids = versions.map((entry) => entry.id);
  // The static page shows the usual pair; once the page runs, the address may ask for another.
  const comparison = parseCompareQuery(search, ids, fallback);

  const byId = (id: string): PolicyVersionEntry =>
    versions.find((entry) => entry.id === id) ?? versions[0];
  const blocksOf = (id: string): readonly Block[] =>
    texts.find((text) => text.id === id)?.blocks ?? [];
  const entries = useMemo(
    () => diffBlocks(blocksOf(comparison.from), blocksOf(comparison.to)),
    // blocksOf reads `texts`, which never changes while the page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [comparison.from, comparison.to, texts],
  );
  const counts = countChanges(entries);
  const shown = useMemo(() => shownEntries(entries), [entries]);
  const fromEntry = byId(comparison.from);
  const toEntry = byId(comparison.to);
  const resultHeading = translate(
    { id: 'versions.compare.resultHeading', message: 'Changes from {from} to {to}' },
    { from: versionNameInSentence(fromEntry), to: versionNameInSentence(toEntry) },
  );

  return (
    <>
      <form
        // A new pair of versions in the address starts the menus afresh.
        key={`${comparison.from} ${comparison.to}`}
        className={styles.compareForm}
        action={comparePathOf()}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const chosen = (name: string): string => {
            const value = data.get(name);
            return typeof value === 'string' ? value : '';
          };
          setSearch(compareQuery(chosen('from'), chosen('to')), { push: true });
        }}
      >
        <VersionSelect
          name="from"
          label={<Translate id="versions.compare.from">From</Translate>}
          versions={versions}
          chosen={comparison.from}
        />
        <VersionSelect
          name="to"
          label={<Translate id="versions.compare.to">To</Translate>}
          versions={versions}
          chosen={comparison.to}
        />
        <button type="submit" className="button button--primary">
          <Translate id="versions.compare.submit">Compare</Translate>
        </button>
      </form>
      <noscript>
        <p>
          <Translate id="versions.compare.noScript">
            Choosing other versions needs JavaScript. Without it, this page shows the comparison
            below.
          </Translate>
        </p>
      </noscript>
      {comparison.notice !== null && (
        <p className={styles.notice} role="status">
          <NoticeText notice={comparison.notice} />
        </p>
      )}
      <h2>{resultHeading}</h2>
      <p>
        <Link to={versionPathOf(fromEntry.id)}>{versionName(fromEntry)}</Link>
        {' · '}
        <Link to={versionPathOf(toEntry.id)}>{versionName(toEntry)}</Link>
      </p>
      {counts.changed + counts.added + counts.removed === 0 ? (
        <p>
          <Translate id="versions.compare.noChanges">
            These two versions have the same text.
          </Translate>
        </p>
      ) : (
        <>
          <p>
            <Translate
              id="versions.compare.counts"
              values={{ changed: counts.changed, added: counts.added, removed: counts.removed }}
            >
              {'Passages changed: {changed}. Added: {added}. Removed: {removed}.'}
            </Translate>
          </p>
          <p className={styles.legend}>
            <Translate
              id="versions.compare.legend"
              values={{
                added: (
                  <ins>
                    <Translate id="versions.compare.legendAdded">added words</Translate>
                  </ins>
                ),
                removed: (
                  <del>
                    <Translate id="versions.compare.legendRemoved">removed words</Translate>
                  </del>
                ),
              }}
            >
              {
                'How to read it: {added} are underlined, and {removed} are struck through. Each changed passage has a label.'
              }
            </Translate>
          </p>
          <DiffView shown={shown} label={resultHeading} />
        </>
      )}
    </>
  );
}

/** While the version in force is the only one, the page says so and links to it. */
function OnlyOneVersion({ entry }: { readonly entry: PolicyVersionEntry }): ReactNode {
  const path = useVersionPath()(entry.id);
  return (
    <p>
      <Translate
        id="versions.compare.onlyOne"
        values={{ version: <Link to={path}>{versionNameInSentence(entry)}</Link> }}
      >
        {
          'There is only one version of the policy so far, {version}, so there is nothing to compare yet. When a new version is drafted or released, this page shows what it changes.'
        }
      </Translate>
    </p>
  );
}

/** Compares any two versions of the policy, passage by passage, with changed words marked. */
export default function ComparePage({
  texts,
}: {
  readonly texts: readonly VersionText[];
}): ReactNode {
  const { project } = useSiteConfig();
  const versions = useVersions();
  const fallback = defaultComparison(versions);
  return (
    <Layout
      title={translate({ id: 'versions.compare.title', message: 'Compare versions of the policy' })}
      description={translate(
        {
          id: 'versions.compare.description',
          message:
            'See what changed between two versions of the LLM contribution policy of {project}, passage by passage.',
        },
        { project: project.name },
      )}
    >
      <main className="container margin-vert--lg">
        <div className={styles.indexColumn}>
          <h1>
            <Translate id="versions.compare.heading">Compare versions of the policy</Translate>
          </h1>
          {fallback === null ? (
            <OnlyOneVersion entry={versions[0]} />
          ) : (
            <Comparison texts={texts} versions={versions} fallback={fallback} />
          )}
        </div>
      </main>
    </Layout>
  );
}
