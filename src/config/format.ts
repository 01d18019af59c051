/**
 * The locale whose date format a site locale uses. The site's English is British English, so
 * its dates read "5 May 2026"; every other locale formats dates in its own way.
 */
function dateLocaleFor(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/**
 * "2026-05-05" -> "5 May 2026" in English, "5 mai 2026" in French: a calendar date in the
 * reader's language. It names a day, not an instant, so it reads the same in every time zone.
 * Text that is not a YYYY-MM-DD date is returned as it is.
 */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) {
    return isoDate;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years before 100 as they are.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return isoDate;
  }
  return dateFormatFor(locale).format(date);
}

/** One formatter per locale: making one loads the locale's data, which takes a while. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatFor(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(dateLocaleFor(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** Each date formatted in a locale, by its YYYY-MM-DD text: `formatDate`'s results, ahead of time. */
export function formatDates(isoDates: Iterable<string>, locale: string): Record<string, string> {
  return Object.fromEntries([...new Set(isoDates)].map((date) => [date, formatDate(date, locale)]));
}

/** "2026-05-05" -> "5 May 2026": the date in English, as the generated repository files write it. */
export function formatIsoDate(isoDate: string): string {
  return formatDate(isoDate, 'en');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text as a CSS string, quotes included: every character that could end the
 * string, the declaration or the style element is written as a CSS escape.
 */
export function cssString(text: string): string {
  const escaped = text.replace(
    /[\\"'<>&\n\r\f]/g,
    (character) => `\\${character.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}
