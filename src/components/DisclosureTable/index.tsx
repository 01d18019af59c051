import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {
  disclosureTable,
  disclosureUses,
  reviewerCaseFor,
  rowAnchor,
  verdictFor,
  verdictLabel,
  type DisclosureRow,
  type DisclosureUseId,
} from '@site/src/data/disclosureUses';
import { resolveChoice } from '@site/src/data/policyChoice';
import { replyCaseTitles } from '@site/src/data/replyCases';
import { useRoutePath } from '@site/src/hooks/useRoutePath';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import styles from './styles.module.css';
import { translateMessage } from '@site/src/translation/translateMessage';

/** A table of the uses in src/data/disclosureUses.ts: one row per use, one header per column. */
function UsesTable({
  headers,
  children,
}: {
  readonly headers: readonly ReactNode[];
  readonly children: ReactNode;
}): ReactNode {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const verdictHeader = <Translate id="uses.table.verdict">What the policy asks</Translate>;

/** A row's first two cells: the use, and what the policy asks of it. */
function UseCells({ row }: { readonly row: DisclosureRow }): ReactNode {
  return (
    <>
      <td>{translateMessage(row.label)}</td>
      <td className={styles[`verdict-${row.verdict}`]}>{translateMessage(row.verdictLabel)}</td>
    </>
  );
}

/** The table "When to disclose" of the policy page, from src/data/disclosureUses.ts. */
export default function DisclosureTable(): ReactNode {
  const rows = disclosureTable(useSiteConfig().policy.options);
  return (
    <UsesTable
      headers={[<Translate id="uses.table.use">Kind of LLM use</Translate>, verdictHeader]}
    >
      {rows.map((row) => (
        <tr key={row.use} id={rowAnchor(row.use)}>
          <UseCells row={row} />
        </tr>
      ))}
    </UsesTable>
  );
}

interface UseVerdictsProps {
  /** The uses a FAQ answer is about, as ids from src/data/disclosureUses.ts. */
  readonly uses: readonly DisclosureUseId[];
}

/**
 * The policy's answer for the uses a FAQ answer is about, taken from the
 * table, so the FAQ can never give another answer than the policy.
 */
export function UseVerdicts({ uses }: UseVerdictsProps): ReactNode {
  const { options } = useSiteConfig().policy;
  const tablePath = useRoutePath('policy', 'when-to-disclose');
  const known = uses.filter((use) => (disclosureUses[use] as unknown) !== undefined);
  if (known.length !== uses.length) {
    // MDX props are not type-checked: fail the build with a message that says what to fix.
    throw new Error(`<UseVerdicts uses={[...]}> names an unknown use: ${uses.join(', ')}.`);
  }
  const shown = uses.flatMap((use) => {
    const verdict = verdictFor(use, options);
    return verdict === null ? [] : [{ use, verdict }];
  });
  return (
    <div className={styles.verdicts}>
      <p className={styles.verdictsTitle}>
        <Link to={tablePath}>
          <Translate id="uses.faq.title">What the policy asks</Translate>
        </Link>
      </p>
      <ul>
        {shown.map(({ use, verdict }) => (
          <li key={use}>
            {translateMessage(resolveChoice(disclosureUses[use].label, options))}
            {': '}
            <span className={styles.verdictText}>
              {translateMessage(verdictLabel(verdict, options))}
            </span>
            {'.'}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * For the reviewers' guide: each use a contributor may disclose, what the policy asks of it,
 * and the case whose replies fit, all from src/data/disclosureUses.ts, so a reviewer's answer
 * always matches what the contributor was told.
 */
export function DisclosureReplies(): ReactNode {
  const { options } = useSiteConfig().policy;
  const rows = disclosureTable(options);
  return (
    <UsesTable
      headers={[
        <Translate id="uses.replies.use">What the contributor disclosed</Translate>,
        verdictHeader,
        <Translate id="uses.replies.case">Replies</Translate>,
      ]}
    >
      {rows.map((row) => {
        const replyCase = reviewerCaseFor(row.use, options);
        return (
          <tr key={row.use}>
            <UseCells row={row} />
            <td>
              {replyCase === null ? (
                <Translate id="uses.replies.none">No reply needed</Translate>
              ) : (
                <Link to={`#${replyCase}`}>{translateMessage(replyCaseTitles[replyCase])}</Link>
              )}
            </td>
          </tr>
        );
      })}
    </UsesTable>
  );
}
