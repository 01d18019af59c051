import { describe, expect, it } from 'vitest';
import type { MessageText } from '../../data/message';
import { originPolicyOptions, type PolicyOptions } from '../../data/policyOptions';
import { replyTemplates } from '../../data/replyTemplates';
import { replyCaseIds, type ReplyCaseId } from '../../data/replyCases';
import { toolKindIds, toolKinds, toolKindsForCase, type ToolKindId } from '../../data/toolKinds';
import {
  filterTemplates,
  filtersToSearch,
  groupByCase,
  maxQueryLength,
  noFilters,
  parseFilters,
  type TemplateFilters,
} from './filters';

describe('parseFilters', () => {
  it.each([
    ['', noFilters],
    ['?', noFilters],
    ['?case=case-unsure', { caseId: 'case-unsure', query: '' }],
    ['?q=close', { caseId: null, query: 'close' }],
    ['?case=case-agent&q=bot+account', { caseId: 'case-agent', query: 'bot account' }],
    ['?q=%20spaced%20', { caseId: null, query: ' spaced ' }],
    ['case=case-repeat', { caseId: 'case-repeat', query: '' }],
  ] as const)('reads %j', (search, expected) => {
    expect(parseFilters(search)).toEqual(expected);
  });

  it.each([
    '?case=nonsense',
    '?case=CASE-UNSURE',
    '?case=__proto__',
    '?case=toString',
    '?case=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?case=',
    '?case[]=case-unsure',
  ])('ignores a tampered case in %j', (search) => {
    expect(parseFilters(search).caseId).toBeNull();
  });

  it('takes the first of repeated parameters', () => {
    expect(parseFilters('?case=case-agent&case=case-unsure&q=a&q=b')).toEqual({
      caseId: 'case-agent',
      query: 'a',
    });
  });

  it('cuts a very long query', () => {
    expect(parseFilters(`?q=${'a'.repeat(10_000)}`).query).toHaveLength(maxQueryLength);
  });

  it('survives broken percent-encoding and markup', () => {
    expect(parseFilters('?q=%E0%A4%A&case=%').caseId).toBeNull();
    expect(parseFilters('?q=%3Cimg%20src%3Dx%3E').query).toBe('<img src=x>');
  });
});

describe('filtersToSearch', () => {
  it.each([
    [noFilters, ''],
    [{ caseId: 'case-unsure', query: '' }, '?case=case-unsure'],
    [{ caseId: null, query: 'close it' }, '?q=close+it'],
    [{ caseId: null, query: '   ' }, ''],
    [{ caseId: 'case-agent', query: 'a&b=c' }, '?case=case-agent&q=a%26b%3Dc'],
  ] as const)('%j -> %j', (filters, expected) => {
    expect(filtersToSearch(filters, '')).toBe(expected);
  });

  it('keeps parameters that belong to someone else, and replaces its own', () => {
    expect(filtersToSearch({ caseId: null, query: 'x' }, '?utm=news&q=old&case=case-agent')).toBe(
      '?utm=news&q=x',
    );
  });

  it.each<TemplateFilters>([
    noFilters,
    { caseId: 'case-closing', query: 'copyright' },
    { caseId: null, query: 'ü & ? # / é 🦊 <b>' },
    ...replyCaseIds.map((caseId) => ({ caseId, query: '' })),
  ])('round-trips %j through the URL', (filters) => {
    expect(parseFilters(filtersToSearch(filters, '?other=1'))).toEqual(filters);
  });
});

