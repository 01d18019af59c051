import { useCallback, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { badgeAltText } from '@site/src/adoption/badge';
import { policyOptionMeta, type PolicyOptionId } from '@site/src/data/policyOptions';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { detailFields } from './builderState';
import DetailsStep, { fieldInputId } from './DetailsStep';
import FileCard from './FileCard';
import { fieldTexts } from './fieldTexts';
import { fileTexts } from './fileTexts';
import OptionsStep from './OptionsStep';
import { useAdoptionBuilder } from './useAdoptionBuilder';
import styles from './styles.module.css';

/**
 * The adoption builder: choose the policy's options, enter the project's
 * details, and take the files. It runs the same generators as the build, in
 * the browser, and sends nothing anywhere.
 */
export default function AdoptionBuilder(): ReactNode {
  const siteConfig = useSiteConfig();
  const { state, dispatch, problems, files, siteConfigText, summary } = useAdoptionBuilder();
  const [announcement, setAnnouncement] = useState('');
  const texts = fileTexts();
  const fieldLabels = fieldTexts();
  // Only fields the user has left: a field being typed in is not yet an error.
  const invalidFields = detailFields.filter(
    (field) => problems[field] !== undefined && state.checkedFields.includes(field),
  );

  const choose = useCallback(
    (id: PolicyOptionId, value: string) => {
      dispatch({ type: 'optionChosen', id, value });
      const meta = policyOptionMeta[id];
      const valueMeta = (meta.values as Readonly<Record<string, { label: string }>>)[value];
      setAnnouncement(
        translate(
          {
            id: 'adoptionBuilder.updated',
            message: '{option}: {value}. The summary and the files below now follow this choice.',
          },
          { option: meta.label, value: valueMeta.label },
        ),
      );
    },
    [dispatch],
  );

  return (
    <div className={styles.builder}>
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
          problems={problems}
          checkedFields={state.checkedFields}
          dispatch={dispatch}
        />
        <button
          type="button"
          className={`button button--secondary button--sm ${styles.startOver}`}
          onClick={() => {
            dispatch({ type: 'startedOver', config: siteConfig });
            setAnnouncement(
              translate({
                id: 'adoptionBuilder.startedOver',
                message: 'All choices and details are back to this site’s own.',
              }),
            );
          }}
        >
          <Translate id="adoptionBuilder.startOver">Start again from this site’s choices</Translate>
        </button>
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
        {invalidFields.length > 0 ? (
          <div className={`alert alert--warning ${styles.attention}`} role="alert">
            <p>
              <Translate id="adoptionBuilder.fixFirst" values={{ count: invalidFields.length }}>
                {
                  'Some details in step 2 need attention ({count}). The files below use what you typed, so please fix these first:'
                }
              </Translate>
            </p>
            <ul>
              {invalidFields.map((field) => (
                <li key={field}>
                  <a
                    href={`#${fieldInputId(field)}`}
                    onClick={(event) => {
                      // Move focus into the field itself, not just the page to it.
                      event.preventDefault();
                      document.getElementById(fieldInputId(field))?.focus();
                    }}
                  >
                    {fieldLabels[field].label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <Translate id="adoptionBuilder.step4.intro">
            Copy each file, or download it. The build of your site makes the same files and
            publishes them under /files/.
          </Translate>
        </p>
        <FileCard
          fileName="site.config.ts"
          mediaType="text/plain"
          text={siteConfigText}
          texts={texts.siteConfig}
        />
        {files.map((file) => (
          <FileCard
            key={file.id}
            fileName={file.repositoryPath ?? file.fileName}
            mediaType={file.mediaType}
            text={file.text}
            texts={texts[file.id]}
            image={
              file.id === 'badgeSvg'
                ? {
                    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.text)}`,
                    alt: badgeAltText(state.config),
                  }
                : undefined
            }
          />
        ))}
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
