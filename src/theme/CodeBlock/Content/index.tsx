// Shows a code block's lines. Prism, the syntax highlighter, is about a fifth of the JavaScript
// that every page would load, and most code blocks on this site are plain text. So a block is
// drawn without Prism unless its language has colours; only then does the page load Prism, in a
// chunk of its own (see plugins/lean-client).
import { lazy, Suspense, type ReactNode } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';
import type { LeanClientData } from '@site/plugins/lean-client';
import { needsHighlighting } from '@site/src/utils/codeLanguages';
import PlainContent from './Plain';

const HighlightedContent = lazy(() => import('./Highlighted'));

export default function CodeBlockContent(props: Props): ReactNode {
  const { metadata } = useCodeBlockContext();
  const { highlightedLanguages } = usePluginData('lean-client') as LeanClientData;
  if (!needsHighlighting(metadata.language, highlightedLanguages)) {
    return <PlainContent {...props} />;
  }
  // The built page holds the coloured block. Until Prism arrives, a block reached by a link
  // inside the site shows its text without colours.
  return (
    <Suspense fallback={<PlainContent {...props} />}>
      <HighlightedContent {...props} />
    </Suspense>
  );
}
