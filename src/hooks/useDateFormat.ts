import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { formatDate } from '@site/src/config/format';

/**
 * Formats "YYYY-MM-DD" dates in the language of the page: "5 May 2026" in English. The page's
 * `htmlLang` is a standard language tag, which `Intl` understands.
 */
export function useDateFormat(): (isoDate: string) => string {
  const { currentLocale, localeConfigs } = useDocusaurusContext().i18n;
  const { htmlLang } = localeConfigs[currentLocale];
  return (isoDate) => formatDate(isoDate, htmlLang);
}
