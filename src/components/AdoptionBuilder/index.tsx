import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { pullRequestCheckSettings } from '@site/src/adoption/pullRequestCheck/settings';
import { policyOptionMeta, type PolicyOptionId } from '@site/src/data/policyOptions';
import type { CheckMode } from './builderState';
import OptionsStep, { checkModeText, CheckModeFieldset } from './OptionsStep';
import { useAdoptionBuilder } from './useAdoptionBuilder';
import { useRevealed } from './whenIdle';
import type { Message } from '@site/src/data/message';
import { needsJavaScript, NoScriptNotice } from '@site/src/components/NoScript';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import { translateMessage } from '@site/src/translation/translateMessage';
import styles from './styles.module.css';

/**
 * Steps 2 to 4, with the generators, the validator's words and the zip's layout, in a file of their
 * own. The page does not wait for them: they come after the first step, once the page has started.
 */
const LaterSteps = lazy(() => import('./LaterSteps'));

/**
 * The adoption builder: choose the policy's options, enter the project's
 * details, and take the files. It runs the same generators as the build, in
 * the browser, and sends nothing anywhere. Without JavaScript, none of its
 * choices, fields or buttons would do anything: a notice takes its place.
 */
export default function AdoptionBuilder(): ReactNode {
  const pathTo = useRoutePaths();
  return (
    <>
      <NoScriptNotice>
        <p>
          <Translate
            id="adoptionBuilder.noScript"
            values={{
              files: (
                <Link to={pathTo('adopt', 'repository-files')}>
                  <Translate id="adoptionBuilder.noScript.filesLink">
                    Files for your repository
                  </Translate>
                </Link>
              ),
              file: <code>site.config.ts</code>,
              publish: (
                <Link to={pathTo('adopt', 'how-to-adopt')}>
                  <Translate id="adoptionBuilder.noScript.publishLink">
                    Publish your own site
                  </Translate>
                </Link>
              ),
            }}
          >
            {
              'The builder needs JavaScript. Without it, you can still take this site’s own files, under {files}. You can also edit {file} by hand, as {publish} explains.'
            }
          </Translate>
        </p>
      </NoScriptNotice>
      <Builder />
    </>
  );
}

function Builder(): ReactNode {
  const { state, dispatch } = useAdoptionBuilder();
  const [announcement, setAnnouncement] = useState('');
  // The later steps come at the browser's first quiet moment, after the page has started.
  const started = useRevealed(1) > 0;

  const chooseCheckMode = useCallback(
    (mode: CheckMode) => {
      dispatch({ type: 'checkModeChosen', mode });
      setAnnouncement(
        translate(
          {
            id: 'adoptionBuilder.checkMode.updated',
            message: 'Pull-request check: {value}. The files below now follow this choice.',
          },
          { value: checkModeText(mode).label },
        ),
      );
    },
    [dispatch],
  );

  const choose = useCallback(
    (id: PolicyOptionId, value: string) => {
      dispatch({ type: 'optionChosen', id, value });
      const meta = policyOptionMeta[id];
      const valueMeta = (meta.values as Readonly<Record<string, { label: Message }>>)[value];
      setAnnouncement(
        translate(
          {
            id: 'adoptionBuilder.updated',
            message: '{option}: {value}. The summary and the files below now follow this choice.',
          },
          { option: translateMessage(meta.label), value: translateMessage(valueMeta.label) },
        ),
      );
    },
    [dispatch],
  );

  return (
    <div className={styles.builder} {...needsJavaScript}>
      <div className="alert alert--info">
        <Translate id="adoptionBuilder.privacy">
          Everything here happens in your browser. Nothing you choose or type is sent anywhere. Your
          choices are kept in this page’s address, after the “#” sign, so you can bookmark them or
          share them. Browsers do not send that part of an address to the server.
        </Translate>
      </div>
      <p role="status" className={styles.visuallyHidden}>
        {announcement}
      </p>

      <section aria-labelledby="adopt-step-options">
        <h3 id="adopt-step-options">
          <Translate id="adoptionBuilder.step1">Step 1: Choose the policy’s options</Translate>
        </h3>
        <p>
          <Translate id="adoptionBuilder.step1.intro">
            Each choice changes the policy, its summary and the files below. This site’s own choices
            are selected to begin with.
          </Translate>
        </p>
        <OptionsStep options={state.config.policy.options} onChoose={choose} />
        <CheckModeFieldset
          mode={pullRequestCheckSettings(state.config).mode}
          onChoose={chooseCheckMode}
        />
      </section>

      {/* Below the first step, so nothing on screen moves when they come. */}
      {started ? (
        <Suspense fallback={null}>
          <LaterSteps state={state} dispatch={dispatch} announce={setAnnouncement} />
        </Suspense>
      ) : null}
    </div>
  );
}
