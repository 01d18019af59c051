import { usePluralForm } from '@docusaurus/theme-common';
import {
  expectationMessages,
  expectationValues,
  type Expectation,
} from '@site/src/config/expectations';
import { fillMessage } from '@site/src/translation/plural';
import { translateMessage } from '@site/src/translation/translateMessage';

/**
 * What the validator expects of a field, in the reader's language: the same codes the build's
 * English errors come from, shown through the translation files.
 */
export function useExpectationText(): (expectation: Expectation) => string {
  const { selectMessage } = usePluralForm();
  return (expectation) => {
    const { values, count } = expectationValues(expectation);
    // The plural form is chosen before the values go in, since a value may contain "|".
    const message = translateMessage(expectationMessages[expectation.code]);
    return fillMessage(count === null ? message : selectMessage(count, message), values);
  };
}
