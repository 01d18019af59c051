import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { optionGroupIds, type Answer, type OptionNode } from '@site/src/data/selfCheck/flow';
import type { QuestionText, SelfCheckText } from './wordingText';
import { isMultiple, optionsOf, toggleAnswer, type SelfCheckAction, type Step } from './logic';
import StepActions from './StepActions';
import styles from './styles.module.css';

interface ChoiceProps {
  readonly option: OptionNode;
  readonly multiple: boolean;
  readonly name: string;
  readonly checked: boolean;
  readonly wording: QuestionText;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
  readonly onChange: (checked: boolean) => void;
}

function Choice({
  option,
  multiple,
  name,
  checked,
  wording,
  inputRef,
  onChange,
}: ChoiceProps): ReactNode {
  const inputId = `${name}-${option.id}`;
  const { label, hint } = wording.options[option.id];
  return (
    <div className={styles.option}>
      <input
        ref={inputRef}
        id={inputId}
        className={styles.radio}
        type={multiple ? 'checkbox' : 'radio'}
        name={name}
        value={option.id}
        checked={checked}
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        onChange={(event) => {
          onChange(event.target.checked);
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
}

interface QuestionStepProps {
  readonly step: Extract<Step, { kind: 'question' }>;
  readonly policy: PolicyOptions;
  readonly wording: SelfCheckText;
  readonly initialOptions: readonly string[];
  readonly canGoBack: boolean;
  readonly dispatch: (action: SelfCheckAction) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * One question: radio buttons for one answer, or checkboxes where several
 * answers can be true, answered with Continue (or Enter).
 */
export default function QuestionStep({
  step,
  policy,
  wording,
  initialOptions,
  canGoBack,
  dispatch,
  headingRef,
}: QuestionStepProps): ReactNode {
  const [chosen, setChosen] = useState<readonly string[]>(initialOptions);
  const [missing, setMissing] = useState(false);
  const firstInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const progressId = `${id}-progress`;
  const text = wording.questions[step.question];
  const multiple = isMultiple(step.question);
  const options = optionsOf(step.question, policy, step.usedLlm);
  const grouped = multiple && options.some((option) => option.group !== undefined);

  const describedBy = [text.hint ? hintId : null, missing ? errorId : null]
    .filter(Boolean)
    .join(' ');

  const choice = (option: OptionNode, index: number): ReactNode => (
    <Choice
      key={option.id}
      option={option}
      multiple={multiple}
      name={`${id}-answer`}
      checked={chosen.includes(option.id)}
      wording={text}
      inputRef={index === 0 ? firstInput : undefined}
      onChange={(checked) => {
        setChosen(
          multiple ? toggleAnswer(chosen, option, checked, options) : checked ? [option.id] : [],
        );
        setMissing(false);
      }}
    />
  );

  return (
    <form
      className={styles.question}
      // Named by its progress line, so the form landmark says where the reader is.
      aria-labelledby={progressId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length === 0) {
          setMissing(true);
          firstInput.current?.focus();
          return;
        }
        const order = options.map((option) => option.id);
        dispatch({
          type: 'answered',
          // The answers come from this question's own list, in its order.
          answer: {
            question: step.question,
            options: [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
          } as Answer,
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
      <fieldset className="site-fieldset" aria-describedby={describedBy || undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} className={styles.questionTitle}>
            {text.title}
          </h2>
        </legend>
        {text.hint ? (
          <p id={hintId} className={styles.hint}>
            {text.hint}
          </p>
        ) : null}
        {missing ? (
          <p id={errorId} className={styles.error}>
            {multiple ? (
              <Translate id="selfCheck.chooseAtLeastOne">
                Please choose at least one answer to continue.
              </Translate>
            ) : (
              <Translate id="selfCheck.chooseOne">Please choose one answer to continue.</Translate>
            )}
          </p>
        ) : null}
        {grouped ? (
          <div className={styles.groups}>
            {optionGroupIds.map((group) => {
              const inGroup = options.filter((option) => option.group === group);
              return inGroup.length === 0 ? null : (
                <fieldset key={group} className="site-fieldset">
                  <legend className={styles.groupLegend}>{wording.groups[group]}</legend>
                  <div className={styles.options}>
                    {inGroup.map((option) => choice(option, options.indexOf(option)))}
                  </div>
                </fieldset>
              );
            })}
          </div>
        ) : (
          <div className={styles.options}>{options.map(choice)}</div>
        )}
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
