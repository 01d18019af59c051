import { useMemo, type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Translate from '@docusaurus/Translate';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { selfCheckText, type SelfCheckText } from './wordingText';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { needsJavaScript } from '@site/src/components/NoScript';
import Checklist from './Checklist';
import QuestionStep from './QuestionStep';
import ResultView from './ResultView';
import { longestPathFrom } from './logic';
import { useSelfCheck } from './useSelfCheck';
import styles from './styles.module.css';

interface InteractiveCheckProps {
  readonly policy: PolicyOptions;
  readonly wording: SelfCheckText;
}

function InteractiveCheck({ policy, wording }: InteractiveCheckProps): ReactNode {
  const { answers, step, addressIgnored, undone, dispatch, headingRef, noticeRef, checkRef } =
    useSelfCheck(policy);
  return (
    <div ref={checkRef} className={styles.check}>
      {addressIgnored ? (
        <p ref={noticeRef} tabIndex={-1} className={styles.notice} role="status">
          <Translate id="selfCheck.addressIgnored">
            The link you opened held answers that this check could not read. No problem: it starts
            again from the first question.
          </Translate>
        </p>
      ) : null}
      {step.kind === 'question' ? (
        <QuestionStep
          // A new key for each step resets the chosen answers and any error message.
          key={`${step.question}-${step.number}`}
          step={step}
          policy={policy}
          wording={wording}
          initialOptions={undone?.question === step.question ? undone.options : []}
          canGoBack={answers.length > 0}
          dispatch={dispatch}
          headingRef={headingRef}
        />
      ) : (
        <ResultView
          result={step.result}
          answers={answers}
          policy={policy}
          wording={wording}
          dispatch={dispatch}
          headingRef={headingRef}
        />
      )}
    </div>
  );
}

/**
 * The self-check, built from the flow in src/data/selfCheck/.
 *
 * The served HTML holds the whole check as a readable checklist, so it works
 * without JavaScript and search engines can read it. The interactive check
 * needs the page address, which only the browser knows, so it appears after
 * hydration: the server HTML and the first client render are the same (the
 * place kept for the check, a note shown only without JavaScript, and the
 * open checklist), and then the check takes its kept place while the
 * checklist's list folds behind a button below it, for readers who want to
 * see every question at once.
 */
export default function SelfCheck(): ReactNode {
  const isBrowser = useIsBrowser();
  const { policy } = useSiteConfig();
  const wording = useMemo(() => selfCheckText(policy.options), [policy.options]);
  return (
    <div className={styles.selfCheck}>
      {isBrowser ? (
        <InteractiveCheck policy={policy.options} wording={wording} />
      ) : (
        <>
          <noscript>
            <p className={styles.notice}>
              <Translate id="selfCheck.static.note">
                The step-by-step check needs JavaScript. Without it, you can still go through every
                question below, with what each answer means.
              </Translate>
            </p>
          </noscript>
          {/* Until the check starts, its place is kept, so nothing below it moves when it
              appears. Without JavaScript the note above stands in its place instead. */}
          <div className={styles.checkSpace} {...needsJavaScript} />
        </>
      )}
      <Checklist policy={policy.options} wording={wording} folded={isBrowser} />
    </div>
  );
}

/** The most questions the check can ask under this project's options, for the page's text. */
export function MaxQuestions(): ReactNode {
  return longestPathFrom('start', useSiteConfig().policy.options);
}
