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

interface OptionFieldsetProps {
  readonly id: PolicyOptionId;
  readonly value: string;
  readonly onChoose: (id: PolicyOptionId, value: string) => void;
}

function OptionFieldset({ id, value, onChoose }: OptionFieldsetProps): ReactNode {
  const groupId = useId();
  const meta = policyOptionMeta[id];
  const values: Readonly<Record<string, { label: Message; description: Message }>> = meta.values;
  return (
    <fieldset
      className="site-fieldset site-fieldset--boxed"
      aria-describedby={`${groupId}-description`}
    >
      <legend>{translateMessage(meta.label)}</legend>
      <p id={`${groupId}-description`} className={styles.help}>
        {translateMessage(meta.description)}
      </p>
      <div className={styles.choices}>
        {policyOptionValues[id].map((choice) => (
          <div key={choice} className={styles.choice}>
            <input
              type="radio"
              id={`${groupId}-${choice}`}
              name={`${groupId}-option`}
              value={choice}
              checked={value === choice}
              onChange={() => {
                onChoose(id, choice);
              }}
            />
            <label htmlFor={`${groupId}-${choice}`}>
              <span className={styles.choiceLabel}>{translateMessage(values[choice].label)}</span>
              <span className={styles.choiceDescription}>
                {translateMessage(values[choice].description)}
              </span>
              <span className={styles.choiceOrigin}>{originText(valueOrigin(id, choice))}</span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
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
  const groupId = useId();
  return (
    <fieldset
      className="site-fieldset site-fieldset--boxed"
      aria-describedby={`${groupId}-description`}
    >
      <legend>
        {translate({ id: 'adoptionBuilder.checkMode.label', message: 'Pull-request check' })}
      </legend>
      <p id={`${groupId}-description`} className={styles.help}>
        {translate({
          id: 'adoptionBuilder.checkMode.description',
          message:
            'What the generated check does when a pull request’s description lacks a part that the policy asks for.',
        })}
      </p>
      <div className={styles.choices}>
        {checkModes.map((choice) => {
          const text = checkModeText(choice);
          return (
            <div key={choice} className={styles.choice}>
              <input
                type="radio"
                id={`${groupId}-${choice}`}
                name={`${groupId}-mode`}
                value={choice}
                checked={mode === choice}
                onChange={() => {
                  onChoose(choice);
                }}
              />
              <label htmlFor={`${groupId}-${choice}`}>
                <span className={styles.choiceLabel}>{text.label}</span>
                <span className={styles.choiceDescription}>{text.description}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
