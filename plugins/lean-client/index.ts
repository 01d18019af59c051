// Keeps code that most pages never run out of the JavaScript that every page loads.
//
// - The theme loads Prism, the syntax highlighter, on every page, through a client module that
//   registers extra languages. This plugin replaces that module with an empty one. Code blocks
//   load Prism themselves, only when their language has something to highlight
//   (src/theme/CodeBlock/Content).
// - `@docusaurus/utils-common` is CommonJS and asks for all of `tslib` to reach one helper. The
//   client gets an ES module with the same exports instead (src/bundle/utilsCommon.ts).
// - The build renders pages with a `react-dom/server` that keeps large Suspense boundaries in
//   place (src/bundle/reactDomServer.ts), so the tools that load after the page are in the
//   built HTML where they belong.
import { dirname, join } from 'node:path';
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
  // Docusaurus points `react-dom` at the site's copy, so the request the bundler sees for
  // `react-dom/server` is that folder's `server`.
  const reactDom = dirname(require.resolve('react-dom/package.json', { paths: [context.siteDir] }));
  const reactDomServer = join(context.siteDir, 'src/bundle/reactDomServer.ts');
  const reactDomServerAliases = {
    'react-dom/server$': reactDomServer,
    [`${join(reactDom, 'server')}$`]: reactDomServer,
  };
  return {
    name: 'lean-client',

    contentLoaded({ actions }) {
      const data: LeanClientData = {
        highlightedLanguages: highlightedLanguages(Prism.languages, additionalLanguages),
      };
      actions.setGlobalData(data);
    },

    configureWebpack(_config, isServer) {
      return {
        resolve: {
          alias: {
            ...(isServer ? reactDomServerAliases : {}),
            [require.resolve('@docusaurus/theme-classic/lib/prism-include-languages')]: join(
              context.siteDir,
              'src/bundle/noPrismLanguages.ts',
            ),
            '@docusaurus/utils-common$': join(context.siteDir, 'src/bundle/utilsCommon.ts'),
          },
        },
      };
    },
  };
}
