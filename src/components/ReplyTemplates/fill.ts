// Fills reply templates with the project's details and the reviewer's inputs. Pure: no React, no browser.
import { policyAddress, siteAddress } from '../../config/urls';
import { markdownLink, markdownText } from '../../utils/markdownText';
import type { SiteConfig } from '../../config/types';
import { inEnglish, type MessageText } from '../../data/message';
import { trailerExamples, type PolicyOptionId, type PolicyOptions } from '../../data/policyOptions';
import type { PolicyAnchor } from '../../data/policySections';
import {
  blockMessage,
  placeholderIds,
  placeholderMeta,
  replyTemplates,
  type OptionCondition,
  type PlaceholderId,
  type ReplyTemplate,
} from '../../data/replyTemplates';

/** What the reviewer types on the templates page. */
export interface ReplyInputs {
  readonly contributor: string;
  readonly reviewer: string;
}

export const emptyInputs: ReplyInputs = { contributor: '', reviewer: '' };

/** A value of null means "missing": the placeholder's marker is shown instead. */
export type PlaceholderValues = Readonly<Record<PlaceholderId, string | null>>;

/** A piece of a filled reply: template text, a filled-in value, or the marker of a missing one. */
export type ReplySegment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'value' | 'marker';
      readonly text: string;
      readonly placeholder: PlaceholderId;
    };

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The one rule for handles, also explained on the page: spaces at the ends
 * are removed, runs of spaces or line breaks become one space, and the handle
 * starts with exactly one "@". Everything else is kept as typed. Empty stays empty.
 */
export function normaliseHandle(raw: string): string {
  const handle = collapseSpaces(collapseSpaces(raw).replace(/^@+/, ''));
  return handle === '' ? '' : `@${handle}`;
}

/** Names follow the same rule as handles, without the "@". */
export function normaliseName(raw: string): string {
  return collapseSpaces(raw);
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

export function placeholderValues(
  config: SiteConfig,
  inputs: ReplyInputs,
  section: PolicyAnchor,
): PlaceholderValues {
  const trailer = config.policy.options.commitTrailer;
  return {
    contributor: emptyToNull(normaliseHandle(inputs.contributor)),
    reviewer: emptyToNull(normaliseName(inputs.reviewer)),
    project: markdownText(config.project.name),
    policyUrl: siteAddress(config, 'policy'),
    sectionUrl: policyAddress(config, section),
    disclosureUrl: policyAddress(config, 'disclosure'),
    examplesUrl: policyAddress(config, 'disclosure-examples'),
    translationUrl: policyAddress(config, 'machine-translation'),
    selfCheckUrl: siteAddress(config, 'selfCheck'),
    contact: markdownLink(config.contact.label, config.contact.url),
    trailer: trailerExamples[trailer],
    // Written in by hand after pasting: the reply keeps the marker.
    observation: null,
    question: null,
    comments: null,
    earlierLink: null,
  };
}

/** True when the project's choices meet the condition (no condition: always). */
export function matchesOptions(
  condition: OptionCondition | undefined,
  options: PolicyOptions,
): boolean {
  if (!condition) {
    return true;
  }
  return (Object.keys(condition) as PolicyOptionId[]).every((id) => {
    const allowed = condition[id] as readonly string[] | undefined;
    return allowed === undefined || allowed.includes(options[id]);
  });
}

/** The templates that fit the project's policy choices, in their listed order. */
export function templatesFor(
  options: PolicyOptions,
  templates: readonly ReplyTemplate[] = replyTemplates,
): readonly ReplyTemplate[] {
  return templates.filter((template) => matchesOptions(template.onlyWhen, options));
}

/** The template's Markdown with placeholders still in it, for the project's choices. */
export function replyMarkdown(
  template: ReplyTemplate,
  options: PolicyOptions,
  text: MessageText = inEnglish,
): string {
  return template.reply
    .filter((block) => !('onlyWhen' in block) || matchesOptions(block.onlyWhen, options))
    .map((block) => text(blockMessage(block)))
    .join('\n\n');
}

const placeholderPattern = /\{([A-Za-z]+)\}/g;

function isPlaceholderId(name: string): name is PlaceholderId {
  return (placeholderIds as readonly string[]).includes(name);
}

/** Every `{name}` in a text, known or not, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1]);
}

/**
 * Replaces each `{name}` in one pass. Values are never read again for
 * placeholders, so a handle such as "{reviewer}" or "$&" stays as typed.
 * A missing value shows its marker, worded by `markerText`.
 */
export function fillText(
  text: string,
  values: PlaceholderValues,
  markerText: MessageText = inEnglish,
): ReplySegment[] {
  const segments: ReplySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const name = match[1];
    if (!isPlaceholderId(name)) {
      continue;
    }
    if (match.index > last) {
      segments.push({ kind: 'text', text: text.slice(last, match.index) });
    }
    const value = values[name];
    segments.push(
      value === null
        ? { kind: 'marker', text: markerText(placeholderMeta[name].marker), placeholder: name }
        : { kind: 'value', text: value, placeholder: name },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) {
    segments.push({ kind: 'text', text: text.slice(last) });
  }
  return segments;
}

export function segmentsToText(segments: readonly ReplySegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** The reply in the words `text` gives (English unless told), filled in, as segments. */
export function fillTemplate(
  template: ReplyTemplate,
  config: SiteConfig,
  inputs: ReplyInputs,
  text: MessageText = inEnglish,
): ReplySegment[] {
  return fillText(
    replyMarkdown(template, config.policy.options, text),
    placeholderValues(config, inputs, template.section),
    text,
  );
}

/** The reply exactly as Copy puts it on the clipboard. */
export function filledReply(
  template: ReplyTemplate,
  config: SiteConfig,
  inputs: ReplyInputs,
  text: MessageText = inEnglish,
): string {
  return segmentsToText(fillTemplate(template, config, inputs, text));
}