describe('filterTemplates', () => {
  const ids = (filters: TemplateFilters): string[] =>
    filterTemplates(replyTemplates, filters, originPolicyOptions).map((template) => template.id);

  it('shows everything without filters', () => {
    expect(ids(noFilters)).toHaveLength(replyTemplates.length);
  });

  it('keeps only the chosen case', () => {
    expect(ids({ caseId: 'case-closing', query: '' })).toEqual([
      'closing-not-author',
      'closing-copyright',
      'closing-closed-model',
    ]);
  });

  it('needs every word, in any order, ignoring case, accents and spaces', () => {
    expect(ids({ caseId: null, query: '  COPYRIGHT   doubt ' })).toEqual(['closing-copyright']);
    expect(ids({ caseId: null, query: 'cópyright dóubt' })).toEqual(['closing-copyright']);
  });

  it('matches words, not letters inside words', () => {
    // "AI" is in "again" and "explain"; as a word it means the LLMs the templates talk about.
    const found = ids({ caseId: null, query: 'AI' });
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) {
      const template = replyTemplates.find((candidate) => candidate.id === id);
      const text = JSON.stringify(template).toLowerCase();
      expect(/\b(llm|ai)\b/.test(text), id).toBe(true);
    }
    expect(ids({ caseId: null, query: 'plain' })).not.toContain('looked-at-explain');
  });

  it('matches the start of a word for words of four letters or more', () => {
    expect(ids({ caseId: null, query: 'clos doubt' })).toEqual(['closing-copyright']);
    expect(ids({ caseId: null, query: 'age' })).toEqual([]);
    expect(ids({ caseId: null, query: 'bot' })).toEqual(ids({ caseId: null, query: 'agent' }));
  });

  it('searches the reply text, the advice, the case and the tone', () => {
    expect(ids({ caseId: null, query: 'translation tool' })).toContain(
      'machine-translated-welcome',
    );
    expect(ids({ caseId: null, query: 'beginner' })).toContain('newcomer-welcome');
    expect(ids({ caseId: null, query: 'repeat submission' })).toEqual(['repeat-close']);
    expect(ids({ caseId: 'case-unsure', query: 'firmer' })).toEqual(['unsure-follow-up']);
    expect(ids({ caseId: null, query: 'unsure-follow-up' })).toEqual(['unsure-follow-up']);
  });

  it('does not match the placeholder names', () => {
    expect(ids({ caseId: null, query: 'sectionUrl' })).toEqual([]);
  });

  it('combines the case and the words', () => {
    expect(ids({ caseId: 'case-agent', query: 'copyright' })).toEqual([]);
  });

  it('finds nothing for words no template has', () => {
    expect(ids({ caseId: null, query: 'zebra' })).toEqual([]);
  });

  it('searches the words the reader sees, in the reader’s language', () => {
    const german: MessageText = (message) =>
      message.message.replace(/copyright/gi, 'Urheberrecht').replace(/doubt/gi, 'Zweifel');
    const inGerman = (query: string): string[] =>
      filterTemplates(replyTemplates, { caseId: null, query }, originPolicyOptions, german).map(
        (template) => template.id,
      );
    expect(inGerman('urheberrecht zweifel')).toEqual(['closing-copyright']);
    expect(inGerman('copyright doubt')).toEqual([]);
  });
});

describe('filterTemplates with the names of tools', () => {
  const options: PolicyOptions = originPolicyOptions;
  const ids = (query: string, chosen: PolicyOptions = options): string[] =>
    filterTemplates(replyTemplates, { caseId: null, query }, chosen).map((template) => template.id);
  /** The templates of the cases that the uses of these kinds lead to, from the data alone. */
  const templatesOfKinds = (kinds: readonly ToolKindId[], chosen: PolicyOptions): string[] => {
    const cases = new Set<ReplyCaseId>(
      replyCaseIds.filter((caseId) =>
        toolKindsForCase(caseId, chosen).some((kind) => kinds.includes(kind)),
      ),
    );
    return replyTemplates
      .filter((template) => cases.has(template.case))
      .map((template) => template.id);
  };
  const kindsNaming = (name: string): ToolKindId[] =>
    toolKindIds.filter((kind) =>
      toolKinds[kind].tools.some((tool) => tool.toLowerCase().split(' ').includes(name)),
    );

  it.each(['ChatGPT', 'Copilot', 'Claude', 'DeepL', 'Cursor', 'Grammarly'])(
    '"%s" finds the templates of the cases its kinds of use lead to',
    (name) => {
      const expected = templatesOfKinds(kindsNaming(name.toLowerCase()), options);
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(name)).toEqual(expected);
      expect(ids(name.toLowerCase())).toEqual(ids(name));
    },
  );

  it('finds a clear disclosure, a gray area and verbatim text for ChatGPT, and no agent', () => {
    const found = ids('ChatGPT');
    const casesFound = new Set(
      replyTemplates.filter((template) => found.includes(template.id)).map((t) => t.case),
    );
    expect([...casesFound]).toEqual(
      expect.arrayContaining(['case-gray-area', 'case-verbatim-text', 'case-good-disclosure']),
    );
    expect(casesFound.has('case-agent')).toBe(false);
    expect(ids('Copilot')).toEqual(expect.arrayContaining(templatesOfKinds(['agents'], options)));
  });

  it('follows the project’s options: closing replies for a closed model only with that clause', () => {
    const closing = replyTemplates
      .filter((template) => template.case === 'case-closing')
      .map((template) => template.id);
    expect(ids('ChatGPT', { ...options, closedCommercialModels: 'no-clause' })).not.toEqual(
      expect.arrayContaining(closing),
    );
    expect(ids('ChatGPT', { ...options, closedCommercialModels: 'not-accepted' })).toEqual(
      expect.arrayContaining(closing),
    );
  });

  it('combines a tool’s name with the words of a template', () => {
    expect(ids('DeepL translation')).toEqual(
      expect.arrayContaining(['machine-translated-welcome']),
    );
    expect(ids('DeepL zebra')).toEqual([]);
  });
});

describe('groupByCase', () => {
  it('follows the guide’s order and skips empty cases', () => {
    const picked = replyTemplates.filter((template) =>
      ['case-good-disclosure', 'case-unsure'].includes(template.case),
    );
    const groups = groupByCase([...picked].reverse());
    expect(groups.map((group) => group.caseId)).toEqual(['case-unsure', 'case-good-disclosure']);
    expect(groups[0].templates.map((template) => template.case)).toEqual([
      'case-unsure',
      'case-unsure',
    ]);
  });
});
