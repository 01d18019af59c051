import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { badgeAltText } from '@site/src/adoption/badge';
import { fileCatalog, includedFileIds, type GeneratedFileId } from '@site/src/adoption/fileCatalog';
import type { PolicySource } from '@site/src/adoption/policyMarkdown';
import type { SiteConfig } from '@site/src/config/types';
import type { Expectation } from '@site/src/config/expectations';
import {
  filesFromSource,
  madeFiles,
  makeFile,
  makeFiles,
  makeSiteConfigFile,
} from './builderFiles';
import { detailFields, type DetailField, type StartingTrace } from './builderState';
import CheckSummary, { FieldLinks, focusField } from './CheckSummary';
import DownloadAllButton from './DownloadAllButton';
import FileCard from './FileCard';
import { fileTexts, type FileTexts } from './fileTexts';
import UnavailableFileCard, { PendingFileCard } from './UnavailableFileCard';
import { usePolicySource } from './usePolicySource';
import { useRevealed } from './whenIdle';
import {
  repositoryTopLevel,
  siteConfigPath,
  snippetFolder,
  zipEntries,
  zipFileName,
  zipPath,
  type ZipEntry,
} from './zipArchive';
import styles from './styles.module.css';

interface FilesStepProps {
  readonly config: SiteConfig;
  /** The name of the project the builder started from. */
  readonly startName: string;
  /** Why each invalid field would stop the build. */
  readonly problems: Partial<Record<DetailField, Expectation>>;
  /** Fields that still hold the starting project's name or address. */
  readonly traces: Partial<Record<DetailField, StartingTrace>>;
}

/** Step 4: what the build would stop on, then every file, one by one or in one zip. */
export default function FilesStep({
  config,
  startName,
  problems,
  traces,
}: FilesStepProps): ReactNode {
  const source = usePolicySource();
  const siteConfigFile = useMemo(() => makeSiteConfigFile(config), [config]);
  const ids = includedFileIds(config.policy.options);
  // Four cards at a time, each time the browser is quiet: see useRevealed.
  const shownCards = useRevealed(Math.ceil(ids.length / cardsAtATime)) * cardsAtATime;
  const unmade = useUnmadeFiles();
  const siteConfigBlockedId = 'adopt-site-config-blocked';
  const texts = fileTexts();
  const invalidFields = detailFields.filter((field) => problems[field] !== undefined);
  const pending = (id: GeneratedFileId): boolean => source === null && filesFromSource.has(id);
  // The zip's files, as their cards found them: neither pending nor failed.
  const zipped = ids.filter((id) => !pending(id) && !unmade.ids.has(id));
  const missing = [
    ...(siteConfigFile.made ? [] : [siteConfigPath]),
    ...ids
      .filter((id) => unmade.ids.has(id))
      .map((id) => fileCatalog[id].repositoryPath ?? fileCatalog[id].fileName),
  ];
  // The files' texts are made again only when the zip is asked for.
  const makeEntries = (): readonly ZipEntry[] =>
    zipEntries(
      madeFiles(makeFiles(config, source)),
      siteConfigFile.made ? siteConfigFile.text : null,
    );

  return (
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
          Copy each file, or download it. The build of your site makes the same files and publishes
          them under /files/.
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
                    {repositoryTopLevel(
                      zipped.map((id) => ({ path: zipPath(fileCatalog[id]), text: '' })),
                    ).map((name, index) => (
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
          makeEntries={makeEntries}
          fileName={zipFileName(config.project.name)}
          invalidFields={invalidFields}
          preparing={source === null}
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
              <div id={siteConfigBlockedId} className={`alert alert--danger ${styles.unavailable}`}>
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
      {ids.slice(0, shownCards).map((id) => (
        <GeneratedFileCard
          key={id}
          id={id}
          config={config}
          source={source}
          texts={texts[id]}
          onMade={unmade.report}
        />
      ))}
      {config.policy.options.agentsFile === 'none' ? (
        <p className={styles.noFile}>
          <Translate id="adoptionBuilder.noAgentsFile">
            Your choices include no AGENTS.md. To get one, choose “A file that says no” under
            AGENTS.md in step 1.
          </Translate>
        </p>
      ) : null}
    </section>
  );
}

/** How many file cards come in each quiet moment of the browser, after the first. */
const cardsAtATime = 4;

/** The files that their cards could not make, as the cards report them, for the zip's note. */
function useUnmadeFiles(): {
  readonly ids: ReadonlySet<GeneratedFileId>;
  readonly report: (id: GeneratedFileId, made: boolean) => void;
} {
  const [ids, setIds] = useState<ReadonlySet<GeneratedFileId>>(() => new Set());
  const report = useCallback((id: GeneratedFileId, made: boolean) => {
    setIds((known) => {
      if (known.has(id) !== made) {
        return known;
      }
      const next = new Set(known);
      if (made) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
  }, []);
  return { ids, report };
}

interface GeneratedFileCardProps {
  readonly id: GeneratedFileId;
  readonly config: SiteConfig;
  readonly source: PolicySource | null;
  readonly texts: FileTexts;
  /** Told whether the file could be made, each time that changes, and as made when the card goes. */
  readonly onMade: (id: GeneratedFileId, made: boolean) => void;
}

/**
 * One generated file's card. Each card makes its own file, so React can make the cards one by
 * one, with the page answering in between, instead of every file in one long step.
 */
function GeneratedFileCard({
  id,
  config,
  source,
  texts,
  onMade,
}: GeneratedFileCardProps): ReactNode {
  const outcome = useMemo(() => makeFile(id, config, source), [id, config, source]);
  const failed = !outcome.made && outcome.pending !== true;
  useEffect(() => {
    onMade(id, !failed);
  }, [id, failed, onMade]);
  useEffect(
    () => () => {
      onMade(id, true);
    },
    [id, onMade],
  );
  if (outcome.made) {
    const { file } = outcome;
    return (
      <FileCard
        fileName={file.repositoryPath ?? file.fileName}
        mediaType={file.mediaType}
        text={file.text}
        texts={texts}
        image={
          file.id === 'badgeSvg'
            ? {
                src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.text)}`,
                alt: badgeAltText(config),
              }
            : undefined
        }
      />
    );
  }
  const fileName = outcome.repositoryPath ?? outcome.fileName;
  return outcome.pending === true ? (
    <PendingFileCard fileName={fileName} texts={texts} />
  ) : (
    <UnavailableFileCard fileName={fileName} texts={texts} reason={outcome.reason} />
  );
}
