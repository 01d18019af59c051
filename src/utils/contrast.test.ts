import { describe, expect, it } from 'vitest';
import { themes, type PrismTheme } from 'prism-react-renderer';
import {
  contrastRatio,
  ensureContrast,
  parseColor,
  parseOpaqueColor,
  withAccessibleContrast,
} from './contrast';

function rounded(color: string): { rgb: number[]; alpha: number } {
  const { rgb, alpha } = parseColor(color);
  return { rgb: rgb.map((channel) => Math.round(channel)), alpha: Math.round(alpha * 100) / 100 };
}

describe('parseColor', () => {
  it.each([
    ['#fff', [255, 255, 255], 1],
    ['#1D6A84', [29, 106, 132], 1],
    ['#0008', [0, 0, 0], 0.53],
    ['#ffffffee', [255, 255, 255], 0.93],
    ['rgb(98, 114, 164)', [98, 114, 164], 1],
    ['rgb(98 114 164)', [98, 114, 164], 1],
    ['rgb(100% 0% 50%)', [255, 0, 128], 1],
    ['rgba(239, 83, 80, 0.56)', [239, 83, 80], 0.56],
    ['rgb(0 0 0 / 30%)', [0, 0, 0], 0.3],
    ['hsl(0, 0%, 0%)', [0, 0, 0], 1],
    ['hsl(220, 13%, 18%)', [40, 44, 52], 1],
    ['hsl(120deg 100% 25%)', [0, 128, 0], 1],
    ['hsla(230, 8%, 24%, 0.5)', [56, 58, 66], 0.5],
  ])('reads %s', (color, rgb, alpha) => {
    expect(rounded(color)).toEqual({ rgb, alpha });
  });

  it.each([
    ['a colour name', 'red'],
    ['a keyword', 'currentcolor'],
    ['a gradient', 'linear-gradient(to bottom, #2a2139 75%, #34294f)'],
    ['a flag after the colour', '#a6e22e !important'],
    ['hex digits without #', 'ffffffee'],
    ['five hex digits', '#12345'],
    ['an empty string', ''],
    ['a variable', 'var(--ifm-color-primary)'],
    ['too few channels', 'rgb(1, 2)'],
    ['an angle in rgb()', 'rgb(10deg, 2, 3)'],
    ['hsl() without percentages', 'hsl(220, 13, 18)'],
  ])('throws on %s', (_kind, color) => {
    expect(() => parseColor(color)).toThrow(`Cannot read the colour "${color}"`);
  });
});

describe('parseOpaqueColor', () => {
  it('reads an opaque colour', () => {
    expect(parseOpaqueColor('#000')).toEqual([0, 0, 0]);
  });

  it('throws on a see-through colour, whose contrast depends on what lies behind it', () => {
    expect(() => parseOpaqueColor('rgba(0, 0, 0, 0.5)')).toThrow('is see-through');
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
    expect(contrastRatio(parseOpaqueColor(fixed), [246, 248, 250])).toBeGreaterThanOrEqual(4.5);
  });

  it('judges a see-through colour as it shows on the background', () => {
    // Black at 10% on white shows as a very pale grey.
    const fixed = ensureContrast('rgba(0, 0, 0, 0.1)', '#ffffff', '#000000', 4.5);
    expect(contrastRatio(parseOpaqueColor(fixed), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the text colour when no mix is enough', () => {
    expect(ensureContrast('#ffffff', '#ffffff', '#eeeeee', 4.5)).toBe('#eeeeee');
  });

  it.each([
    ['the colour', 'tomato', '#ffffff', '#000000'],
    ['the background', '#777777', 'white', '#000000'],
    ['the text colour', '#777777', '#ffffff', 'black'],
  ])('throws when it cannot read %s', (_which, color, background, towards) => {
    expect(() => ensureContrast(color, background, towards, 4.5)).toThrow('Cannot read the colour');
  });

  it('throws on a see-through background', () => {
    expect(() => ensureContrast('#777777', 'rgb(0 0 0 / 50%)', '#000000', 4.5)).toThrow(
      'is see-through',
    );
  });
});

describe('withAccessibleContrast', () => {
  it.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
    ['oneDark (hsl)', themes.oneDark],
    ['nightOwl (rgba)', themes.nightOwl],
  ])('gives every token of %s at least 4.5:1', (_name, theme) => {
    const fixed = withAccessibleContrast(theme);
    const background = parseOpaqueColor(fixed.plain.backgroundColor ?? '#ffffff');
    for (const entry of fixed.styles) {
      if (entry.style.color !== undefined) {
        const { rgb } = parseColor(entry.style.color);
        expect(contrastRatio(rgb, background)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('names the token whose colour it cannot read', () => {
    const theme: PrismTheme = {
      plain: { color: '#000000', backgroundColor: '#ffffff' },
      styles: [{ types: ['comment', 'prolog'], style: { color: 'green' } }],
    };
    expect(() => withAccessibleContrast(theme)).toThrow(
      'The code theme\'s colour for "comment, prolog" cannot be checked: Cannot read the colour "green"',
    );
  });

  it('throws on a theme whose background is not a plain colour', () => {
    expect(() => withAccessibleContrast(themes.synthwave84)).toThrow('linear-gradient');
  });
});
