/**
 * Fits a line of text, such as a project's name, into a box of the social
 * card: the largest font size at which it wraps into few enough lines, and an
 * ellipsis when even the smallest size is not enough. Pure: the caller says
 * how wide a text is, so the same rules run with the real font and in tests.
 */

/** How wide a text is, in pixels, at a font size. */
export type Measure = (text: string, fontSize: number) => number;

export interface FitOptions {
  /** The widest a line may be, in pixels. */
  readonly maxWidth: number;
  /** The most lines the text may take. */
  readonly maxLines: number;
  /** Font sizes to try, largest first. */
  readonly fontSizes: readonly number[];
}

export interface FittedText {
  readonly fontSize: number;
  readonly lines: readonly string[];
  /** True when the text did not fit at the smallest size and its end was cut. */
  readonly truncated: boolean;
}

export const ellipsis = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as a reader counts them, so an emoji or an accented letter is never split. */
function splitGraphemes(text: string): string[] {
  return [...graphemes.segment(text)].map((part) => part.segment);
}

/** Cuts a word that is wider than a line into pieces that each fit. */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of splitGraphemes(word)) {
    if (piece !== '' && !fits(piece + character)) {
      pieces.push(piece);
      piece = character;
    } else {
      piece += character;
    }
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/**
 * Breaks text into lines at spaces, filling each line as far as it fits. A
 * word wider than a line is broken between characters.
 */
export function wrapText(text: string, fits: (text: string) => boolean): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') {
      lines.push(line);
    }
    if (fits(word)) {
      line = word;
    } else {
      const pieces = breakWord(word, fits);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  return line === '' ? lines : [...lines, line];
}

/** Shortens a line from its end until it fits with an ellipsis after it. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  const characters = splitGraphemes(line);
  while (characters.length > 0 && !fits(`${characters.join('').trimEnd()}${ellipsis}`)) {
    characters.pop();
  }
  return `${characters.join('').trimEnd()}${ellipsis}`;
}

/** The largest size at which the text fits, or the smallest size with its end cut off. */
export function fitText(text: string, measure: Measure, options: FitOptions): FittedText {
  const { maxWidth, maxLines, fontSizes } = options;
  if (fontSizes.length === 0 || maxLines < 1) {
    throw new Error('fitText needs at least one font size and one line.');
  }
  for (const fontSize of fontSizes) {
    const fits = (candidate: string): boolean => measure(candidate, fontSize) <= maxWidth;
    const lines = wrapText(text, fits);
    if (lines.length <= maxLines) {
      return { fontSize, lines, truncated: false };
    }
  }
  const fontSize = fontSizes[fontSizes.length - 1];
  const fits = (candidate: string): boolean => measure(candidate, fontSize) <= maxWidth;
  const lines = wrapText(text, fits);
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, fits);
  return { fontSize, lines: kept, truncated: true };
}
