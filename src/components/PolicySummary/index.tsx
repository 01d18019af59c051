import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { policySummary } from '@site/src/data/policySummary';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';

interface PolicySummaryProps {
  /** A numbered list on the home page; a plain list inside the policy's pages. */
  readonly ordered?: boolean;
  readonly className?: string;
  readonly nameClassName?: string;
}

/**
 * The policy in six points, from src/data/policySummary.ts: the same words on
 * the home page, in the policy's "In short" box and in the changelog.
 */
export default function PolicySummary({
  ordered = false,
  className,
  nameClassName,
}: PolicySummaryProps): ReactNode {
  const points = policySummary(useSiteConfig().policy.options);
  const pathTo = useRoutePaths();
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className}>
      {points.map((point) => (
        <li key={point.id}>
          <strong className={nameClassName}>
            <Link to={pathTo('policy', point.id)}>{translateMessage(point.name)}</Link>
          </strong>
          {': '}
          {point.sentences.map((sentence) => translateMessage(sentence)).join(' ')}
        </li>
      ))}
    </List>
  );
}
