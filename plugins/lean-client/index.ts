// Keeps code that most pages never run out of the JavaScript that every page loads.
//
// - The theme loads Prism, the syntax highlighter, on every page, through a client module that
//   registers extra languages. This plugin replaces that module with an empty one. Code blocks
//   load Prism themselves, only when their language has something to highlight
//   (src/theme/CodeBlock/Content).
// - `@docusaurus/utils-common` is CommonJS and asks for all of `tslib` to reach one helper. The
//   client gets an ES module with the same exports instead (src/bundle/utilsCommon.ts).
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Prism } from 'prism-react-renderer';
import { highlightedLanguages } from '../../src/utils/codeLanguages';

/** What the code blocks read with `usePluginData('lean-client')`. */
export interface LeanClientData {
  /** Languages that Prism colours: a block in any other language is shown as plain text. */
  readonly highlightedLanguages: readonly string[];
}

export default function leanClientPlugin(context: LoadContext): Plugin {
  const themeConfig = context.siteConfig.themeConfig as {
    prism?: { additionalLanguages?: readonly string[] };
  };
  const additionalLanguages = themeConfig.prism?.additionalLanguages ?? [];
  return {
    name: 'lean-client',

    contentLoaded({ actions }) {
      const data: LeanClientData = {
        highlightedLanguages: highlightedLanguages(Prism.languages, additionalLanguages),
      };
      actions.setGlobalData(data);
    },

    configureWebpack() {
      return {
        resolve: {
          alias: {
            [require.resolve('@docusaurus/theme-classic/lib/prism-include-languages')]: join(
              context.siteDir,
              'src/bundle/noPrismLanguages.ts',
            ),
            '@docusaurus/utils-common$': join(context.siteDir, 'src/bundle/utilsCommon.ts'),
            [require.resolve('@docusaurus/core/lib/client/prefetch')]: join(
              context.siteDir,
              'src/bundle/prefetchOnce.ts',
            ),
          },
        },
      };
    },
  };
}
