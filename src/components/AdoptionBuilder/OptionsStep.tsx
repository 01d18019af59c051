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
