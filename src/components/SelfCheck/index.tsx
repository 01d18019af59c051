import type { ReactNode } from 'react';
import { afterLoad } from '@site/src/components/AfterLoad';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { longestPathFrom } from './logic';

/** The self-check (./SelfCheckTool), whose code loads after the page. */
const SelfCheck = afterLoad(
  () => import('./SelfCheckTool'),
  require.resolveWeak('./SelfCheckTool'),
);
export default SelfCheck;

/** The most questions the check can ask under this project's options, for the page's text. */
export function MaxQuestions(): ReactNode {
  return longestPathFrom('start', useSiteConfig().policy.options);
}
