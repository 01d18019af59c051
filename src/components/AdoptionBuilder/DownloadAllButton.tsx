import { useEffect, useId, useState, type ReactNode } from 'react';
import { interpolate } from '@docusaurus/Interpolate';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { saveBytes } from '@site/src/utils/download';
import type { DetailField } from './builderState';
import { FieldLinks, focusField } from './CheckSummary';
import { zipBytes, type ZipEntry } from './zipArchive';
import styles from './styles.module.css';

interface DownloadAllButtonProps {
  /** Makes the files in the zip, with their paths, when the zip is asked for. */
  readonly makeEntries: () => readonly ZipEntry[];
  /** The name the zip is saved under. */
  readonly fileName: string;
  /**
   * The fields the build would stop on, in the order of step 2. While there are any, the zip
   * would hold a site.config.ts that does not build, so the button takes the reader to the first
   * of them instead.
   */
  readonly invalidFields: readonly DetailField[];
  /**
   * True while files made from the policy's text are still loading. A press then waits for
   * them, so the zip always holds every file.
   */
  readonly preparing: boolean;
}

type DownloadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'saved'; readonly fileName: string; readonly count: number }
  | { readonly kind: 'failed' };

/**
 * Downloads one zip with every file. The zip library loads only when the
 * button is pressed, so the page itself stays light.
 */
export default function DownloadAllButton({
  makeEntries,
  fileName,
  invalidFields,
  preparing,
}: DownloadAllButtonProps): ReactNode {
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const { selectMessage } = usePluralForm();
  const blockedId = useId();
  const blocked = invalidFields.length > 0;

  const download = async (): Promise<void> => {
    try {
      // Destructured here so that the bundler keeps only these two functions of fflate.
      const { zipSync, strToU8 } = await import('fflate');
      const entries = makeEntries();
      saveBytes(fileName, zipBytes(entries, { zipSync, strToU8 }), 'application/zip');
      setState({ kind: 'saved', fileName, count: entries.length });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  // A press while the files were loading: the download starts as soon as they are there.
  const waiting = state.kind === 'waiting';
  useEffect(() => {
    if (waiting && !preparing && !blocked) {
      // Saving the zip is the effect; its state is set only after the zip library has loaded.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      void download();
    }
    // `download` makes the entries of this render, which are complete once `preparing` is false.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, preparing, blocked]);

  return (
    <div className={styles.downloadAll}>
      <button
        type="button"
        className={`button ${blocked ? 'button--secondary' : 'button--primary'}`}
        aria-disabled={blocked ? true : undefined}
        aria-describedby={blocked ? blockedId : undefined}
        onClick={() => {
          if (blocked) {
            focusField(invalidFields[0]);
          } else if (preparing) {
            setState({ kind: 'waiting' });
          } else {
            void download();
          }
        }}
      >
        <Translate id="adoptionBuilder.downloadAll">Download all files as a zip</Translate>
      </button>
      {blocked ? (
        <div id={blockedId} className={styles.downloadBlocked}>
          <p>
            <Translate id="adoptionBuilder.downloadAll.blocked">
              You can download the zip when these fields are fixed in step 2. Your site’s build
              would stop on them:
            </Translate>
          </p>
          <FieldLinks fields={invalidFields} />
        </div>
      ) : null}
      <p role="status" className={styles.downloadAllStatus}>
        {waiting
          ? translate({
              id: 'adoptionBuilder.downloadAll.waiting',
              message: 'Preparing the files. The zip follows in a moment.',
            })
          : null}
        {state.kind === 'saved' && !blocked
          ? // The file name goes in after the plural form is chosen, since a name may contain "|".
            interpolate(
              selectMessage(
                state.count,
                translate({
                  id: 'adoptionBuilder.downloadAll.saved',
                  message:
                    'Your browser is saving {fileName}, with one file.|Your browser is saving {fileName}, with {count} files.',
                }),
              ),
              { fileName: state.fileName, count: state.count },
            )
          : null}
        {state.kind === 'failed'
          ? translate({
              id: 'adoptionBuilder.downloadAll.failed',
              message:
                'The zip could not be made. Please try again, or copy or download each file below.',
            })
          : null}
      </p>
    </div>
  );
}
