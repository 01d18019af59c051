import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import TextField from '@site/src/components/TextField';
import type { ReplyInputs } from './fill';
import styles from './styles.module.css';

interface NameFieldsProps {
  readonly inputs: ReplyInputs;
  readonly onChange: (inputs: ReplyInputs) => void;
  /**
   * Inside the template that a link opened: the same two fields, without their hints, so that
   * the reply stays in view. They fill every reply, like the fields at the top.
   */
  readonly inTemplate?: boolean;
}

/** The contributor's handle and the reviewer's name, which fill every reply on the page. */
export default function NameFields({
  inputs,
  onChange,
  inTemplate = false,
}: NameFieldsProps): ReactNode {
  return (
    <fieldset
      className={clsx('site-fieldset', styles.fieldset, inTemplate && styles.namesInTemplate)}
    >
      <legend className={styles.legend}>
        {inTemplate ? (
          <Translate id="replyTemplates.inputs.legendInTemplate">Fill in the names</Translate>
        ) : (
          <Translate id="replyTemplates.inputs.legend">Fill in every reply</Translate>
        )}
      </legend>
      {inTemplate ? (
        <p className={styles.hint}>
          <Translate id="replyTemplates.inputs.inTemplateHint">
            The reply below fills in as you type. So do the other replies on this page.
          </Translate>
        </p>
      ) : null}
      <div className={styles.fields}>
        <TextField
          label={<Translate id="replyTemplates.inputs.contributor">Contributor’s handle</Translate>}
          hint={
            inTemplate ? undefined : (
              <Translate id="replyTemplates.inputs.contributorRule">
                Used exactly as you type it, with two changes: spaces at the start and end are
                removed, and the handle starts with one @ (added if missing, extra ones removed).
              </Translate>
            )
          }
          value={inputs.contributor}
          onChange={(contributor) => {
            onChange({ ...inputs, contributor });
          }}
        />
        <TextField
          label={<Translate id="replyTemplates.inputs.reviewer">Your name</Translate>}
          hint={
            inTemplate ? undefined : (
              <Translate id="replyTemplates.inputs.reviewerRule">
                Signs each reply. Spaces at the start and end are removed.
              </Translate>
            )
          }
          value={inputs.reviewer}
          autoComplete="name"
          onChange={(reviewer) => {
            onChange({ ...inputs, reviewer });
          }}
        />
      </div>
    </fieldset>
  );
}
