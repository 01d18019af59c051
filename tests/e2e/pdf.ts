/**
 * Reads the little that the print tests need from a PDF that Chromium made,
 * without a PDF library: its pages and its outline. Chromium writes each page
 * and each outline entry as a plain object; only page contents are compressed.
 */

/** The number of pages. */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b/g)].length;
}

/** A PDF string, literal "(...)" or hex "<...>" (UTF-16 with a byte-order mark, or bytes). */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const bytes = Buffer.from(token.slice(1, -1), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return bytes.subarray(2).swap16().toString('utf16le');
    }
    return bytes.toString('latin1');
  }
  return token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/gs, (_, escaped: string) => {
    if (/^[0-7]+$/.test(escaped)) {
      return String.fromCharCode(parseInt(escaped, 8));
    }
    return { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[escaped] ?? escaped;
  });
}

/**
 * The titles of the outline (the bookmarks that `page.pdf({ tagged: true, outline: true })`
 * makes from the headings of a tagged PDF), in order, after the document's own title.
 */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  return [
    ...pdf.toString('latin1').matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:[^()\\]|\\.)*\))/gs),
  ].map((match) => pdfString(match[1]));
}
