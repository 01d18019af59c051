import { describe, expect, it } from 'vitest';
import type { FittedText } from './layout';
import { renderSocialCard } from './render';
import { cardHeight, cardWidth } from './size';
import { displayAddress, escapeXml, socialCardSvg, textDirection } from './svg';

const hostileNames = {
  markup: 'Tide\\Pool <b>&amp;</b> {Co} *Lab\'s* "[x](y)" `$&` _#1_ |',
  script: '<script>alert(1)</script><!-- --><![CDATA[ x ]]>',
  rightToLeft: 'مشروع المد والجزر',
  mixedDirections: 'מגדלור Lighthouse',
  emoji: '🐙 Octo 🌊 👩🏽‍💻',
  long: 'The Extraordinarily Long Name Of A Project That Goes On And On Without Any End In Sight At All',
  oneLongWord: 'Supercalifragilisticexpialidociousnessfulnessosityandmoreandmoreandmore',
  controlCharacters: 'Bell\u0007 and\u0000 null \ud800 lone',
} as const;

/** The card's text for a name, fitted by hand: what the renderer would be given. */
function cardText(name: string): Parameters<typeof socialCardSvg>[0] {
  const line = (text: string, fontSize: number): FittedText => ({
    fontSize,
    lines: [text],
    truncated: false,
  });
  return {
    name: line(name, 80),
    subtitle: line('LLM contribution policy', 44),
    address: line('policy.example.org', 30),
  };
}

/** The text of every <text> element, as an XML parser would read it. */
function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]
      .replace(/[\u202b\u202c]/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('the card as SVG', () => {
  const { controlCharacters, ...printableNames } = hostileNames;

  it.each(Object.entries(printableNames))('draws a %s name as text, never as markup', (_, name) => {
    const svg = socialCardSvg(cardText(name));
    // One root element, and no element that the name could have brought in.
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg).not.toMatch(/<(script|b|!--|!\[CDATA)/);
    expect(drawnTexts(svg)[0]).toBe(name);
  });

  it('drops the characters that XML cannot hold, and keeps the rest', () => {
    expect(drawnTexts(socialCardSvg(cardText(controlCharacters)))[0]).toBe('Bell and null  lone');
    expect(escapeXml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('reads a name from the right when it starts with a right-to-left letter', () => {
    expect(textDirection(hostileNames.rightToLeft)).toBe('rtl');
    expect(textDirection(hostileNames.mixedDirections)).toBe('rtl');
    expect(textDirection('Lighthouse מגדלור')).toBe('ltr');
    expect(textDirection('123 🐙')).toBe('ltr');
    expect(socialCardSvg(cardText(hostileNames.rightToLeft))).toContain(
      `\u202b${hostileNames.rightToLeft}\u202c`,
    );
  });

  it('writes the site’s address without its scheme or a final slash', () => {
    expect(displayAddress('https://policy.example.org', '/')).toBe('policy.example.org');
    expect(displayAddress('http://tidepool.example:8080', '/faq/')).toBe(
      'tidepool.example:8080/faq',
    );
  });
});

describe('renderSocialCard', () => {
  const base = {
    subtitle: 'LLM contribution policy',
    siteUrl: 'https://policy.example.org',
    baseUrl: '/policy/',
  };

  /** The PNG's width and height, from its header. */
  function pngSize(png: Uint8Array): [number, number] {
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    return [view.getUint32(16), view.getUint32(20)];
  }

  it('draws every hostile name to a PNG of 1200 × 630, each different', async () => {
    const pngs = [];
    for (const name of Object.values(hostileNames)) {
      const png = await renderSocialCard({ ...base, projectName: name });
      expect(pngSize(png), name).toEqual([cardWidth, cardHeight]);
      pngs.push(Buffer.from(png).toString('base64'));
    }
    // A name that drew nothing would give the same picture as another.
    expect(new Set(pngs).size).toBe(pngs.length);
  }, 30_000);
});
