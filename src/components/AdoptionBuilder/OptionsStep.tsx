import { useId, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import {
  policyOptionIds,
  policyOptionMeta,
  policyOptionValues,
  valueOrigin,
  type PolicyOptionId,
  type PolicyOptions,
  type ValueOrigin,
} from '@site/src/data/policyOptions';
import type { Message } from '@site/src/data/message';
import { translateMessage } from '@site/src/translation/translateMessage';
import { checkModes, type CheckMode } from './builderState';
import styles from './styles.module.css';

/** Where a value comes from, as a short note under its description. */
function originText(origin: ValueOrigin): string {
  switch (origin) {
    case 'original':
      return translate({
        id: 'adoptionBuilder.origin.original',
        message: 'The original policy’s choice.',
      });
    case 'earlierDraft':
      return translate({
        id: 'adoptionBuilder.origin.earlierDraft',
        message: 'From an earlier draft of the original policy.',
      });
    case 'added':
      return translate({ id: 'adoptionBuilder.origin.added', message: 'Added by this site.' });
  }
}

/** One value of a group of radio buttons, as the reader sees it. */
interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
  readonly description: string;
  /** Where the value comes from, when that is worth saying. */
  readonly origin?: string;
}

interface ChoiceFieldsetProps<Value extends string> {
  readonly legend: string;
  readonly description: string;
  readonly choices: readonly Choice<Value>[];
  readonly value: string;
  readonly onChoose: (value: Value) => void;
}

/** A boxed group of radio buttons with a legend, a description, and a label and description for each value. */
function ChoiceFieldset<Value extends string>({
  legend,
  description,
  choices,
  value,
  onChoose,
}: ChoiceFieldsetProps<Value>): ReactNode {
  const groupId = useId();
  return (
    <fieldset
      className="site-fieldset site-fieldset--boxed"
      aria-describedby={`${groupId}-description`}
    >
      <legend>{legend}</legend>
      <p id={`${groupId}-description`} className={styles.help}>
        {description}
      </p>
      <div className={styles.choices}>
        {choices.map((choice) => (
          <div key={choice.value} className={styles.choice}>
            <input
              type="radio"
              id={`${groupId}-${choice.value}`}
              name={`${groupId}-choice`}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => {
                onChoose(choice.value);
              }}
            />
            <label htmlFor={`${groupId}-${choice.value}`}>
              <span className={styles.choiceLabel}>{choice.label}</span>
              <span className={styles.choiceDescription}>{choice.description}</span>
              {choice.origin === undefined ? null : (
                <span className={styles.choiceOrigin}>{choice.origin}</span>
              )}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

interface OptionFieldsetProps {
  readonly id: PolicyOptionId;
  readonly value: string;
  readonly onChoose: (id: PolicyOptionId, value: string) => void;
}

function OptionFieldset({ id, value, onChoose }: OptionFieldsetProps): ReactNode {
  const meta = policyOptionMeta[id];
  const values: Readonly<Record<string, { label: Message; description: Message }>> = meta.values;
  return (
    <ChoiceFieldset
      legend={translateMessage(meta.label)}
      description={translateMessage(meta.description)}
      choices={policyOptionValues[id].map((choice) => ({
        value: choice,
        label: translateMessage(values[choice].label),
        description: translateMessage(values[choice].description),
        origin: originText(valueOrigin(id, choice)),
      }))}
      value={value}
      onChoose={(choice) => {
        onChoose(id, choice);
      }}
    />
  );
}

interface OptionsStepProps {
  readonly options: PolicyOptions;
  readonly onChoose: (id: PolicyOptionId, value: string) => void;
}

/** One group of radio buttons per policy option, with the option's label and description. */
export default function OptionsStep({ options, onChoose }: OptionsStepProps): ReactNode {
  return (
    <div className={styles.optionGrid}>
      {policyOptionIds.map((id) => (
        <OptionFieldset key={id} id={id} value={options[id]} onChoose={onChoose} />
      ))}
    </div>
  );
}

/** The label and description of each mode of the pull-request check. */
export function checkModeText(mode: CheckMode): {
  readonly label: string;
  readonly description: string;
} {
  switch (mode) {
    case 'advise':
      return {
        label: translate({ id: 'adoptionBuilder.checkMode.advise.label', message: 'Advise' }),
        description: translate({
          id: 'adoptionBuilder.checkMode.advise.description',
          message: 'The check writes kind notes and always passes.',
        }),
      };
    case 'require':
      return {
        label: translate({ id: 'adoptionBuilder.checkMode.require.label', message: 'Require' }),
        description: translate({
          id: 'adoptionBuilder.checkMode.require.description',
          message:
            'The check fails until the authorship statement is there, and a disclosure when the policy requires one.',
        }),
      };
  }
}

interface CheckModeFieldsetProps {
  readonly mode: CheckMode;
  readonly onChoose: (mode: CheckMode) => void;
}

/** The mode of the generated pull-request check (llm-policy-check.yml). */
export function CheckModeFieldset({ mode, onChoose }: CheckModeFieldsetProps): ReactNode {
  return (
    <ChoiceFieldset
      legend={translate({ id: 'adoptionBuilder.checkMode.label', message: 'Pull-request check' })}
      description={translate({
        id: 'adoptionBuilder.checkMode.description',
        message:
          'What the generated check does when a pull request’s description lacks a part that the policy asks for.',
      })}
      choices={checkModes.map((choice) => ({ value: choice, ...checkModeText(choice) }))}
      value={mode}
      onChoose={onChoose}
    />
  );
}
