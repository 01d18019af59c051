import { useId, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { SiteConfig } from '@site/src/config/types';
import {
  fieldValue,
  type BuilderAction,
  type DetailField,
  type StartingTrace,
} from './builderState';
import { fieldGroups, fieldTexts } from './fieldTexts';
import styles from './styles.module.css';

/** The id of a field's input, so that other parts of the builder can link to it. */
export function fieldInputId(field: DetailField): string {
  return `adopt-${field.replace('.', '-')}`;
}

/** Why the build would stop on a field, around the validator's own words (which follow "must be"). */
export function problemText(expected: string): string {
  return translate(
    { id: 'adoptionBuilder.error', message: 'The build would stop here: this must be {expected}.' },
    { expected },
  );
}

/** What a field still holds of the starting project, in plain words. */
export function traceText(trace: StartingTrace, startName: string): string {
  return trace === 'name'
    ? translate(
        {
          id: 'adoptionBuilder.trace.name',
          message:
            'Please check: this still holds “{name}”, the name of the project this site was made for.',
        },
        { name: startName },
      )
    : translate(
        {
          id: 'adoptionBuilder.trace.address',
          message:
            'Please check: this is still an address of {name}, the project this site was made for.',
        },
        { name: startName },
      );
}

interface DetailsStepProps {
  readonly config: SiteConfig;
  /** The name of the project the builder started from. */
  readonly startName: string;
  /** Why each invalid field would stop the build. */
  readonly problems: Partial<Record<DetailField, string>>;
  /** Fields that still hold the starting project's name or address. */
  readonly traces: Partial<Record<DetailField, StartingTrace>>;
  readonly dispatch: (action: BuilderAction) => void;
}

/** The project's name, links, version and licence, each checked by the build's own validator. */
export default function DetailsStep({
  config,
  startName,
  problems,
  traces,
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
            const traceId = `${idPrefix}-${inputId}-trace`;
            const problem = problems[field];
            const trace = traces[field];
            const describedBy = [
              problem === undefined ? null : errorId,
              trace === undefined ? null : traceId,
              hintId,
            ].filter((id) => id !== null);
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
                  aria-invalid={problem !== undefined}
                  aria-describedby={describedBy.join(' ')}
                  onChange={(event) => {
                    dispatch({ type: 'fieldEdited', field, value: event.target.value });
                  }}
                />
                {problem === undefined ? null : (
                  <p id={errorId} className={styles.error}>
                    {problemText(problem)}
                  </p>
                )}
                {trace === undefined ? null : (
                  <p id={traceId} className={styles.trace}>
                    {traceText(trace, startName)}
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
