import { useCallback, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { badgeAltText } from '@site/src/adoption/badge';
import { pullRequestCheckSettings } from '@site/src/adoption/pullRequestCheck';
import { policyOptionMeta, type PolicyOptionId } from '@site/src/data/policyOptions';
import { madeFiles } from './builderFiles';
import { detailFields, type CheckMode } from './builderState';
import CheckSummary, { FieldLinks, focusField } from './CheckSummary';
import DetailsStep from './DetailsStep';
import DownloadAllButton from './DownloadAllButton';
import FileCard from './FileCard';
import { fileTexts } from './fileTexts';
import OptionsStep, { checkModeText, CheckModeFieldset } from './OptionsStep';
import UnavailableFileCard, { PendingFileCard } from './UnavailableFileCard';
import { useAdoptionBuilder } from './useAdoptionBuilder';
import {
  repositoryTopLevel,
  siteConfigPath,
  snippetFolder,
  zipEntries,
  zipFileName,
} from './zipArchive';
import type { Message } from '@site/src/data/message';
import { needsJavaScript, NoScriptNotice } from '@site/src/components/NoScript';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import { translateMessage } from '@site/src/translation/translateMessage';
import styles from './styles.module.css';

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
  const { state, dispatch, problems, traces, files, siteConfigFile, summary } =
    useAdoptionBuilder();
  const [announcement, setAnnouncement] = useState('');
  const startOverButton = useRef<HTMLButtonElement>(null);
  const siteConfigBlockedId = 'adopt-site-config-blocked';
  const texts = fileTexts();
  const startName = state.start.project.name;
  const invalidFields = detailFields.filter((field) => problems[field] !== undefined);
  const made = madeFiles(files);
  const entries = zipEntries(made, siteConfigFile.made ? siteConfigFile.text : null);
  const missing = [
    ...(siteConfigFile.made ? [] : [siteConfigPath]),
    ...files.flatMap((outcome) =>
      outcome.made || outcome.pending === true ? [] : [outcome.repositoryPath ?? outcome.fileName],
    ),
  ];

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
          config={state.config}
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
              setAnnouncement(
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
                  setAnnouncement(
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

      <section aria-labelledby="adopt-step-files">
        <h3 id="adopt-step-files">
          <Translate id="adoptionBuilder.step4">Step 4: Take your files</Translate>
        </h3>
        <CheckSummary
          problems={problems}
          traces={traces}
          startName={startName}
          fields={detailFields}
        />
        <p>
          <Translate id="adoptionBuilder.step4.intro">
            Copy each file, or download it. The build of your site makes the same files and
            publishes them under /files/.
          </Translate>
        </p>
        <div className={styles.zip}>
          <p>
            <Translate id="adoptionBuilder.zip.intro">
              Or take every file at once, in one zip file. In the zip:
            </Translate>
          </p>
          <ul>
            <li>
              <Translate
                id="adoptionBuilder.zip.siteConfig"
                values={{ file: <code>{siteConfigPath}</code> }}
              >
                {'{file} is for your fork of this site. It replaces the file of the same name.'}
              </Translate>
            </li>
            <li>
              <Translate
                id="adoptionBuilder.zip.repository"
                values={{
                  names: (
                    <>
                      {repositoryTopLevel(entries).map((name, index) => (
                        <span key={name}>
                          {index > 0 ? ', ' : null}
                          <code>{name}</code>
                        </span>
                      ))}
                    </>
                  ),
                }}
              >
                {'{names}: these are for your code repository. Put them at the same paths there.'}
              </Translate>
            </li>
            <li>
              <Translate
                id="adoptionBuilder.zip.snippets"
                values={{ folder: <code>{`${snippetFolder}/`}</code> }}
              >
                {
                  '{folder} holds text to paste into other files, such as CONTRIBUTING.md and your README, and files that your site publishes itself. Each card below says where its file goes.'
                }
              </Translate>
            </li>
          </ul>
          <DownloadAllButton
            entries={entries}
            fileName={zipFileName(state.config.project.name)}
            invalidFields={invalidFields}
            preparing={files.some((outcome) => !outcome.made && outcome.pending === true)}
          />
          {missing.length > 0 ? (
            <p className={styles.help}>
              <Translate id="adoptionBuilder.zip.missing" values={{ files: missing.join(', ') }}>
                {'These files could not be made, so the zip leaves them out: {files}.'}
              </Translate>
            </p>
          ) : null}
        </div>
        {siteConfigFile.made ? (
          <FileCard
            fileName={siteConfigPath}
            mediaType="text/plain"
            text={siteConfigFile.text}
            texts={texts.siteConfig}
            notice={
              invalidFields.length > 0 ? (
                <div
                  id={siteConfigBlockedId}
                  className={`alert alert--danger ${styles.unavailable}`}
                >
                  <p>
                    <Translate id="adoptionBuilder.siteConfig.wouldStop">
                      Your site’s build would stop on this file until these fields are fixed in step
                      2:
                    </Translate>
                  </p>
                  <FieldLinks fields={invalidFields} />
                  <p>
                    <Translate id="adoptionBuilder.siteConfig.downloadBlocked">
                      You can download this file when these fields are fixed. You can still copy its
                      text now, and fix those fields in your copy.
                    </Translate>
                  </p>
                </div>
              ) : null
            }
            downloadBlocked={
              invalidFields.length > 0
                ? {
                    describedBy: siteConfigBlockedId,
                    onPress: () => {
                      focusField(invalidFields[0]);
                    },
                  }
                : undefined
            }
          />
        ) : (
          <UnavailableFileCard
            fileName={siteConfigPath}
            texts={texts.siteConfig}
            reason={siteConfigFile.reason}
          />
        )}
        {files.map((outcome) =>
          outcome.made ? (
            <FileCard
              key={outcome.file.id}
              fileName={outcome.file.repositoryPath ?? outcome.file.fileName}
              mediaType={outcome.file.mediaType}
              text={outcome.file.text}
              texts={texts[outcome.file.id]}
              image={
                outcome.file.id === 'badgeSvg'
                  ? {
                      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(outcome.file.text)}`,
                      alt: badgeAltText(state.config),
                    }
                  : undefined
              }
            />
          ) : outcome.pending ? (
            <PendingFileCard
              key={outcome.id}
              fileName={outcome.repositoryPath ?? outcome.fileName}
              texts={texts[outcome.id]}
            />
          ) : (
            <UnavailableFileCard
              key={outcome.id}
              fileName={outcome.repositoryPath ?? outcome.fileName}
              texts={texts[outcome.id]}
              reason={outcome.reason}
            />
          ),
        )}
        {state.config.policy.options.agentsFile === 'none' ? (
          <p className={styles.noFile}>
            <Translate id="adoptionBuilder.noAgentsFile">
              Your choices include no AGENTS.md. To get one, choose “A file that says no” under
              AGENTS.md in step 1.
            </Translate>
          </p>
        ) : null}
      </section>
    </div>
  );
}
