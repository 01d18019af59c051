import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { Block, DiffEntry, Part, ShownEntry } from '@site/src/versions/diff';
import styles from './styles.module.css';

function BlockText({
  block,
  children,
}: {
  readonly block: Block;
  readonly children?: ReactNode;
}): ReactNode {
  const content = children ?? block.text;
  switch (block.kind) {
    case 'code':
      return <pre className={styles.diffCode}>{content}</pre>;
    case 'heading':
      return (
        <p className={styles.diffHeading}>
          <strong>{content}</strong>
        </p>
      );
    case 'item':
      return <p className={styles.diffItem}>{content}</p>;
    case 'quote':
      return <blockquote className={styles.diffQuote}>{content}</blockquote>;
    default:
      return <p>{content}</p>;
  }
}

/** Words that were added or removed, marked by more than colour: underline or strike, and words for screen readers. */
function Parts({ parts }: { readonly parts: readonly Part[] }): ReactNode {
  return parts.map((part, index) => {
    // Parts never move while the page is open, so their order is their identity.
    const key = index;
    if (part.type === 'added') {
      return (
        <ins key={key}>
          <span className={styles.visuallyHidden}>
            <Translate id="versions.diff.addedWords">[added:</Translate>{' '}
          </span>
          {part.text}
          <span className={styles.visuallyHidden}>]</span>
        </ins>
      );
    }
    if (part.type === 'removed') {
      return (
        <del key={key}>
          <span className={styles.visuallyHidden}>
            <Translate id="versions.diff.removedWords">[removed:</Translate>{' '}
          </span>
          {part.text}
          <span className={styles.visuallyHidden}>]</span>
        </del>
      );
    }
    return <span key={key}>{part.text}</span>;
  });
}

function Label({ type }: { readonly type: DiffEntry['type'] }): ReactNode {
  switch (type) {
    case 'added':
      return <Translate id="versions.diff.added">Added</Translate>;
    case 'removed':
      return <Translate id="versions.diff.removed">Removed</Translate>;
    case 'changed':
      return <Translate id="versions.diff.changed">Changed</Translate>;
    default:
      return null;
  }
}

function EntryView({ entry }: { readonly entry: DiffEntry }): ReactNode {
  if (entry.type === 'same') {
    return <BlockText block={entry.block} />;
  }
  const className = `${styles.diffEntry} ${styles[`diff-${entry.type}`] ?? ''}`;
  return (
    <div className={className}>
      <p className={styles.diffLabel}>
        <Label type={entry.type} />
      </p>
      {entry.type === 'changed' ? (
        <BlockText block={entry.after}>
          <Parts parts={entry.parts} />
        </BlockText>
      ) : (
        <BlockText block={entry.block}>
          {entry.type === 'added' ? <ins>{entry.block.text}</ins> : <del>{entry.block.text}</del>}
        </BlockText>
      )}
    </div>
  );
}

/** The changes between two versions, with the heading of each change's section and the rest folded. */
export default function DiffView({
  shown,
  label,
}: {
  readonly shown: readonly ShownEntry[];
  /** What the list is, for screen readers: "Changes from version 1 to version 2". */
  readonly label: string;
}): ReactNode {
  return (
    <section className={styles.diff} aria-label={label}>
      {shown.map((item, index) => {
        // The list is made again for each pair of versions; its order is its identity.
        const key = index;
        if (item.type === 'context') {
          return <BlockText key={key} block={item.block} />;
        }
        if (item.type === 'folded') {
          return (
            <details key={key} className={styles.folded}>
              <summary>
                <Translate id="versions.diff.unchanged" values={{ count: item.blocks.length }}>
                  {'Unchanged passages: {count}'}
                </Translate>
              </summary>
              {item.blocks.map((block, blockIndex) => (
                <BlockText key={blockIndex} block={block} />
              ))}
            </details>
          );
        }
        return <EntryView key={key} entry={item.entry} />;
      })}
    </section>
  );
}
