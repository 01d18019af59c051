/** Saves text as a file through a temporary link, so no server is needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
