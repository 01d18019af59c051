import { useId, type ReactNode, type RefObject } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { policySectionTitles } from '@site/src/data/policySections';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import type { Answer } from '@site/src/data/selfCheck/flow';
import { verdictLabel } from '@site/src/data/disclosureUses';
import { findingText, questionText, type SelfCheckText } from './wordingText';
import CopyButton from '@site/src/components/CopyButton';
import DisclosureBuilder from './DisclosureBuilder';
import {
  findingAnchor,
  findingVerdict,
  type DisclosureNeed,
  type OutcomeId,
  type Result,
  type SelfCheckAction,
} from './logic';
import StepActions from './StepActions';
import { addressFor } from './url';
import styles from './styles.module.css';
import { translateMessage } from '@site/src/translation/translateMessage';

function outcomeTitle(outcome: OutcomeId): string {
  switch (outcome) {
    case 'ready':
      return translate({ id: 'selfCheck.outcome.ready', message: 'Ready to submit' });
    case 'disclose':
      return translate({ id: 'selfCheck.outcome.disclose', message: 'Ready once disclosed' });
    case 'yourCall':
      return translate({ id: 'selfCheck.outcome.yourCall', message: 'Your decision' });
    case 'work':
      return translate({ id: 'selfCheck.outcome.work', message: 'Needs some work first' });
    case 'stop':
      return translate({
        id: 'selfCheck.outcome.stop',
        message: 'Not acceptable under this policy',
      });
  }
}

function outcomeLead(outcome: OutcomeId, disclosure: DisclosureNeed): string {
  switch (outcome) {
    case 'ready':
      if (disclosure === 'recommended') {
        return translate({
          id: 'selfCheck.lead.readyRecommended',
          message:
            'Your contribution fits the policy. This project encourages a short disclosure, because it helps reviewers. You can write one below.',
        });
      }
      if (disclosure === 'optional') {
        return translate({
          id: 'selfCheck.lead.readyOptional',
          message:
            'Your contribution fits the policy, and you do not need to disclose anything. Thank you for checking.',
        });
      }
      return translate({
        id: 'selfCheck.lead.ready',
        message: 'Your contribution fits the policy. Thank you for checking.',
      });
    case 'disclose':
      return translate({
        id: 'selfCheck.lead.disclose',
        message:
          'Your contribution fits the policy. When you submit it, add a short disclosure. You can write one below.',
      });
    case 'yourCall':
      return disclosure === 'recommended'
        ? translate({
            id: 'selfCheck.lead.yourCallEncouraged',
            message:
              'The policy leaves this case to your judgement. If you are comfortable saying “I am the author”, submit it, say what the tool did, and ask the reviewers what they think.',
          })
        : translate({
            id: 'selfCheck.lead.yourCall',
            message:
              'The policy leaves this case to your judgement. If you are comfortable saying “I am the author”, submit it with a disclosure, and ask the reviewers what they think.',
          });
    case 'work':
      return translate({
        id: 'selfCheck.lead.work',
        message:
          'You are close. Please do the steps below before you submit, then run the check again.',
      });
    case 'stop':
      return translate({
        id: 'selfCheck.lead.stop',
        message:
          'This contribution cannot be accepted as it is. This is about how the work was made, not about you. There is a welcome way forward.',
      });
  }
}

interface ResultViewProps {
  readonly result: Result;
  readonly answers: readonly Answer[];
  readonly policy: PolicyOptions;
  readonly wording: SelfCheckText;
  readonly dispatch: (action: SelfCheckAction) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The result: the outcome, its reasons with their policy links, what to do, and the disclosure. */
export default function ResultView({
  result,
  answers,
  policy,
  wording,
  dispatch,
  headingRef,
}: ResultViewProps): ReactNode {
  const headingId = useId();
  const pathTo = useRoutePaths();
  const steps = result.findings.flatMap((id) => findingText(wording, id).steps ?? []);
  // Only rendered in the browser, after hydration, so reading the address here is safe.
  const permalink = `${window.location.origin}${window.location.pathname}${addressFor(answers)}`;

  return (
    <section
      aria-labelledby={headingId}
      className={clsx(styles.result, styles[`result-${result.outcome}`])}
    >
      <p className={styles.resultLabel}>
        <Translate id="selfCheck.result.label">Your result</Translate>
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.resultTitle}>
        {outcomeTitle(result.outcome)}
      </h2>
      <p className={styles.lead}>{outcomeLead(result.outcome, result.disclosure)}</p>

      <h3>
        <Translate id="selfCheck.result.why">Why</Translate>
      </h3>
      <ul className={styles.reasons}>
        {result.findings.map((id) => {
          const anchor = findingAnchor(id);
          const verdict = findingVerdict(id, policy);
          return (
            <li key={id}>
              {verdict === null ? null : (
                <span className={styles.verdict}>
                  {translateMessage(verdictLabel(verdict, policy))}
                  {'. '}
                </span>
              )}
              {wording.findings[id].reason}{' '}
              <Link to={pathTo('policy', anchor)}>
                {translate(
                  { id: 'selfCheck.result.policyLink', message: 'Policy: {section}' },
                  { section: translateMessage(policySectionTitles[anchor]) },
                )}
              </Link>
            </li>
          );
        })}
      </ul>

      {steps.length > 0 ? (
        <>
          <h3>
            {result.outcome === 'stop' ? (
              <Translate id="selfCheck.result.wayForward">A welcome way forward</Translate>
            ) : (
              <Translate id="selfCheck.result.whatToDo">What to do first</Translate>
            )}
          </h3>
          <ol className={styles.steps}>
            {steps.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
        </>
      ) : null}

      {result.disclosure !== 'none' ? (
        <DisclosureBuilder
          need={result.disclosure}
          outcome={result.outcome}
          findings={result.findings}
          trailerStyle={policy.commitTrailer}
        />
      ) : null}

      <h3>
        <Translate id="selfCheck.result.answers">Your answers</Translate>
      </h3>
      <ol className={styles.answerList}>
        {answers.map((answer) => {
          const question = questionText(wording, answer.question);
          return (
            <li key={answer.question}>
              <span className={styles.answerQuestion}>{question.title}</span>
              {answer.options.length === 1 ? (
                <span>{question.options[answer.options[0]].label}</span>
              ) : (
                <ul className={styles.answerChoices}>
                  {answer.options.map((option) => (
                    <li key={option}>{question.options[option].label}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>

      <h3>
        <Translate id="selfCheck.result.share">Share this result</Translate>
      </h3>
      <p>
        <Translate id="selfCheck.result.shareText">
          The link holds your answers, but not the text you typed. Anyone who opens it sees this
          same result.
        </Translate>
      </p>
      <CopyButton
        text={permalink}
        label={translate({
          id: 'selfCheck.result.copyLink',
          message: 'Copy the link to this result',
        })}
      />

      <div className={styles.actions}>
        <StepActions dispatch={dispatch} />
      </div>
    </section>
  );
}
