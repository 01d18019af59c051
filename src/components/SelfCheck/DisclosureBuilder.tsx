import { useId, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import CopyButton from '@site/src/components/CopyButton';
import TextField from '@site/src/components/TextField';
import { disclosureUses } from '@site/src/data/disclosureUses';
import { resolveChoice } from '@site/src/data/policyChoice';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import type { FindingId } from '@site/src/data/selfCheck/flow';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';
import {
  buildDisclosure,
  mentions,
  optionalMentions,
  suggestedHow,
  withMention,
  type DisclosureInput,
} from './disclosure';
import type { DisclosureNeed, OutcomeId } from './logic';
import styles from './styles.module.css';

function leadFor(need: DisclosureNeed, outcome: OutcomeId): string {
  if (need === 'optional') {
    return translate({
      id: 'selfCheck.disclosure.lead.optional',
      message:
        'No disclosure is needed. If you want to mention the tool anyway, a short note is welcome.',
    });
  }
  if (outcome === 'work') {
    return need === 'required'
      ? translate({
          id: 'selfCheck.disclosure.lead.later',
          message:
            'When you submit, your work will also need a short disclosure. You can prepare it now.',
        })
      : translate({
          id: 'selfCheck.disclosure.lead.laterEncouraged',
          message:
            'When you submit, this project encourages a short disclosure. You can prepare it now.',
        });
  }
  return translate({
    id: 'selfCheck.disclosure.lead',
    message:
      'Fill in what you know. The text below changes as you type. What you type stays in your browser.',
  });
}

interface DisclosureBuilderProps {
  readonly need: Exclude<DisclosureNeed, 'none'>;
  readonly outcome: OutcomeId;
  readonly findings: readonly FindingId[];
  readonly trailerStyle: PolicyOptions['commitTrailer'];
}

/**
 * Builds the disclosure from what the contributor types. Everything typed
 * is shown and copied as plain React text, never as HTML.
 */
export default function DisclosureBuilder({
  need,
  outcome,
  findings,
  trailerStyle,
}: DisclosureBuilderProps): ReactNode {
  const headingId = useId();
  const mentionId = useId();
  const policy = useSiteConfig().policy.options;
  // Uses that need no disclosure here, such as an accessibility tool, are left out of the
  // text: only the contributor can add them, with "Mention this anyway".
  const mentionable = optionalMentions(findings, policy);
  const [input, setInput] = useState<DisclosureInput>(() => ({
    tool: '',
    model: '',
    how: suggestedHow(findings, policy),
    parts: '',
  }));
  const { paragraph, trailer } = buildDisclosure(input, trailerStyle);
  const update =
    (key: keyof DisclosureInput) =>
    (value: string): void => {
      setInput((current) => ({ ...current, [key]: value }));
    };

  const builder = (
    <>
      <p>{leadFor(need, outcome)}</p>
      <div className={styles.fields}>
        <TextField
          label={translate({ id: 'selfCheck.disclosure.tool', message: 'Tool' })}
          hint={translate({
            id: 'selfCheck.disclosure.tool.hint',
            message: 'The name of the app, editor plugin or service.',
          })}
          value={input.tool}
          onChange={update('tool')}
        />
        <TextField
          label={translate({ id: 'selfCheck.disclosure.model', message: 'Model' })}
          hint={translate({
            id: 'selfCheck.disclosure.model.hint',
            message: 'The model’s name and version, if you know it. You can leave it empty.',
          })}
          value={input.model}
          onChange={update('model')}
        />
        <TextField
          label={translate({ id: 'selfCheck.disclosure.how', message: 'How you used it' })}
          hint={translate({
            id: 'selfCheck.disclosure.how.hint',
            message: 'A first sentence is filled in from your answers. Change it as you like.',
          })}
          value={input.how}
          multiline
          // The suggested sentence is part of the disclosure, which is English (./disclosure.ts).
          translate="no"
          onChange={update('how')}
        />
        <TextField
          label={translate({
            id: 'selfCheck.disclosure.parts',
            message: 'Which parts it produced',
          })}
          hint={translate({
            id: 'selfCheck.disclosure.parts.hint',
            message: 'For example: the tests in one file, or the first version of a function.',
          })}
          value={input.parts}
          multiline
          onChange={update('parts')}
        />
      </div>

      {mentionable.length > 0 ? (
        <fieldset className="site-fieldset" aria-describedby={`${mentionId}-lead`}>
          <legend className={styles.groupLegend}>
            <Translate id="selfCheck.disclosure.noMention.title">Needs no mention</Translate>
          </legend>
          <p id={`${mentionId}-lead`} className={styles.hint}>
            <Translate id="selfCheck.disclosure.noMention.lead">
              In this project, these uses need no disclosure, so the text below leaves them out. You
              can add one if you want to.
            </Translate>
          </p>
          <div className={styles.options}>
            {mentionable.map((use) => {
              const inputId = `${mentionId}-${use}`;
              return (
                <div key={use} className={styles.option}>
                  <input
                    id={inputId}
                    className={styles.radio}
                    type="checkbox"
                    checked={mentions(input.how, use)}
                    onChange={(event) => {
                      const { checked } = event.target;
                      setInput((current) => ({
                        ...current,
                        how: withMention(current.how, use, checked),
                      }));
                    }}
                  />
                  <label htmlFor={inputId} className={styles.optionLabel}>
                    {translate(
                      {
                        id: 'selfCheck.disclosure.mentionAnyway',
                        message: 'Mention this anyway: {use}',
                        description:
                          'A checkbox, not ticked at first; {use} names a kind of LLM use',
                      },
                      {
                        use: translateMessage(resolveChoice(disclosureUses[use].label, policy)),
                      },
                    )}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <figure className={styles.preview}>
        <figcaption className={styles.previewCaption}>
          <Translate id="selfCheck.disclosure.paragraph">
            For the pull-request description
          </Translate>
        </figcaption>
        <pre className={styles.previewText}>
          <code>{paragraph}</code>
        </pre>
      </figure>
      <CopyButton
        text={paragraph}
        label={translate({ id: 'selfCheck.disclosure.copy', message: 'Copy the disclosure' })}
      />

      {trailerStyle === 'none' ? (
        <p className={styles.trailerNote}>
          <Translate id="selfCheck.disclosure.noTrailer">
            This project does not use commit trailers. The pull-request description is enough.
          </Translate>
        </p>
      ) : (
        <>
          <figure className={styles.preview}>
            <figcaption className={styles.previewCaption}>
              <Translate id="selfCheck.disclosure.trailer">Commit trailer (optional)</Translate>
            </figcaption>
            {trailer === null ? (
              <p className={styles.trailerNote}>
                <Translate id="selfCheck.disclosure.trailer.needsTool">
                  Type the tool’s name above to get a trailer line.
                </Translate>
              </p>
            ) : (
              <>
                <pre className={styles.previewText}>
                  <code>{trailer}</code>
                </pre>
                <p className={styles.trailerNote}>
                  <Translate id="selfCheck.disclosure.trailer.where">
                    Put this line at the end of your commit message, after an empty line.
                  </Translate>
                </p>
              </>
            )}
          </figure>
          {trailer === null ? null : (
            <CopyButton
              text={trailer}
              label={translate({
                id: 'selfCheck.disclosure.copyTrailer',
                message: 'Copy the commit trailer',
              })}
            />
          )}
        </>
      )}
    </>
  );

  if (need === 'optional') {
    return (
      <details className={styles.disclosure}>
        <summary className={styles.disclosureSummary}>
          <Translate id="selfCheck.disclosure.optionalSummary">
            Mention the tool anyway (optional)
          </Translate>
        </summary>
        {builder}
      </details>
    );
  }
  return (
    <section aria-labelledby={headingId} className={styles.disclosure}>
      <h3 id={headingId}>
        <Translate id="selfCheck.disclosure.heading">Your disclosure</Translate>
      </h3>
      {builder}
    </section>
  );
}
