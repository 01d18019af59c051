import type { ReactNode } from 'react';
import { useDateFormat } from '@site/src/hooks/useDateFormat';

interface FormattedDateProps {
  /** The date as YYYY-MM-DD. */
  readonly isoDate: string;
}

/** A calendar date in the language of the page, marked up so that machines can read it too. */
export default function FormattedDate({ isoDate }: FormattedDateProps): ReactNode {
  const format = useDateFormat();
  return <time dateTime={isoDate}>{format(isoDate)}</time>;
}
