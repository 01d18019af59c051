import type { PrismTheme } from 'prism-react-renderer';

type Rgb = readonly [number, number, number];

/** Parses "#rgb", "#rrggbb" or "rgb(r, g, b)". Returns null for anything else. */
export function parseColor(color: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits =
      hex[1].length === 3
        ? hex[1]
            .split('')
            .map((digit) => digit + digit)
            .join('')
        : hex[1];
    return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

function luminance([red, green, blue]: Rgb): number {
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
 * against `background`. Colours that already pass are returned unchanged.
 */
export function ensureContrast(
  color: string,
  background: string,
  towards: string,
  minimum: number,
): string {
  const [parsed, back, target] = [parseColor(color), parseColor(background), parseColor(towards)];
  if (!parsed || !back || !target) {
    return color;
  }
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(parsed, target, step / 20);
    if (contrastRatio(candidate, back) >= minimum) {
      return step === 0 ? color : toHex(candidate);
    }
  }
  return towards;
}

/** A copy of a Prism theme in which every token colour meets the contrast ratio. */
export function withAccessibleContrast(theme: PrismTheme, minimum = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const text = theme.plain.color ?? '#000000';
  return {
    ...theme,
    styles: theme.styles.map((entry) =>
      entry.style.color === undefined
        ? entry
        : {
            ...entry,
            style: {
              ...entry.style,
              color: ensureContrast(entry.style.color, background, text, minimum),
            },
          },
    ),
  };
}
