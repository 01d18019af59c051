/** Where copied text can go. Both are optional: a browser may offer either, both or neither. */
export interface ClipboardEnvironment {
  /** The asynchronous Clipboard API, `navigator.clipboard.writeText`. */
  readonly writeText?: (text: string) => Promise<void>;
  /** The older route through a selected text area and `document.execCommand('copy')`. */
  readonly copyWithSelection?: (text: string) => boolean;
}

export type CopyOutcome = 'copied' | 'failed';

/** Tries the Clipboard API first, then the older route; says which, if any, worked. */
export async function copyText(
  text: string,
  environment: ClipboardEnvironment,
): Promise<CopyOutcome> {
  if (environment.writeText) {
    try {
      await environment.writeText(text);
      return 'copied';
    } catch {
      // Denied or unavailable: fall through to the older route.
    }
  }
  if (environment.copyWithSelection) {
    try {
      return environment.copyWithSelection(text) ? 'copied' : 'failed';
    } catch {
      return 'failed';
    }
  }
  return 'failed';
}
