import { describe, expect, it } from 'vitest';
import { themes } from 'prism-react-renderer';
import { contrastRatio, ensureContrast, parseColor, withAccessibleContrast } from './contrast';

function parsed(color: string | undefined): NonNullable<ReturnType<typeof parseColor>> {
  const result = color === undefined ? null : parseColor(color);
  if (!result) {
    throw new Error(`not a colour this test can read: ${String(color)}`);
  }
  return result;
}

describe('parseColor', () => {
  it.each([
    ['#fff', [255, 255, 255]],
    ['#1D6A84', [29, 106, 132]],
    ['rgb(98, 114, 164)', [98, 114, 164]],
    ['hsl(0, 0%, 0%)', null],
    ['red', null],
  ])('%s', (color, expected) => {
    expect(parseColor(color)).toEqual(expected);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21);
    expect(contrastRatio([29, 106, 132], [29, 106, 132])).toBe(1);
  });
});

describe('ensureContrast', () => {
  it('keeps a colour that already passes', () => {
    expect(ensureContrast('#393A34', '#f6f8fa', '#000000', 4.5)).toBe('#393A34');
  });

  it('darkens a pale colour on a light background until it passes', () => {
    const fixed = ensureContrast('#999988', '#f6f8fa', '#393A34', 4.5);
    expect(fixed).not.toBe('#999988');
    expect(contrastRatio(parsed(fixed), parsed('#f6f8fa'))).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves colours it cannot read alone', () => {
    expect(ensureContrast('tomato', '#ffffff', '#000000', 4.5)).toBe('tomato');
  });

  it('falls back to the text colour when no mix is enough', () => {
    expect(ensureContrast('#ffffff', '#ffffff', '#eeeeee', 4.5)).toBe('#eeeeee');
  });
});

describe('withAccessibleContrast', () => {
  it.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])('gives every token of %s at least 4.5:1', (_name, theme) => {
    const fixed = withAccessibleContrast(theme);
    const background = parsed(fixed.plain.backgroundColor);
    for (const entry of fixed.styles) {
      const color = entry.style.color === undefined ? null : parseColor(entry.style.color);
      if (color) {
        expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
