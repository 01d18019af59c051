import { describe, expect, it } from 'vitest';
import { ellipsis, fitText, wrapText, type Measure } from './layout';

/** Every UTF-16 unit is as wide as half the font size: easy to count in a test. */
const measure: Measure = (text, fontSize) => text.length * fontSize * 0.5;
const fitsIn =
  (units: number) =>
  (text: string): boolean =>
    text.length <= units;

describe('wrapText', () => {
  it('fills each line as far as it fits, breaking at spaces', () => {
    expect(wrapText('one two three four', fitsIn(9))).toEqual(['one two', 'three', 'four']);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapText('Driftwood', fitsIn(20))).toEqual(['Driftwood']);
  });

  it('breaks a word wider than a line between characters, never inside an emoji', () => {
    expect(wrapText('abcdefgh', fitsIn(3))).toEqual(['abc', 'def', 'gh']);
    expect(wrapText('👩🏽‍💻👩🏽‍💻👩🏽‍💻', fitsIn(14))).toEqual(['👩🏽‍💻👩🏽‍💻', '👩🏽‍💻']);
  });

  it('treats any run of spaces as one, and gives no lines for blank text', () => {
    expect(wrapText('  a \t b  ', fitsIn(10))).toEqual(['a b']);
    expect(wrapText('   ', fitsIn(10))).toEqual([]);
  });
});

describe('fitText', () => {
  const options = { maxWidth: 100, maxLines: 2, fontSizes: [20, 10] };

  it('uses the largest size at which the text fits', () => {
    expect(fitText('ten chars!', measure, options)).toEqual({
      fontSize: 20,
      lines: ['ten chars!'],
      truncated: false,
    });
  });

  it('steps down a size when the text needs more lines than allowed', () => {
    const fitted = fitText('aaaaa bbbbb ccccc', measure, options);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.lines).toEqual(['aaaaa bbbbb ccccc']);
    expect(fitted.truncated).toBe(false);
  });

  it('cuts the end with an ellipsis when even the smallest size is not enough', () => {
    const fitted = fitText('word '.repeat(40).trim(), measure, options);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1].endsWith(ellipsis)).toBe(true);
    expect(fitted.truncated).toBe(true);
    for (const line of fitted.lines) {
      expect(measure(line, 10)).toBeLessThanOrEqual(100);
    }
  });

  it('needs a size and a line to work with', () => {
    expect(() => fitText('x', measure, { ...options, fontSizes: [] })).toThrow();
    expect(() => fitText('x', measure, { ...options, maxLines: 0 })).toThrow();
  });
});
