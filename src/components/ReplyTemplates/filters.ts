// Filter and search for the templates page, and their place in the URL. Pure: no React, no browser.
import { inEnglish, type MessageText } from '../../data/message';
import type { PolicyOptions } from '../../data/policyOptions';
import { blockMessage, replyToneLabels, type ReplyTemplate } from '../../data/replyTemplates';
import { replyCaseIds, replyCaseTitles, type ReplyCaseId } from '../../data/replyCases';
import { toolKinds, toolKindsForCase } from '../../data/toolKinds';

export interface TemplateFilters {
  /** Only this case, or every case when null. */
  readonly caseId: ReplyCaseId | null;
  /** Free text, kept as typed; matching ignores case, accents and extra spaces. */
  readonly query: string;
}

export const noFilters: TemplateFilters = { caseId: null, query: '' };

export const maxQueryLength = 100;

const caseParam = 'case';
const queryParam = 'q';

function isCaseId(value: string | null): value is ReplyCaseId {
  return value !== null && (replyCaseIds as readonly string[]).includes(value);
}

/** Reads the filters from a query string; anything unknown or malformed is ignored. */
export function parseFilters(search: string): TemplateFilters {
  const params = new URLSearchParams(search);
  const caseId = params.get(caseParam);
  return {
    caseId: isCaseId(caseId) ? caseId : null,
    query: (params.get(queryParam) ?? '').slice(0, maxQueryLength),
  };
}

/** Writes the filters into a query string, keeping any other parameters; "" when there is none. */
export function filtersToSearch(filters: TemplateFilters, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  params.delete(caseParam);
  params.delete(queryParam);
  if (filters.caseId !== null) {
    params.set(caseParam, filters.caseId);
  }
  if (filters.query.trim() !== '') {
    params.set(queryParam, filters.query);
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** Lower case, without accents, so "resume" finds "résumé". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded: letters and digits, split at everything else. */
function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Words people search for that the templates say differently. The site says
 * "LLM" for the technology, so a search for "AI" finds what is about LLMs.
 */
const synonyms: Readonly<Record<string, readonly string[]>> = {
  ai: ['llm'],
  chatbot: ['llm', 'chat'],
  bot: ['agent'],
};

/** Query words of fewer letters must match a whole word; longer ones also match the start of one. */
const minPrefixLength = 4;

function matchesWord(
  queryWord: string,
  words: ReadonlySet<string>,
  list: readonly string[],
): boolean {
  return [queryWord, ...(synonyms[queryWord] ?? [])].some(
    (wanted) =>
      words.has(wanted) ||
      (wanted.length >= minPrefixLength && list.some((word) => word.startsWith(wanted))),
  );
}

/**
 * The names and labels of the kinds of tool whose uses lead to this case under these options
 * (src/data/toolKinds.ts), so that "ChatGPT" finds the replies for what a contributor may have
 * done with it. The kinds' descriptions are left out: their everyday words would match too much.
 */
function toolWords(caseId: ReplyCaseId, options: PolicyOptions, text: MessageText): string[] {
  return toolKindsForCase(caseId, options).flatMap((kind) => [
    text(toolKinds[kind].label),
    ...toolKinds[kind].tools,
  ]);
}

function searchableWords(
  template: ReplyTemplate,
  text: MessageText,
  options: PolicyOptions,
): string[] {
  const reply = template.reply.map((block) => text(blockMessage(block)));
  return wordsOf(
    [
      ...toolWords(template.case, options, text),
      template.id,
      text(template.title),
      text(template.useWhen),
      text(template.notWhen),
      text(replyCaseTitles[template.case]),
      text(replyToneLabels[template.tone]),
      // Without the placeholders, or every template would match "contributor".
      ...reply.map((text) => text.replace(/\{[A-Za-z]+\}/g, ' ')),
    ].join('\n'),
  );
}

/**
 * The templates of the chosen case that contain every word of the query, as
 * words: "AI" does not find "again" or "explain", but "clos" finds "closing".
 * The words are those the reader sees, as `text` gives them. The names of
 * tools count too: under the project's options, a template matches the tools
 * whose uses lead to its case.
 */
export function filterTemplates(
  templates: readonly ReplyTemplate[],
  filters: TemplateFilters,
  options: PolicyOptions,
  text: MessageText = inEnglish,
): readonly ReplyTemplate[] {
  const queryWords = wordsOf(filters.query);
  return templates.filter((template) => {
    if (filters.caseId !== null && template.case !== filters.caseId) {
      return false;
    }
    const list = searchableWords(template, text, options);
    const words = new Set(list);
    return queryWords.every((word) => matchesWord(word, words, list));
  });
}

export interface CaseGroup {
  readonly caseId: ReplyCaseId;
  readonly templates: readonly ReplyTemplate[];
}

/** Groups templates by case, in the guide's order, leaving out empty cases. */
export function groupByCase(templates: readonly ReplyTemplate[]): readonly CaseGroup[] {
  return replyCaseIds
    .map((caseId) => ({
      caseId,
      templates: templates.filter((template) => template.case === caseId),
    }))
    .filter((group) => group.templates.length > 0);
}
