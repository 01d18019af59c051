import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { SiteConfig } from '@site/src/config/types';
import type { Expectation } from '@site/src/config/expectations';
import {
  fieldValue,
  type BuilderAction,
  type DetailField,
  type StartingTrace,
} from './builderState';
import { fieldGroups, fieldTexts } from './fieldTexts';
import TextField from '@site/src/components/TextField';
import { useExpectationText } from './useExpectationText';
import styles from './styles.module.css';

/** The id of a field's input, so that other parts of the builder can link to it. */
export function fieldInputId(field: DetailField): string {
  return `adopt-${field.replace('.', '-')}`;
}

/** Why the build would stop on a field, around what the validator expects (which follows "must be"). */
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
  readonly problems: Partial<Record<DetailField, Expectation>>;
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
  const texts = fieldTexts();
  const expectationText = useExpectationText();
  return (
    <div className={styles.detailGroups}>
      {fieldGroups().map((group) => (
        <fieldset key={group.legend} className="site-fieldset site-fieldset--boxed">
          <legend>{group.legend}</legend>
          <div className={styles.fields}>
            {group.fields.map((field) => {
              const problem = problems[field];
              const trace = traces[field];
              return (
                <TextField
                  key={field}
                  id={fieldInputId(field)}
                  label={texts[field].label}
                  hint={texts[field].hint}
                  type={texts[field].type}
                  value={fieldValue(config, field)}
                  error={problem === undefined ? undefined : problemText(expectationText(problem))}
                  warning={trace === undefined ? undefined : traceText(trace, startName)}
                  onChange={(value) => {
                    dispatch({ type: 'fieldEdited', field, value });
                  }}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
