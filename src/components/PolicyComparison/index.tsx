import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import FormattedDate from '@site/src/components/FormattedDate';
import {
  comparisonDimensions,
  notStated,
  notStatedLabel,
  peerPolicies,
  sameChoices,
  siteCells,
  stanceDescriptions,
  stanceHeading,
  stanceLabels,
  stanceValues,
  type ComparisonCell,
  type ComparisonCells,
  type ComparisonDimension,
  type PeerPolicy,
  type Stance,
} from '@site/src/data/policyComparison';
import { policyOptionMeta, type PolicyOptions } from '@site/src/data/policyOptions';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';
import styles from './styles.module.css';

// The table of the "How this policy compares" page (docs/compare.mdx): this site's choices,
// then each peer policy from src/data/policyComparison.ts, with the columns where it states the
// same. Narrow screens show each row as a card with CSS alone; the elements keep their own table
// roles (the end-to-end tests read them at 360 px), so screen readers still read each value with
// its column and its project. Explicit roles on table parts would be invalid HTML.

function heading(dimension: ComparisonDimension): string {
  return translateMessage(
    dimension === 'stance' ? stanceHeading : policyOptionMeta[dimension].label,
  );
}

function valueText(dimension: ComparisonDimension, value: string): ReactNode {
  if (value === notStated) {
    return translateMessage(notStatedLabel);
  }
  if (dimension === 'stance') {
    return translateMessage(stanceLabels[value as Stance]);
  }
  if (dimension === 'commitTrailer' && value !== 'none') {
    return <code>{value}</code>;
  }
  const values = policyOptionMeta[dimension].values as Readonly<
    Record<string, { readonly label: Parameters<typeof translateMessage>[0] }>
  >;
  return translateMessage(values[value as PolicyOptions[typeof dimension]].label);
}

/** The column's name before a value, shown only when rows become cards. */
function CellLabel({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <span className={styles.cellLabel} aria-hidden="true">
      {children}
      {': '}
    </span>
  );
}

/** The heading of the last column: "Same as <project>". */
function SameHeading({ name }: { readonly name: string }): ReactNode {
  return (
    <Translate id="comparison.same.heading" values={{ name }}>
      {'Same as {name}'}
    </Translate>
  );
}

function ValueCell({
  dimension,
  cell,
}: {
  readonly dimension: ComparisonDimension;
  readonly cell: ComparisonCell<ComparisonDimension>;
}): ReactNode {
  return (
    <td className={cell.value === notStated ? styles.silent : undefined}>
      <CellLabel>{heading(dimension)}</CellLabel>
      <span className={styles.value}>{valueText(dimension, cell.value)}</span>
      {cell.note === undefined ? null : (
        <span className={styles.note}>{translateMessage(cell.note)}</span>
      )}
    </td>
  );
}

