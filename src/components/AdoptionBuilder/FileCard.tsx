import { useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import CopyButton from '@site/src/components/CopyButton';
import DownloadButton from '@site/src/components/DownloadButton';
import type { FileTexts } from './fileTexts';
import styles from './styles.module.css';

interface FileCardProps {
  /** The file's name or path, as shown: "ISSUE_TEMPLATE/bug_report.yml". */
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
  readonly texts: FileTexts;
  /** An image to show above the text, for the badge. */
  readonly image?: { readonly src: string; readonly alt: string };
  /** Something the reader must know about this file, shown above its buttons. */
  readonly notice?: ReactNode;
  /** Set while the file must not be downloaded; see DownloadButton. */
  readonly downloadBlocked?: { readonly describedBy: string; readonly onPress: () => void };
}

/** The file's last path segment: "bug_report.yml" for "ISSUE_TEMPLATE/bug_report.yml". */
export function baseNameOf(fileName: string): string {
  return fileName.split('/').pop() ?? fileName;
}

interface FileFrameProps {
  readonly fileName: string;
  readonly texts: FileTexts;
  readonly children: ReactNode;
}

/** A file's card: its path, what it is and where it goes, then what the card adds. */
export function FileFrame({ fileName, texts, children }: FileFrameProps): ReactNode {
  return (
    <article className={styles.file} aria-label={baseNameOf(fileName)}>
      <h4 className={styles.fileName}>
        <code>{fileName}</code>
      </h4>
      <p className={styles.fileAbout}>
        {texts.about} {texts.where}
      </p>
      {children}
    </article>
  );
}

interface FilePreviewProps {
  readonly fileName: string;
  readonly mediaType: string;
  readonly text: string;
}

/**
 * A file's text, shown when the reader opens it. Closed, it is one line of HTML: the page stays
 * light and quick to start on a phone, however many files the choices make.
 */
function FilePreview({ fileName, mediaType, text }: FilePreviewProps): ReactNode {
  const [open, setOpen] = useState(false);
  const label = translate(
    { id: 'adoptionBuilder.preview', message: 'Preview of {file}' },
    { file: baseNameOf(fileName) },
  );
  return (
    <details
      className={styles.previewBox}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className={styles.previewLabel}>{label}</summary>
      {open ? (
        <textarea
          aria-label={label}
          // Prose wraps; code keeps its lines and scrolls sideways. (HTML's `wrap` has no "off".)
          className={clsx(styles.preview, mediaType !== 'text/markdown' && styles.unwrapped)}
          readOnly
          spellCheck={false}
          // The generated files are English by design (src/data/message.ts): browsers that
          // translate pages leave this text alone.
          translate="no"
          value={text}
          rows={Math.max(3, Math.min(10, text.split('\n').length))}
        />
      ) : null}
    </details>
  );
}

/** One generated file: what it is, where it goes, Copy and Download, and a preview of its text. */
export default function FileCard({
  fileName,
  mediaType,
  text,
  texts,
  image,
  notice,
  downloadBlocked,
}: FileCardProps): ReactNode {
  const baseName = baseNameOf(fileName);
  return (
    <FileFrame fileName={fileName} texts={texts}>
      {notice}
      <div className={styles.actions}>
        <CopyButton
          text={text}
          label={translate(
            { id: 'adoptionBuilder.copy', message: 'Copy {file}' },
            { file: baseName },
          )}
        />
        <DownloadButton
          text={text}
          fileName={baseName}
          mediaType={mediaType}
          blocked={downloadBlocked}
          label={translate(
            { id: 'adoptionBuilder.download', message: 'Download {file}' },
            { file: baseName },
          )}
        />
      </div>
      {image ? (
        // The image shows the English words of a generated file, and its text says them.
        <img className={styles.badge} src={image.src} alt={image.alt} translate="no" />
      ) : null}
      <FilePreview fileName={fileName} mediaType={mediaType} text={text} />
    </FileFrame>
  );
}
