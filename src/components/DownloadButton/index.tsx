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
  /**
   * Set while the file must not be taken: the button stays in place with its label, says why
   * through the element `describedBy` names, and runs `onPress` instead of downloading.
   */
  readonly blocked?: { readonly describedBy: string; readonly onPress: () => void };
}

export default function DownloadButton({
  text,
  fileName,
  mediaType,
  label,
  blocked,
}: DownloadButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="button button--secondary button--sm"
      aria-disabled={blocked ? true : undefined}
      aria-describedby={blocked?.describedBy}
      onClick={() => {
        if (blocked) {
          blocked.onPress();
        } else {
          saveText(fileName, text, mediaType);
        }
      }}
    >
      {label}
    </button>
  );
}
