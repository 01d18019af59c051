import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { policySummary, summaryText } from '../data/policySummary';
import { markdownLink, markdownText } from '../utils/markdownText';

/** The six points as a Markdown list, each linking to its section of the published policy. */
export function summaryMarkdown(config: SiteConfig): string {
  return policySummary(config.policy.options)
    .map(
      (point) =>
        `- **${markdownLink(point.name.message, policyAddress(config, point.id))}**: ${markdownText(summaryText(point))}`,
    )
    .join('\n');
}
