import type { SiteConfig } from '../config/types';
import { fileCatalog } from './fileCatalog';
import { fileAddress, policyAddress } from '../config/urls';

/** Approximate advance widths of Verdana at 11 px, the usual badge font, by kind of character. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (/[ .,:;'!|iljtfr]/.test(character)) {
      width += 3.9;
    } else if (/[MWmw]/.test(character)) {
      width += 10;
    } else if (/[A-Z]/.test(character)) {
      width += 7.6;
    } else {
      width += 6.9;
    }
  }
  return Math.ceil(width);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const badgeLabel = 'LLM policy';
const padding = 7;

/** The words a badge shows, and its text for screen readers. */
export function badgeAltText(config: SiteConfig): string {
  return `LLM contribution policy: version ${config.policy.version}`;
}

/** A static SVG badge that names the policy version: "LLM policy | version 1". No badge service needed. */
export function badgeSvg(config: SiteConfig): string {
  const value = `version ${config.policy.version}`;
  const left = textWidth(badgeLabel) + 2 * padding;
  const right = textWidth(value) + 2 * padding;
  const width = left + right;
  const alt = escapeXml(badgeAltText(config));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${alt}">`,
    `  <title>${alt}</title>`,
    '  <clipPath id="rounded">',
    `    <rect width="${width}" height="20" rx="3" fill="#fff"/>`,
    '  </clipPath>',
    '  <g clip-path="url(#rounded)">',
    `    <rect width="${left}" height="20" fill="#3d3d3d"/>`,
    `    <rect x="${left}" width="${right}" height="20" fill="#1d6a84"/>`,
    '  </g>',
    '  <g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">',
    `    <text x="${left / 2}" y="14">${badgeLabel}</text>`,
    `    <text x="${left + right / 2}" y="14">${escapeXml(value)}</text>`,
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}

/** A Markdown snippet for a README: the badge, linking to the policy. */
export function badgeMarkdown(config: SiteConfig): string {
  return `[![${badgeAltText(config)}](${fileAddress(config, fileCatalog.badgeSvg.fileName)})](${policyAddress(config)})\n`;
}

/** A reStructuredText snippet for a README: the badge, linking to the policy. */
export function badgeRestructuredText(config: SiteConfig): string {
  return [
    `.. image:: ${fileAddress(config, fileCatalog.badgeSvg.fileName)}`,
    `   :alt: ${badgeAltText(config)}`,
    `   :target: ${policyAddress(config)}`,
    '',
  ].join('\n');
}
