import type { PrismTheme } from 'prism-react-renderer';

type Rgb = readonly [number, number, number];

/** A colour with its opacity, from 0 (transparent) to 1 (opaque). */
interface Rgba {
  readonly rgb: Rgb;
  readonly alpha: number;
}

const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
const hexColor = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// rgb() and hsl() in both the comma form, "rgb(98, 114, 164)", and the space form,
// "rgb(98 114 164 / 50%)"; the names with "a" are the same functions.
const colorFunction = new RegExp(
  String.raw`^(rgba?|hsla?)\(\s*(${number}(?:deg)?)(%?)\s*(?:,\s*|\s+)(${number})(%?)\s*(?:,\s*|\s+)(${number})(%?)\s*(?:(?:,|\/)\s*(${number})(%?)\s*)?\)$`,
  'i',
);

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function hexToRgba(digits: string): Rgba {
  const full =
    digits.length <= 4
      ? digits
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : digits;
  const channel = (start: number): number => parseInt(full.slice(start, start + 2), 16);
  return {
    rgb: [channel(0), channel(2), channel(4)],
    alpha: full.length === 8 ? channel(6) / 255 : 1,
  };
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const h = ((hue % 360) + 360) % 360;
  const s = clamp(saturation, 0, 100) / 100;
  const l = clamp(lightness, 0, 100) / 100;
  const chroma = s * Math.min(l, 1 - l);
  const channel = (offset: number): number => {
    const k = (offset + h / 30) % 12;
    return 255 * (l - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

/**
 * Reads a colour written as "#rgb", "#rgba", six or eight hex digits, "rgb()", "rgba()",
 * "hsl()" or "hsla()". Throws on anything else (a colour name, a gradient, `!important`),
 * so that a theme whose colours cannot be checked stops the build instead of passing unchecked.
 */
export function parseColor(color: string): Rgba {
  const text = color.trim();
  const hex = hexColor.exec(text);
  if (hex) {
    return hexToRgba(hex[1]);
  }
  const parts = colorFunction.exec(text);
  if (parts) {
    const [, name, first, firstPercent, second, secondPercent, third, thirdPercent] = parts;
    const alphaText = parts[8] as string | undefined;
    const alpha = alphaText === undefined ? 1 : Number(alphaText) / (parts[9] === '%' ? 100 : 1);
    if (name.toLowerCase().startsWith('hsl')) {
      if (firstPercent || !secondPercent || !thirdPercent) {
        throw new Error(
          `Cannot read the colour "${color}": hsl() takes a hue, then two percentages.`,
        );
      }
      return {
        rgb: hslToRgb(parseFloat(first), Number(second), Number(third)),
        alpha: clamp(alpha, 0, 1),
      };
    }
    if (first.endsWith('deg')) {
      throw new Error(`Cannot read the colour "${color}": rgb() takes no angle.`);
    }
    const channel = (value: string, percent: string): number =>
      clamp(percent ? (Number(value) * 255) / 100 : Number(value), 0, 255);
    return {
      rgb: [
        channel(first, firstPercent),
        channel(second, secondPercent),
        channel(third, thirdPercent),
      ],
      alpha: clamp(alpha, 0, 1),
    };
  }
  throw new Error(
    `Cannot read the colour "${color}". Write it as hex ("#1d6a84"), rgb() or hsl(), so its contrast can be checked.`,
  );
}

/** An opaque colour as it shows on `background`: a see-through colour is mixed with it. */
function onBackground(color: Rgba, background: Rgb): Rgb {
  return color.rgb.map(
    (channel, index) => channel * color.alpha + background[index] * (1 - color.alpha),
  ) as unknown as Rgb;
}

/** Reads an opaque colour, such as a background; throws when it is see-through. */
export function parseOpaqueColor(color: string): Rgb {
  const parsed = parseColor(color);
  if (parsed.alpha < 1) {
    throw new Error(
      `The colour "${color}" is see-through, so its contrast depends on what lies behind it. Give an opaque colour.`,
    );
  }
  return parsed.rgb;
}

/** The WCAG relative luminance of a colour, from 0 (black) to 1 (white). */
export function luminance([red, green, blue]: Rgb): number {
  const [r, g, b] = [red, green, blue].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

function toHex(color: Rgb): string {
  return `#${color.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((channel, index) => channel + (to[index] - channel) * amount) as unknown as Rgb;
}

/**
 * Moves a colour towards `towards` in small steps until it reaches the ratio
 * against `background`. Colours that already pass are returned unchanged; a
 * see-through colour that needs a change comes back opaque, as it showed on
 * the background. Throws on a colour it cannot read.
 */
export function ensureContrast(
  color: string,
  background: string,
  towards: string,
  minimum: number,
): string {
  const back = parseOpaqueColor(background);
  const shown = onBackground(parseColor(color), back);
  const target = onBackground(parseColor(towards), back);
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(shown, target, step / 20);
    if (contrastRatio(candidate, back) >= minimum) {
      return step === 0 ? color : toHex(candidate);
    }
  }
  return towards;
}

/**
 * A copy of a Prism theme in which every token colour meets the contrast ratio.
 * Throws, naming the token, when a colour of the theme cannot be read.
 */
export function withAccessibleContrast(theme: PrismTheme, minimum = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const text = theme.plain.color ?? '#000000';
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const color = entry.style.color;
      if (color === undefined) {
        return entry;
      }
      try {
        return {
          ...entry,
          style: { ...entry.style, color: ensureContrast(color, background, text, minimum) },
        };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `The code theme's colour for "${entry.types.join(', ')}" cannot be checked: ${reason}`,
          { cause: error },
        );
      }
    }),
  };
}
