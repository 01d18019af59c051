/**
 * The social card as SVG: the picture that sites show beside a shared link.
 * Pure: it takes text already fitted to its lines (see layout.ts), so the
 * same card can be drawn by any SVG renderer. Every text from the config is
 * escaped, so a name such as `<b>&amp;</b>` is drawn as those characters.
 */
import type { FittedText } from './layout';
import { cardHeight, cardWidth } from './size';

export { cardHeight, cardWidth };

/** The card's margins, and so the widest a line of text may be. */
export const cardPadding = 80;
export const textWidth = cardWidth - 2 * cardPadding;

/** The font families the renderer must be given: one for text, one for emoji. */
export const textFontFamily = 'DejaVu Sans';
export const emojiFontFamily = 'Noto Emoji';
const fontFamily = `'${textFontFamily}', '${emojiFontFamily}'`;

/** Sizes for the project's name, largest first, and for the smaller lines. */
export const nameFontSizes = [96, 88, 80, 72, 64, 56, 50] as const;
export const nameMaxLines = 3;
export const subtitleFontSize = 44;
export const addressFontSize = 30;

const colours = {
  background: '#144a5c',
  band: '#1d6a84',
  text: '#ffffff',
  muted: '#cae9f3',
} as const;

export interface CardText {
  /** The project's name, fitted to at most `nameMaxLines` lines. */
  readonly name: FittedText;
  /** What the site is, such as "LLM contribution policy", on one line. */
  readonly subtitle: FittedText;
  /** The site's address without its scheme, such as "policy.example.org/policy". */
  readonly address: FittedText;
}

// XML 1.0 forbids most control characters and unpaired surrogates; they are dropped, not drawn.
const notAllowedInXml =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as the content of an XML element or attribute: never read as markup. */
export function escapeXml(text: string): string {
  return text
    .replace(notAllowedInXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The site's address as a reader would type it: "https://a.example/policy/" -> "a.example/policy". */
export function displayAddress(siteUrl: string, baseUrl: string): string {
  return `${siteUrl.replace(/^https?:\/\//, '')}${baseUrl}`.replace(/\/$/, '');
}

// Letters of the scripts written from right to left.
const rightToLeftLetter =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/** The direction of a text, from its first letter, as a browser's dir="auto" decides it. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const firstLetter = /\p{L}/u.exec(text)?.[0];
  return firstLetter !== undefined && rightToLeftLetter.test(firstLetter) ? 'rtl' : 'ltr';
}

interface LineStyle {
  readonly fontSize: number;
  readonly fill: string;
  readonly weight: 'bold' | 'normal';
  readonly direction: 'ltr' | 'rtl';
}

function textElement(line: string, y: number, style: LineStyle): string {
  const { fontSize, fill, weight, direction } = style;
  // The renderer lays out every line from left to right. A right-to-left embedding (U+202B ...
  // U+202C) makes the lines of a right-to-left text read from the right. `xml:space` keeps
  // spaces as they are.
  const content = escapeXml(line);
  const ordered = direction === 'rtl' ? `\u202b${content}\u202c` : content;
  return (
    `<text x="${cardWidth / 2}" y="${y}" text-anchor="middle" font-family="${fontFamily}" ` +
    `font-size="${fontSize}" font-weight="${weight}" fill="${fill}" xml:space="preserve">` +
    `${ordered}</text>`
  );
}

/** The site's mark (static/img/mark.svg), drawn white on the card's band. */
function mark(x: number, y: number, size: number): string {
  const scale = size / 32;
  return (
    `<g transform="translate(${x} ${y}) scale(${scale})">` +
    `<rect width="32" height="32" rx="7" fill="${colours.band}"/>` +
    `<path d="M9 22.5 21.2 10.3a2.3 2.3 0 0 1 3.3 3.3L12.3 25.8 8 27z" fill="#fff"/>` +
    `<path d="m19 12.5 3.3 3.3" stroke="${colours.band}" stroke-width="1.6"/>` +
    `<path d="M6 6.5h9M6 10.5h6" stroke="#bfe6f2" stroke-width="2.2" stroke-linecap="round"/>` +
    `</g>`
  );
}

/** The lines of one fitted text, each placed by its baseline. */
function textBlock(
  text: FittedText,
  firstBaseline: number,
  lineHeight: number,
  style: Omit<LineStyle, 'fontSize' | 'direction'>,
): string[] {
  const direction = textDirection(text.lines.join(' '));
  return text.lines.map((line, index) =>
    textElement(line, firstBaseline + index * lineHeight, {
      ...style,
      fontSize: text.fontSize,
      direction,
    }),
  );
}

/** The whole card: the mark, the name in large letters, what the site is, and its address. */
export function socialCardSvg(text: CardText): string {
  const markSize = 88;
  const gap = 28;
  const lineHeightOf = (fitted: FittedText): number => Math.round(fitted.fontSize * 1.18);
  // A line's baseline sits about three quarters of the way down its line box.
  const baselineIn = (fitted: FittedText): number => Math.round(lineHeightOf(fitted) * 0.78);
  const nameHeight = text.name.lines.length * lineHeightOf(text.name);
  const subtitleHeight = text.subtitle.lines.length * lineHeightOf(text.subtitle);
  // The mark, the name and the subtitle sit together, centred in the space above the address.
  const addressBaseline = cardHeight - cardPadding + 10;
  const spaceAbove = addressBaseline - addressFontSize;
  const blockHeight = markSize + gap + nameHeight + gap + subtitleHeight;
  const markTop = Math.max(cardPadding / 2, Math.round((spaceAbove - blockHeight) / 2));
  const nameTop = markTop + markSize + gap;
  const subtitleTop = nameTop + nameHeight + gap;
  const parts = [
    mark((cardWidth - markSize) / 2, markTop, markSize),
    ...textBlock(text.name, nameTop + baselineIn(text.name), lineHeightOf(text.name), {
      fill: colours.text,
      weight: 'bold',
    }),
    ...textBlock(
      text.subtitle,
      subtitleTop + baselineIn(text.subtitle),
      lineHeightOf(text.subtitle),
      { fill: colours.muted, weight: 'normal' },
    ),
    ...textBlock(text.address, addressBaseline, lineHeightOf(text.address), {
      fill: colours.muted,
      weight: 'normal',
    }),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" ` +
    `viewBox="0 0 ${cardWidth} ${cardHeight}">` +
    `<rect width="${cardWidth}" height="${cardHeight}" fill="${colours.background}"/>` +
    `<rect y="${cardHeight - 12}" width="${cardWidth}" height="12" fill="${colours.band}"/>` +
    parts.join('') +
    `</svg>`
  );
}
