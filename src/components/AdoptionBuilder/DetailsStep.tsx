import { useId, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { SiteConfig } from '@site/src/config/types';
import { fieldValue, type BuilderAction, type DetailField } from './builderState';
import { fieldGroups, fieldTexts } from './fieldTexts';
import styles from './styles.module.css';

/** The id of a field's input, so that other parts of the builder can link to it. */
export function fieldInputId(field: DetailField): string {
  return `adopt-${field.replace('.', '-')}`;
}

function problemText(expected: string): string {
  return expected === 'a non-empty string'
    ? translate({ id: 'adoptionBuilder.error.empty', message: 'This field cannot be empty.' })
    : translate(
        { id: 'adoptionBuilder.error.expected', message: 'Please enter {expected}.' },
        { expected },
      );
}

interface DetailsStepProps {
  readonly config: SiteConfig;
  /** What each invalid field should be. */
  readonly problems: Partial<Record<DetailField, string>>;
  /** Fields whose problems are shown. */
  readonly checkedFields: readonly DetailField[];
  readonly dispatch: (action: BuilderAction) => void;
}

/** The project's name, links, version and licence, each checked by the build's own validator. */
export default function DetailsStep({
  config,
  problems,
  checkedFields,
  dispatch,
}: DetailsStepProps): ReactNode {
  const idPrefix = useId();
  const texts = fieldTexts();
  return (
    <div className={styles.detailGroups}>
      {fieldGroups().map((group) => (
        <fieldset key={group.legend} className={styles.fieldset}>
          <legend className={styles.legend}>{group.legend}</legend>
          {group.fields.map((field) => {
            const inputId = fieldInputId(field);
            const hintId = `${idPrefix}-${inputId}-hint`;
            const errorId = `${idPrefix}-${inputId}-error`;
            const expected = checkedFields.includes(field) ? problems[field] : undefined;
            return (
              <div key={field} className={styles.field}>
                <label htmlFor={inputId} className={styles.fieldLabel}>
                  {texts[field].label}
                </label>
                <p id={hintId} className={styles.help}>
                  {texts[field].hint}
                </p>
                <input
                  id={inputId}
                  type={texts[field].type}
                  className="text-input"
                  value={fieldValue(config, field)}
                  spellCheck={false}
                  aria-invalid={expected !== undefined}
                  aria-describedby={expected === undefined ? hintId : `${errorId} ${hintId}`}
                  onChange={(event) => {
                    dispatch({ type: 'fieldEdited', field, value: event.target.value });
                  }}
                  onBlur={() => {
                    dispatch({ type: 'fieldLeft', field });
                  }}
                />
                {expected === undefined ? null : (
                  <p id={errorId} className={styles.error}>
                    {problemText(expected)}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
