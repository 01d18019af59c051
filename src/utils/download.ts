/** Saves text as a file made in the browser: nothing is fetched from or sent to a server. */
export function saveText(fileName: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
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
