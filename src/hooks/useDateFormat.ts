import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { LeanClientData } from '@site/plugins/lean-client';
import { formatDate } from '@site/src/config/format';

/** The global data of the plugins, which a test's stand-in for the context may leave out. */
type GlobalData = Partial<Record<string, Partial<Record<string, unknown>>>>;

/** The dates formatted by the build (plugins/lean-client), or none. */
function buildDates(globalData: GlobalData | undefined): Readonly<Record<string, string>> {
  const data = globalData?.['lean-client']?.default as Partial<LeanClientData> | undefined;
  return data?.formattedDates ?? {};
}

/**
 * Formats "YYYY-MM-DD" dates in the language of the page: "5 May 2026" in English. The page's
 * `htmlLang` is a standard language tag, which `Intl` understands. The site's own dates come
 * formatted from the build (plugins/lean-client), so a page hydrates without formatting them.
 */
export function useDateFormat(): (isoDate: string) => string {
  const context = useDocusaurusContext();
  const { currentLocale, localeConfigs } = context.i18n;
  const { htmlLang } = localeConfigs[currentLocale];
  const formattedDates = buildDates((context as { globalData?: GlobalData }).globalData);
  return (isoDate) => formattedDates[isoDate] ?? formatDate(isoDate, htmlLang);
}
