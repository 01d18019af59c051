import { useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { verdictLabel } from '@site/src/data/disclosureUses';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { policySectionTitles } from '@site/src/data/policySections';
import {
  questions,
  type Answer,
  type FindingId,
  type FindingLevel,
  type NextStep,
  type QuestionId,
  type QuestionNode,
} from '@site/src/data/selfCheck/flow';
import { findingText, questionText, type SelfCheckText } from './wordingText';
import { resolveChoice } from '@site/src/data/policyChoice';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import {
  findingAnchor,
  findingLevel,
  findingVerdict,
  nextAfter,
  optionsOf,
  reachableQuestions,
} from './logic';
import styles from './styles.module.css';
import { translateMessage } from '@site/src/translation/translateMessage';

/** What a finding means, in words: the table's verdict for a use, the level otherwise. */
function meaningLabel(finding: FindingId, policy: PolicyOptions): string {
  const verdict = findingVerdict(finding, policy);
  if (verdict !== null) {
    return `${translateMessage(verdictLabel(verdict, policy))}.`;
  }
  const level: FindingLevel = findingLevel(finding, policy);
  switch (level) {
    case 'fine':
      return translate({ id: 'selfCheck.level.fine', message: 'Fine as it is.' });
    case 'disclose':
      return translate({ id: 'selfCheck.level.disclose', message: 'Fine once disclosed.' });
    case 'yourCall':
      return translate({
        id: 'selfCheck.level.yourCall',
        message: 'Your decision: say so, and ask.',
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
  readonly wording: SelfCheckText;
  /** Folded behind a button once the interactive check is there. */
  readonly folded: boolean;
}

/** Every question this project's options can reach, with what each answer means. */
export default function Checklist({ policy, wording, folded }: ChecklistProps): ReactNode {
  const pathTo = useRoutePaths();
  const [open, setOpen] = useState(false);
  const reachable = reachableQuestions(policy);
  const numberOf = (question: QuestionId): number => reachable.indexOf(question) + 1;

  const nextLink = (next: NextStep): ReactNode => (
    <p className={styles.checklistNext}>
      {next === 'end' ? (
        <Translate id="selfCheck.checklist.end">This answer ends the check.</Translate>
      ) : (
        <a href={`#${anchorFor(next)}`}>
          {translate(
            { id: 'selfCheck.checklist.next', message: 'Next: question {number}' },
            { number: numberOf(next) },
          )}
        </a>
      )}
    </p>
  );

  const content = (
    <>
      <p>
        <Translate id="selfCheck.checklist.intro">
          Start at question 1. Each answer says what it means, and which question to read next. Go
          on to the end, even after an answer that needs work: then you see everything at once.
        </Translate>
      </p>
      <ol className={styles.checklist}>
        {reachable.map((question) => {
          const text = questionText(wording, question);
          const node = questions[question] as QuestionNode;
          return (
            <li key={question} id={anchorFor(question)} className={styles.checklistQuestion}>
              <h3 className={styles.checklistTitle}>{text.title}</h3>
              {text.hint ? <p className={styles.hint}>{text.hint}</p> : null}
              <ul className={styles.checklistOptions}>
                {optionsOf(question, policy).map((option) => {
                  const meaning = option.finding ? findingText(wording, option.finding) : undefined;
                  const next = nextAfter({ question, options: [option.id] } as Answer, policy);
                  // In a "choose all that apply" question, only an answer that ends the check
                  // says so; the next question is named once, below the answers.
                  const shownNext = node.kind === 'multiple' && next !== 'end' ? null : next;
                  return (
                    <li key={option.id}>
                      <p className={styles.checklistAnswer}>{text.options[option.id].label}</p>
                      {option.finding && meaning ? (
                        <p>
                          <span className={styles.checklistLevel}>
                            {meaningLabel(option.finding, policy)}
                          </span>{' '}
                          {meaning.reason}{' '}
                          <Link to={pathTo('policy', findingAnchor(option.finding))}>
                            {translate(
                              { id: 'selfCheck.result.policyLink', message: 'Policy: {section}' },
                              {
                                section: translate(
                                  policySectionTitles[findingAnchor(option.finding)],
                                ),
                              },
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
                      {shownNext === null ? null : nextLink(shownNext)}
                    </li>
                  );
                })}
              </ul>
              {node.kind === 'multiple' ? (
                <>
                  <p className={styles.checklistNext}>
                    <Translate id="selfCheck.checklist.otherwise">
                      With any other answers:
                    </Translate>
                  </p>
                  {nextLink(resolveChoice(node.next, policy))}
                </>
              ) : null}
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
          <Translate id="selfCheck.checklist.results.yourCall">
            Otherwise, if one of your answers is your decision, decide whether you are the author.
            If you submit the work, say what the tool did, and ask the reviewers.
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
  // The section stays the same element before and after hydration, and folding only hides its
  // list: taking a large part of the page out and putting another in its place, as a <details>
  // did, blocked a phone's main thread for about two seconds while the page was starting.
  return (
    <section aria-labelledby="self-check-checklist" className={styles.checklistSection}>
      <h2 id="self-check-checklist">{title}</h2>
      {folded ? (
        <button
          type="button"
          className={clsx('button button--secondary button--sm', styles.checklistToggle)}
          aria-expanded={open}
          aria-controls="self-check-checklist-content"
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open
            ? translate({ id: 'selfCheck.checklist.hide', message: 'Hide the questions' })
            : translate({ id: 'selfCheck.checklist.show', message: 'Show every question' })}
        </button>
      ) : null}
      <div id="self-check-checklist-content" hidden={folded && !open}>
        {content}
      </div>
    </section>
  );
}
