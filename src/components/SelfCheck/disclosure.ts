/**
 * Builds the disclosure a contributor pastes into a pull request, and the
 * optional commit trailer, from what they typed. Pure and text-only: the
 * result is shown as React text and copied as is, so nothing typed here is
 * ever read as HTML.
 *
 * The disclosure is written in English, the working language of the
 * project's repository. A project that works in another language edits the
 * phrases in this file.
 */
import { disclosureUses, verdictFor, type DisclosureUseId } from '../../data/disclosureUses';
import type { PolicyOptions } from '../../data/policyOptions';
import type { FindingId } from '../../data/selfCheck/flow';

export interface DisclosureInput {
  /** The tool's name, e.g. "ExampleChat". */
  readonly tool: string;
  /** The model, if known, e.g. "example-large-2". */
  readonly model: string;
  /** How it was used, in the contributor's words. */
  readonly how: string;
  /** Which code or text it produced. */
  readonly parts: string;
}

export interface Disclosure {
  /** The paragraph for the pull-request description. */
  readonly paragraph: string;
  /** One commit-trailer line, or null when the project uses none or no tool is named yet. */
  readonly trailer: string | null;
}

/**
 * A first sentence for "How you used it", for each finding that a disclosure
 * mentions. The contributor can edit it. Findings with nothing to disclose
 * have no sentence.
 */
export const useSentences: Readonly<Partial<Record<FindingId, string>>> = {
  wordAutocomplete: 'It finished words and names that I had started to type.',
  grammar: 'It corrected the spelling or grammar of text I wrote.',
  lineCompletion: 'It suggested whole lines or blocks of code while I typed, and I accepted some.',
  translation: 'It translated my own words from my first language.',
  accessibility: 'I used it as an accessibility tool.',
  explanation: 'It explained code and error messages to me while I worked.',
  rewrittenDraft: 'It wrote a first draft, which I rewrote myself.',
  generatedCode: 'It wrote tests or repetitive code, which I checked line by line.',
  pastedModelCode: 'I pasted some code from its answers into the change.',
  postedRewritten:
    'It drafted text for the description or comments, which I rewrote in my own words.',
  postedVerbatim: 'Some passages in the description or comments are its output, marked as such.',
  agentAccountable: 'An agent acted for me, and I am responsible for its work.',
  sourceResembles: 'Some of its output may repeat existing code, and I could not tell from where.',
};

/**
 * True for a use that the table "When to disclose" says needs no disclosure
 * under these options, such as machine translation of your own words where
 * the project exempts it. The builder never writes such a use into the text
 * by itself: a text that names a disability aid or a translation, shown in
 * public, must be the contributor's own choice.
 */
export function needsNoMention(id: FindingId, policy: PolicyOptions): boolean {
  return id in disclosureUses && verdictFor(id as DisclosureUseId, policy) === 'none';
}

/** The sentences for these findings, in their order, without repeats. */
function sentencesFor(found: readonly FindingId[]): string[] {
  const sentences = found.flatMap((id) => {
    const sentence = useSentences[id];
    return sentence === undefined ? [] : [sentence];
  });
  return [...new Set(sentences)];
}

/** The suggested text for "How you used it", from what the answers say, without uses that need no mention. */
export function suggestedHow(found: readonly FindingId[], policy: PolicyOptions): string {
  return sentencesFor(found.filter((id) => !needsNoMention(id, policy))).join(' ');
}

/**
 * The findings that need no mention but have a sentence, which the
 * contributor may add to the text themselves: "Mention this anyway".
 */
export function optionalMentions(
  found: readonly FindingId[],
  policy: PolicyOptions,
): readonly DisclosureUseId[] {
  return [...new Set(found)].filter(
    (id): id is DisclosureUseId => needsNoMention(id, policy) && useSentences[id] !== undefined,
  );
}

/**
 * The text of "How you used it" with one finding's sentence added at the
 * end, or taken out, as the contributor ticks or clears "Mention this
 * anyway". The rest of the text stays as the contributor typed it.
 */
export function withMention(how: string, id: FindingId, mention: boolean): string {
  const sentence = useSentences[id];
  if (sentence === undefined) {
    return how;
  }
  if (mention) {
    if (how.includes(sentence)) {
      return how;
    }
    const trimmed = how.trim();
    return trimmed === '' ? sentence : `${trimmed} ${sentence}`;
  }
  const form = [` ${sentence}`, `${sentence} `, sentence].find((text) => how.includes(text));
  return form === undefined ? how : how.replace(form, '');
}

/** True when the text of "How you used it" holds the finding's sentence. */
export function mentions(how: string, id: FindingId): boolean {
  const sentence = useSentences[id];
  return sentence !== undefined && how.includes(sentence);
}

function endsSentence(text: string): string {
  return /[.!?…。]$/u.test(text) ? text : `${text}.`;
}

/**
 * Makes a value safe for a trailer line. A trailer is one line of the commit
 * message, so every kind of line break becomes a space: a newline typed into
 * the tool or model field must not be able to add a second trailer (or any
 * other line) to the commit.
 */
export function toTrailerValue(text: string): string {
  return text
    .replace(/[\r\n\v\f\u0085\u2028\u2029]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function buildTrailer(
  input: Pick<DisclosureInput, 'tool' | 'model'>,
  style: PolicyOptions['commitTrailer'],
): string | null {
  const tool = toTrailerValue(input.tool);
  const model = toTrailerValue(input.model);
  if (style === 'none' || tool === '') {
    return null;
  }
  if (style === 'Generated-by') {
    return `Generated-by: ${tool}`;
  }
  return model === '' ? `Assisted-by: ${tool}` : `Assisted-by: ${tool}:${model}`;
}

/** The paragraph keeps the contributor's text exactly, only trimmed at both ends. */
export function buildParagraph(input: DisclosureInput): string {
  const tool = input.tool.trim();
  const model = input.model.trim();
  const how = input.how.trim();
  const parts = input.parts.trim();
  const toolPhrase = tool === '' ? 'an LLM tool' : tool;
  const modelPhrase = model === '' ? '' : ` (model: ${model})`;
  const sentences = [`LLM use: I used ${toolPhrase}${modelPhrase}.`];
  if (how !== '') {
    sentences.push(endsSentence(how));
  }
  if (parts !== '') {
    sentences.push(endsSentence(`Parts it produced: ${parts}`));
  }
  return sentences.join(' ');
}

export function buildDisclosure(
  input: DisclosureInput,
  style: PolicyOptions['commitTrailer'],
): Disclosure {
  return { paragraph: buildParagraph(input), trailer: buildTrailer(input, style) };
}
