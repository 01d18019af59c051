import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { policySectionTitles } from '@site/src/data/policySections';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import {
  findings as findingNodes,
  type FindingLevel,
  type QuestionId,
} from '@site/src/data/selfCheck/flow';
import { findingText, questionText, type SelfCheckWording } from '@site/src/data/selfCheck/wording';
import { optionsOf, reachableQuestions, resolve } from './logic';
import styles from './styles.module.css';

function levelLabel(level: FindingLevel, policy: PolicyOptions): string {
  switch (level) {
    case 'fine':
      return translate({ id: 'selfCheck.level.fine', message: 'Fine as it is.' });
    case 'disclose':
      return policy.disclosure === 'required'
        ? translate({ id: 'selfCheck.level.disclose', message: 'Fine once disclosed.' })
        : translate({
            id: 'selfCheck.level.discloseEncouraged',
            message: 'Fine; a disclosure is encouraged.',
          });
    case 'work':
      return translate({ id: 'selfCheck.level.work', message: 'Needs work first.' });
    case 'stop':
      return translate({
        id: 'selfCheck.level.stop',
        message: 'Not acceptable under this policy.',
      });
  }
}

const anchorFor = (question: QuestionId): string => `self-check-${question}`;

interface ChecklistProps {
  readonly policy: PolicyOptions;
  readonly wording: SelfCheckWording;
  /** Folded into a closed <details> once the interactive check is there. */
  readonly folded: boolean;
}

/** Every question this project's options can reach, with what each answer means. */
export default function Checklist({ policy, wording, folded }: ChecklistProps): ReactNode {
  const pathTo = useRoutePaths();
  const reachable = reachableQuestions(policy);
  const numberOf = (question: QuestionId): number => reachable.indexOf(question) + 1;

  const content = (
    <>
      <p>
        <Translate id="selfCheck.checklist.intro">
          Start at question 1. Each answer says what it means, and which question to read next.
        </Translate>
      </p>
      <ol className={styles.checklist}>
        {reachable.map((question) => {
          const text = questionText(wording, question);
          return (
            <li key={question} id={anchorFor(question)} className={styles.checklistQuestion}>
              <h3 className={styles.checklistTitle}>{text.title}</h3>
              {text.hint ? <p className={styles.hint}>{text.hint}</p> : null}
              <ul className={styles.checklistOptions}>
                {optionsOf(question).map((option) => {
                  const next = resolve(option.next, policy);
                  const finding = resolve(option.finding, policy);
                  const meaning = finding ? findingText(wording, finding) : undefined;
                  return (
                    <li key={option.id}>
                      <p className={styles.checklistAnswer}>{text.options[option.id].label}</p>
                      {finding && meaning ? (
                        <p>
                          <span className={styles.checklistLevel}>
                            {levelLabel(findingNodes[finding].level, policy)}
                          </span>{' '}
                          {meaning.reason}{' '}
                          <Link to={pathTo('policy', findingNodes[finding].anchor)}>
                            {translate(
                              { id: 'selfCheck.result.policyLink', message: 'Policy: {section}' },
                              { section: translate(policySectionTitles[findingNodes[finding].anchor]) },
                            )}
                          </Link>
                        </p>
                      ) : null}
                      {meaning?.steps ? (
                        <ul>
                          {meaning.steps.map((step) => (
                            <li key={step}>{step}</li>
                          ))}
                        </ul>
                      ) : null}
                      <p className={styles.checklistNext}>
                        {next === 'end' ? (
                          <Translate id="selfCheck.checklist.end">
                            This answer ends the check.
                          </Translate>
                        ) : (
                          <a href={`#${anchorFor(next)}`}>
                            {translate(
                              {
                                id: 'selfCheck.checklist.next',
                                message: 'Next: question {number}',
                              },
                              { number: numberOf(next) },
                            )}
                          </a>
                        )}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <h3 className={styles.checklistTitle}>
        <Translate id="selfCheck.checklist.results">The result</Translate>
      </h3>
      <ul>
        <li>
          <Translate id="selfCheck.checklist.results.stop">
            If one of your answers is not acceptable under this policy, follow the way forward that
            it describes.
          </Translate>
        </li>
        <li>
          <Translate id="selfCheck.checklist.results.work">
            Otherwise, if one of your answers needs work first, do the steps it lists, then check
            again.
          </Translate>
        </li>
        <li>
          {policy.disclosure === 'required' ? (
            <Translate id="selfCheck.checklist.results.disclose">
              Otherwise, if one of your answers needs a disclosure, your contribution is ready once
              you disclose how an LLM helped.
            </Translate>
          ) : (
            <Translate id="selfCheck.checklist.results.encouraged">
              Otherwise, your contribution is ready. Where an answer mentions a disclosure, this
              project encourages one.
            </Translate>
          )}
        </li>
        <li>
          <Translate id="selfCheck.checklist.results.ready">
            If every answer is fine as it is, your contribution is ready to submit.
          </Translate>
        </li>
      </ul>
    </>
  );

  const title = translate({
    id: 'selfCheck.checklist.title',
    message: 'All questions on one page',
  });
  if (folded) {
    return (
      <details className={styles.checklistDetails}>
        <summary className={styles.checklistSummary}>{title}</summary>
        {content}
      </details>
    );
  }
  return (
    <section aria-labelledby="self-check-checklist" className={styles.checklistSection}>
      <h2 id="self-check-checklist">{title}</h2>
      {content}
    </section>
  );
}