function PeerName({ peer }: { readonly peer: PeerPolicy }): ReactNode {
  const name = translateMessage(peer.name);
  const [first] = peer.sources;
  return (
    <>
      {peer.sources.length === 1 ? (
        <a className={styles.name} href={first.url}>
          {name}
        </a>
      ) : (
        <>
          <span className={styles.name}>{name}</span>
          <ul className={styles.sources}>
            {peer.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url}>{translateMessage(source.label)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <span className={styles.checked}>
        <Translate
          id="comparison.checkedOn"
          values={{ date: <FormattedDate isoDate={peer.checkedOn} /> }}
        >
          {'Checked on {date}'}
        </Translate>
      </span>
    </>
  );
}

function SameCell({
  peer,
  site,
  siteName,
}: {
  readonly peer: ComparisonCells;
  readonly site: ComparisonCells;
  readonly siteName: string;
}): ReactNode {
  const { same, stated } = sameChoices(peer, site);
  return (
    <td>
      <CellLabel>
        <SameHeading name={siteName} />
      </CellLabel>
      <span className={styles.value}>
        <Translate
          id="comparison.same.count"
          values={{ same: String(same.length), stated: String(stated) }}
        >
          {'{same} of {stated}'}
        </Translate>
      </span>
      {same.length === 0 ? null : (
        <span className={styles.note}>{same.map(heading).join(', ')}</span>
      )}
    </td>
  );
}

/** The peer policies that state the most of the same choices as this site, best first. */
function closest(
  site: ComparisonCells,
): readonly { peer: PeerPolicy; same: number; stated: number }[] {
  return peerPolicies
    .map((peer) => {
      const { same, stated } = sameChoices(peer.cells, site);
      return { peer, same: same.length, stated };
    })
    .filter(({ same }) => same > 0)
    .sort((a, b) => b.same - a.same || a.stated - b.stated)
    .slice(0, 3);
}

/** `<PolicyComparison />`: the comparison table, with a short list of the closest policies. */
export default function PolicyComparison(): ReactNode {
  const config = useSiteConfig();
  const siteName = config.project.name;
  const site = siteCells(config.policy.options);
  const nearest = closest(site);
  return (
    <>
      <p>
        <Translate id="comparison.closest.intro" values={{ name: siteName }}>
          {'The policies that state the most of the same choices as {name}:'}
        </Translate>
      </p>
      <ul>
        {nearest.map(({ peer, same, stated }) => (
          <li key={peer.id}>
            <Translate
              id="comparison.closest.item"
              values={{
                name: translateMessage(peer.name),
                same: String(same),
                stated: String(stated),
              }}
            >
              {'{name}: {same} of the {stated} points it states'}
            </Translate>
          </li>
        ))}
      </ul>
      <div
        className={styles.scroller}
        role="region"
        aria-labelledby="comparison-caption"
        // A region that scrolls sideways must take focus, so keyboard users can scroll it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see the line above.
        tabIndex={0}
      >
        <table className={styles.table}>
          <caption id="comparison-caption" className={styles.caption}>
            <Translate
              id="comparison.caption"
              values={{ name: siteName, count: String(peerPolicies.length) }}
            >
              {'The choices of {name} beside {count} published policies'}
            </Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="comparison.project.heading">Project</Translate>
              </th>
              {comparisonDimensions.map((dimension) => (
                <th scope="col" key={dimension}>
                  {heading(dimension)}
                </th>
              ))}
              <th scope="col">
                <SameHeading name={siteName} />
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className={styles.siteRow}>
              <th scope="row">
                <span className={styles.name}>{siteName}</span>
                <span className={styles.checked}>
                  <Translate id="comparison.site.label">This site’s choices</Translate>
                </span>
              </th>
              {comparisonDimensions.map((dimension) => (
                <ValueCell key={dimension} dimension={dimension} cell={site[dimension]} />
              ))}
              <td className={styles.silent}>
                <CellLabel>
                  <SameHeading name={siteName} />
                </CellLabel>
                <span className={styles.value}>
                  <Translate id="comparison.same.self">(this row)</Translate>
                </span>
              </td>
            </tr>
            {peerPolicies.map((peer) => (
              <tr key={peer.id} id={`policy-${peer.id}`}>
                <th scope="row">
                  <PeerName peer={peer} />
                </th>
                {comparisonDimensions.map((dimension) => (
                  <ValueCell key={dimension} dimension={dimension} cell={peer.cells[dimension]} />
                ))}
                <SameCell peer={peer.cells} site={site} siteName={siteName} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** `<StanceLegend />`: what each value of the "LLM help" column means. */
export function StanceLegend(): ReactNode {
  return (
    <dl className={styles.legend}>
      {stanceValues.map((stance) => (
        <div key={stance}>
          <dt>{translateMessage(stanceLabels[stance])}</dt>
          <dd>{translateMessage(stanceDescriptions[stance])}</dd>
        </div>
      ))}
    </dl>
  );
}
