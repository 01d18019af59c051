import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { Answer } from '@site/src/data/selfCheck/flow';
import type { QuestionText } from '@site/src/data/selfCheck/wording';
import { optionsOf, type SelfCheckAction, type Step } from './logic';
import StepActions from './StepActions';
import styles from './styles.module.css';

interface QuestionStepProps {
  readonly step: Extract<Step, { kind: 'question' }>;
  readonly wording: QuestionText;
  readonly initialOption: string | undefined;
  readonly canGoBack: boolean;
  readonly dispatch: (action: SelfCheckAction) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** One question: a fieldset of radio buttons, answered with Continue (or Enter). */
export default function QuestionStep({
  step,
  wording,
  initialOption,
  canGoBack,
  dispatch,
  headingRef,
}: QuestionStepProps): ReactNode {
  const [chosen, setChosen] = useState(initialOption);
  const [missing, setMissing] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const progressId = `${id}-progress`;
  const options = optionsOf(step.question);

  const describedBy = [wording.hint ? hintId : null, missing ? errorId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      className={styles.question}
      // Named by its progress line, so the form landmark says where the reader is.
      aria-labelledby={progressId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === undefined) {
          setMissing(true);
          firstRadio.current?.focus();
          return;
        }
        dispatch({
          type: 'answered',
          // The option comes from this question's own list.
          answer: { question: step.question, option: chosen } as Answer,
        });
      }}
    >
      <p id={progressId} className={styles.progress}>
        {translate(
          {
            id: 'selfCheck.progress',
            message: 'Question {number} of at most {max}',
            description: 'How far the contributor is; the maximum depends on the answers so far',
          },
          { number: step.number, max: step.maxQuestions },
        )}
      </p>
      <fieldset className={styles.fieldset} aria-describedby={describedBy || undefined}>
        <legend className={styles.legend}>
          <h2 ref={headingRef} tabIndex={-1} className={styles.questionTitle}>
            {wording.title}
          </h2>
        </legend>
        {wording.hint ? (
          <p id={hintId} className={styles.hint}>
            {wording.hint}
          </p>
        ) : null}
        {missing ? (
          <p id={errorId} className={styles.error}>
            <Translate id="selfCheck.chooseOne">Please choose one answer to continue.</Translate>
          </p>
        ) : null}
        <div className={styles.options}>
          {options.map((option, index) => {
            const inputId = `${id}-${option.id}`;
            const { label, hint } = wording.options[option.id];
            return (
              <div key={option.id} className={styles.option}>
                <input
                  ref={index === 0 ? firstRadio : undefined}
                  id={inputId}
                  className={styles.radio}
                  type="radio"
                  name={`${id}-answer`}
                  value={option.id}
                  checked={chosen === option.id}
                  aria-describedby={hint ? `${inputId}-hint` : undefined}
                  onChange={() => {
                    setChosen(option.id);
                    setMissing(false);
                  }}
                />
                <div>
                  <label htmlFor={inputId} className={styles.optionLabel}>
                    {label}
                  </label>
                  {hint ? (
                    <p id={`${inputId}-hint`} className={styles.optionHint}>
                      {hint}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button button--primary">
          <Translate id="selfCheck.continue">Continue</Translate>
        </button>
        {canGoBack ? <StepActions dispatch={dispatch} /> : null}
      </div>
    </form>
  );
}
