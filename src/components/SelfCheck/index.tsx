import type { ReactNode } from 'react';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { longestPathFrom } from './logic';

export { default } from './SelfCheckTool';

/** The most questions the check can ask under this project's options, for the page's text. */
export function MaxQuestions(): ReactNode {
  return longestPathFrom('start', useSiteConfig().policy.options);
}
