import type { ReactNode } from 'react';
import { saveText } from '@site/src/utils/download';

interface DownloadButtonProps {
  /** The exact text of the file. */
  readonly text: string;
  /** The name the file is saved under, such as "AGENTS.md". */
  readonly fileName: string;
  readonly mediaType: string;
  /** What the button downloads, for its label: "Download AGENTS.md". */
  readonly label: string;
}

export default function DownloadButton({
  text,
  fileName,
  mediaType,
  label,
}: DownloadButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="button button--secondary button--sm"
      onClick={() => {
        saveText(fileName, text, mediaType);
      }}
    >
      {label}
    </button>
  );
}
