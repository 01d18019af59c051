import type { ReactNode } from 'react';

interface DownloadButtonProps {
  /** The exact text of the file. */
  readonly text: string;
  /** The name the file is saved under, such as "AGENTS.md". */
  readonly fileName: string;
  readonly mediaType: string;
  /** What the button downloads, for its label: "Download AGENTS.md". */
  readonly label: string;
}

/** Saves text as a file, made in the browser: nothing is fetched from or sent to a server. */
function saveText(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke on the next task, after the browser has started the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
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
        saveText(text, fileName, mediaType);
      }}
    >
      {label}
    </button>
  );
}
