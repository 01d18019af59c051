import type { ReactNode } from 'react';
import { interpolate } from '@docusaurus/Interpolate';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type { Expectation } from '@site/src/config/expectations';
import type { DetailField, StartingTrace } from './builderState';
import { fieldInputId } from './DetailsStep';
import { fieldTexts } from './fieldTexts';
import { useExpectationText } from './useExpectationText';
import styles from './styles.module.css';

interface FieldLinkProps {
  readonly field: DetailField;
}

/** Moves the focus into a field of step 2, in the middle of the window, clear of the navbar. */
export function focusField(field: DetailField): void {
  const input = document.getElementById(fieldInputId(field));
  input?.focus({ preventScroll: true });
  input?.scrollIntoView({ block: 'center' });
}

/** A link to a field in step 2 that moves the focus into the field itself. */
export function FieldLink({ field }: FieldLinkProps): ReactNode {
  return (
    <a
      href={`#${fieldInputId(field)}`}
      onClick={(event) => {
        event.preventDefault();
        focusField(field);
      }}
    >
      {fieldTexts()[field].label}
    </a>
  );
}

/** Links to several fields, on one line. */
export function FieldLinks({ fields }: { readonly fields: readonly DetailField[] }): ReactNode {
  return (
    <ul className={styles.inlineList}>
      {fields.map((field) => (
        <li key={field}>
          <FieldLink field={field} />
        </li>
      ))}
    </ul>
  );
}

interface CheckSummaryProps {
  /** Why each invalid field would stop the build. */
  readonly problems: Partial<Record<DetailField, Expectation>>;
  readonly traces: Partial<Record<DetailField, StartingTrace>>;
  readonly startName: string;
  /** Fields in the order of step 2. */
  readonly fields: readonly DetailField[];
}

/**
 * Above the files: every field the build would stop on, and every field that
 * still holds the starting project's name or address, each linked to its input.
 */
export default function CheckSummary({
  problems,
  traces,
  startName,
  fields,
}: CheckSummaryProps): ReactNode {
  const { selectMessage } = usePluralForm();
  const expectationText = useExpectationText();
  const invalid = fields.flatMap((field) => {
    const problem = problems[field];
    return problem === undefined ? [] : [{ field, problem }];
  });
  const traced = fields.filter((field) => traces[field] !== undefined);
  const errorsHeading = selectMessage(
    invalid.length,
    translate(
      {
        id: 'adoptionBuilder.check.errors',
        message: 'The build would stop on one field.|The build would stop on {count} fields.',
      },
      { count: invalid.length },
    ),
  );
  // The name goes in after the plural form is chosen, since a name may contain "|".
  const tracesHeading = interpolate(
    selectMessage(
      traced.length,
      translate({
        id: 'adoptionBuilder.check.traces',
        message:
          'One field still holds the name or an address of {name}.|{count} fields still hold the name or an address of {name}.',
      }),
    ),
    { count: traced.length, name: startName },
  );
  return (
    <>
      <p role="status" className={styles.visuallyHidden}>
        {invalid.length === 0 && traced.length === 0
          ? translate({
              id: 'adoptionBuilder.check.allClear',
              message: 'Every field passes the build’s checks.',
            })
          : [invalid.length > 0 ? errorsHeading : '', traced.length > 0 ? tracesHeading : '']
              .join(' ')
              .trim()}
      </p>
      {invalid.length > 0 ? (
        <div className={`alert alert--danger ${styles.attention}`}>
          <p className={styles.attentionHeading}>{errorsHeading}</p>
          <p>
            <Translate id="adoptionBuilder.check.errors.intro">
              The build checks these fields in the same way as this page. Please fix them in step 2:
            </Translate>
          </p>
          <ul>
            {invalid.map(({ field, problem }) => (
              <li key={field}>
                <FieldLink field={field} />:{' '}
                {translate(
                  { id: 'adoptionBuilder.check.mustBe', message: 'must be {expected}.' },
                  { expected: expectationText(problem) },
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {traced.length > 0 ? (
        <div className={`alert alert--warning ${styles.attention}`}>
          <p className={styles.attentionHeading}>{tracesHeading}</p>
          <p>
            <Translate id="adoptionBuilder.check.traces.intro">
              The build accepts them, but your project probably has its own. Please check them in
              step 2:
            </Translate>
          </p>
          <FieldLinks fields={traced} />
        </div>
      ) : null}
    </>
  );
}
