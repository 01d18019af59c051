import { useId, type ReactNode } from 'react';
import styles from './styles.module.css';

interface TextFieldProps {
  readonly label: ReactNode;
  /** A short help text under the label, read with the field. */
  readonly hint?: ReactNode;
  /** A problem with the value, shown under the field and read with it; marks the field invalid. */
  readonly error?: ReactNode;
  /** A warning that does not make the value invalid, shown and read like the error. */
  readonly warning?: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'search' | 'url' | 'date' | 'email';
  /** Sets the input's id, for fields that other parts of the page link to. */
  readonly id?: string;
  readonly autoComplete?: string;
  readonly spellCheck?: boolean;
  readonly maxLength?: number;
  /**
   * "no" for a field whose text is not in the page's language and must stay so, such as the
   * suggested English sentence of a disclosure: browsers that translate pages leave it alone.
   */
  readonly translate?: 'no';
}

/**
 * One text field: its label, an optional hint, the input, and an optional
 * error or warning, all tied together for screen readers. Every text field of
 * the site's tools uses it. `dir="auto"` lets each field follow the direction
 * of what is typed, such as Arabic or Hebrew.
 */
export default function TextField({
  label,
  hint,
  error,
  warning,
  value,
  onChange,
  onBlur,
  multiline = false,
  type = 'text',
  id,
  autoComplete = 'off',
  spellCheck = false,
  maxLength,
  translate,
}: TextFieldProps): ReactNode {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const warningId = `${inputId}-warning`;
  const describedBy = [
    error === undefined ? null : errorId,
    warning === undefined ? null : warningId,
    hint === undefined ? null : hintId,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id: inputId,
    value,
    dir: 'auto',
    className: 'text-input',
    spellCheck,
    maxLength,
    translate,
    'aria-invalid': error !== undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    onBlur,
  } as const;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      {hint === undefined ? null : (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          // An address field is text with the keyboard for addresses: its value is what the
          // reader typed or the config holds, which the site's own check judges, and HTML allows
          // only valid URLs in the value of a url input.
          type={type === 'url' ? 'text' : type}
          inputMode={type === 'url' ? 'url' : undefined}
          spellCheck={type === 'url' ? false : undefined}
          autoCapitalize={type === 'url' ? 'none' : undefined}
          autoComplete={autoComplete}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {error === undefined ? null : (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {warning === undefined ? null : (
        <p id={warningId} className={styles.warning}>
          {warning}
        </p>
      )}
    </div>
  );
}
