import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { LeanClientData } from '@site/plugins/lean-client';
import { formatDate } from '@site/src/config/format';

/**
 * Formats "YYYY-MM-DD" dates in the language of the page: "5 May 2026" in English. The page's
 * `htmlLang` is a standard language tag, which `Intl` understands. The site's own dates come
 * formatted from the build (plugins/lean-client), so a page hydrates without formatting them.
 */
export function useDateFormat(): (isoDate: string) => string {
  const { currentLocale, localeConfigs } = useDocusaurusContext().i18n;
  const { htmlLang } = localeConfigs[currentLocale];
  const { formattedDates } = usePluginData('lean-client') as LeanClientData;
  return (isoDate) => formattedDates[isoDate] ?? formatDate(isoDate, htmlLang);
}
