/**
 * Draws the social card to PNG at build time (Node only). The renderer is
 * resvg, compiled to WebAssembly, so it needs no native binary; its fonts come
 * from npm packages rather than the machine, so every build draws the same
 * card: DejaVu Sans for text (Latin, Greek, Cyrillic, Arabic, Hebrew and many
 * symbols) and Noto Emoji for emoji. A character that neither font has is
 * drawn as an empty box; nothing in a name can stop the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg, type ResvgRenderOptions } from '@resvg/resvg-wasm';
import { fitText, type FittedText, type Measure } from './layout';
import {
  addressFontSize,
  cardHeight,
  cardWidth,
  displayAddress,
  emojiFontFamily,
  escapeXml,
  nameFontSizes,
  nameMaxLines,
  socialCardSvg,
  subtitleFontSize,
  textFontFamily,
  textWidth,
} from './svg';

export interface SocialCardInput {
  readonly projectName: string;
  /** What the site is, in the site's language: "LLM contribution policy". */
  readonly subtitle: string;
  readonly siteUrl: string;
  readonly baseUrl: string;
}

const require = createRequire(__filename);

let ready: Promise<ResvgRenderOptions> | undefined;

/** Loads the WebAssembly renderer and the fonts once per process. */
function renderOptions(): Promise<ResvgRenderOptions> {
  ready ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const fontFiles = [
      'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
      'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
      '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
    ];
    return {
      font: {
        fontBuffers: fontFiles.map((file) => readFileSync(require.resolve(file))),
        loadSystemFonts: false,
        defaultFontFamily: textFontFamily,
        sansSerifFamily: textFontFamily,
      },
    } satisfies ResvgRenderOptions;
  })();
  return ready;
}

/** Measures text with the card's own fonts, as resvg will draw it. */
function measureWith(options: ResvgRenderOptions, weight: 'bold' | 'normal'): Measure {
  const widths = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">` +
        `<text x="0" y="${fontSize}" font-family="'${textFontFamily}', '${emojiFontFamily}'" ` +
        `font-size="${fontSize}" font-weight="${weight}" xml:space="preserve">${escapeXml(text)}</text></svg>`;
      const resvg = new Resvg(svg, options);
      width = resvg.getBBox()?.width ?? 0;
      resvg.free();
      widths.set(key, width);
    }
    return width;
  };
}

/** The card's text, each part fitted to its place. */
async function layOutCard(input: SocialCardInput): Promise<{
  readonly name: FittedText;
  readonly subtitle: FittedText;
  readonly address: FittedText;
}> {
  const options = await renderOptions();
  const bold = measureWith(options, 'bold');
  const normal = measureWith(options, 'normal');
  return {
    name: fitText(input.projectName, bold, {
      maxWidth: textWidth,
      maxLines: nameMaxLines,
      fontSizes: nameFontSizes,
    }),
    subtitle: fitText(input.subtitle, normal, {
      maxWidth: textWidth,
      maxLines: 1,
      fontSizes: [subtitleFontSize, 36, 30],
    }),
    address: fitText(displayAddress(input.siteUrl, input.baseUrl), normal, {
      maxWidth: textWidth,
      maxLines: 1,
      fontSizes: [addressFontSize, 24],
    }),
  };
}

/** The card as a PNG of 1200 × 630 pixels. */
export async function renderSocialCard(input: SocialCardInput): Promise<Uint8Array> {
  const text = await layOutCard(input);
  const resvg = new Resvg(socialCardSvg(text), await renderOptions());
  const image = resvg.render();
  const png = image.asPng();
  if (image.width !== cardWidth || image.height !== cardHeight) {
    throw new Error(
      `The social card is ${image.width} × ${image.height}, not ${cardWidth} × ${cardHeight}.`,
    );
  }
  image.free();
  resvg.free();
  return png;
}
