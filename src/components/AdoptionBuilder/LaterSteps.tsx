import { useMemo, useRef, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { PolicyOptions } from '@site/src/data/policyOptions';
import { policySummary } from '@site/src/data/policySummary';
import { translateMessage } from '@site/src/translation/translateMessage';
import {
  fieldProblems,
  startingTraces,
  type BuilderAction,
  type BuilderState,
} from './builderState';
import DetailsStep from './DetailsStep';
import FilesStep from './FilesStep';
import { useRevealed } from './whenIdle';
import styles from './styles.module.css';

interface LaterStepsProps {
  readonly state: BuilderState;
  readonly dispatch: (action: BuilderAction) => void;
  /** Says something to screen readers, in the builder's status line. */
  readonly announce: (text: string) => void;
}

/**
 * Steps 2 to 4: the project's details, the summary of the policy, and the files. They load in
 * their own file once the page has started (index.tsx), with the generators they use.
 */
export default function LaterSteps({ state, dispatch, announce }: LaterStepsProps): ReactNode {
  const { config, start } = state;
  const startName = start.project.name;
  const problems = useMemo(() => fieldProblems(config), [config]);
  const traces = useMemo(() => startingTraces(config, start), [config, start]);
  const startOverButton = useRef<HTMLButtonElement>(null);
  // Step 2 first, then steps 3 and 4, each when the browser is quiet: see useRevealed.
  const parts = useRevealed(2);
  if (parts === 0) {
    return null;
  }
  return (
    <>
      <section aria-labelledby="adopt-step-details">
        <h3 id="adopt-step-details">
          <Translate id="adoptionBuilder.step2">Step 2: Enter your project’s details</Translate>
        </h3>
        <p>
          <Translate id="adoptionBuilder.step2.intro">
            The build checks these values in the same way, so a field marked here would also stop
            the build.
          </Translate>
        </p>
        <DetailsStep
          config={config}
          startName={startName}
          problems={problems}
          traces={traces}
          dispatch={dispatch}
        />
        <div className={styles.startOver}>
          <button
            ref={startOverButton}
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              dispatch({ type: 'startedOver' });
              announce(
                translate({
                  id: 'adoptionBuilder.startedOver',
                  message:
                    'Your changes were cleared. All choices and details are back to this site’s own. To bring your changes back, press Undo.',
                }),
              );
            }}
          >
            <Translate id="adoptionBuilder.startOver">
              Start again from this site’s choices
            </Translate>
          </button>
          {/* Shown until the next change, so that one click loses no work. */}
          {state.cleared === null ? null : (
            <p className={styles.undo}>
              <Translate id="adoptionBuilder.startedOver.visible">
                Your changes were cleared.
              </Translate>{' '}
              <button
                type="button"
                className="button button--primary button--sm"
                onClick={() => {
                  dispatch({ type: 'startOverUndone' });
                  announce(
                    translate({
                      id: 'adoptionBuilder.startOverUndone',
                      message: 'Your changes are back.',
                    }),
                  );
                  // The Undo button goes away: the focus stays nearby.
                  startOverButton.current?.focus();
                }}
              >
                <Translate id="adoptionBuilder.undo">Undo</Translate>
              </button>
            </p>
          )}
        </div>
      </section>

      {parts > 1 ? (
        <>
          <SummaryStep options={config.policy.options} />
          <FilesStep config={config} startName={startName} problems={problems} traces={traces} />
        </>
      ) : null}
    </>
  );
}

/** Step 3: the "In short" points of the policy, with the chosen options, in the reader's language. */
function SummaryStep({ options }: { readonly options: PolicyOptions }): ReactNode {
  const summary = useMemo(
    () =>
      policySummary(options).map((point) => ({
        name: translateMessage(point.name),
        text: point.sentences.map((sentence) => translateMessage(sentence)).join(' '),
      })),
    [options],
  );
  return (
    <section aria-labelledby="adopt-step-summary">
      <h3 id="adopt-step-summary">
        <Translate id="adoptionBuilder.step3">Step 3: Check the summary of your policy</Translate>
      </h3>
      <p>
        <Translate id="adoptionBuilder.step3.intro">
          This is the “In short” box of your policy, with your choices. The whole text is in
          LLM_POLICY.md below.
        </Translate>
      </p>
      <ul
        className={styles.summary}
        aria-label={translate({
          id: 'adoptionBuilder.summaryLabel',
          message: 'Summary of your policy',
        })}
      >
        {summary.map((point) => (
          <li key={point.name}>
            <strong>{point.name}:</strong> {point.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
