// Keeps code that most pages never run out of the JavaScript that every page loads.
//
// - The theme loads Prism, the syntax highlighter, on every page, through a client module that
//   registers extra languages. This plugin replaces that module with an empty one. Code blocks
//   load Prism themselves, only when their language has something to highlight
//   (src/theme/CodeBlock/Content).
// - `@docusaurus/utils-common` is CommonJS and asks for all of `tslib` to reach one helper. The
//   client gets an ES module with the same exports instead (src/bundle/utilsCommon.ts).
// - Docusaurus prefetches the files of each route that a visible link leads to, and asks for a
//   file again for every route that shares it. The client gets a prefetch that asks for each
//   file once (src/bundle/prefetchOnce.ts).
// - The theme's `useShallowMemoObject`, which every doc page calls as it hydrates, sorts with
//   `localeCompare`, whose first call loads the browser's collation data. The client gets a copy
//   of its module that sorts without it (src/bundle/reactUtils.tsx).
// - The site's own dates are formatted here, at build time, in the language being built
//   (`formattedDates`): formatting the first date in the browser makes an `Intl.DateTimeFormat`,
//   which took about 20 ms on a phone on every page, as the footer shows the date of adoption.
//   The text is the same as the server's rendering, so the page hydrates without formatting.
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Prism } from 'prism-react-renderer';
import { formatDates } from '../../src/config/format';
import type { SiteConfig } from '../../src/config/types';
import { peerPolicies } from '../../src/data/policyComparison';
import { toolKindIds, toolKinds } from '../../src/data/toolKinds';
import { highlightedLanguages } from '../../src/utils/codeLanguages';

/** What the code blocks and the dates read with `usePluginData('lean-client')`. */
export interface LeanClientData {
  /** Languages that Prism colours: a block in any other language is shown as plain text. */
  readonly highlightedLanguages: readonly string[];
  /**
   * The dates that the site shows, as `formatDate` writes them in the page's language, by their
   * YYYY-MM-DD text: the policy's date of adoption, the days the tool lists and the other
   * projects' policies were checked. A date missing here is formatted in the browser.
   */
  readonly formattedDates: Readonly<Record<string, string>>;
}

/** The folder of the theme's shared code: its package exports only its index. */
const themeCommonDirectory = dirname(require.resolve('@docusaurus/theme-common'));

export default function leanClientPlugin(context: LoadContext): Plugin {
  const themeConfig = context.siteConfig.themeConfig as {
    prism?: { additionalLanguages?: readonly string[] };
  };
  const additionalLanguages = themeConfig.prism?.additionalLanguages ?? [];
  const siteConfig = context.siteConfig.customFields?.siteConfig as SiteConfig;
  const { currentLocale, localeConfigs } = context.i18n;
  // As src/hooks/useDateFormat formats them: in the page's language tag.
  const dateLocale = localeConfigs[currentLocale].htmlLang;
  return {
    name: 'lean-client',

    contentLoaded({ actions }) {
      const data: LeanClientData = {
        highlightedLanguages: highlightedLanguages(Prism.languages, additionalLanguages),
        formattedDates: formatDates(
          [
            siteConfig.policy.adoptedOn,
            ...toolKindIds.map((kind) => toolKinds[kind].checkedOn),
            ...peerPolicies.map((peer) => peer.checkedOn),
          ],
          dateLocale,
        ),
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
            [join(themeCommonDirectory, 'utils/reactUtils.js')]: join(
              context.siteDir,
              'src/bundle/reactUtils.tsx',
            ),
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
