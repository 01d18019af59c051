/** Saves a file made in the browser: nothing is fetched from or sent to a server. */
function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the object URL after this task; free it once it has.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Saves text as a file made in the browser. */
export function saveText(fileName: string, text: string, mediaType: string): void {
  saveBlob(fileName, new Blob([text], { type: `${mediaType};charset=utf-8` }));
}

/** Saves bytes, such as a zip, as a file made in the browser. */
export function saveBytes(
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  mediaType: string,
): void {
  saveBlob(fileName, new Blob([bytes], { type: mediaType }));
}
