import { describe, expect, it } from 'vitest';
import { everyOptionSet } from '../../tests/unit/optionVariants';
import { disclosureTable, disclosureUseIds, reviewerCaseFor, verdictFor } from './disclosureUses';
import type { PolicyOptions } from './policyOptions';
import { replyCaseIds } from './replyCases';
import {
  toolKindAnchor,
  toolKindIds,
  toolKinds,
  toolKindsForCase,
  toolKindUses,
  toolNamesCheckedOn,
} from './toolKinds';

const optionSets = everyOptionSet();

/** The words of every kind, as the reply templates' search and the site search read them. */
function wordsOfKind(kind: (typeof toolKindIds)[number]): string[] {
  const { label, description, tools } = toolKinds[kind];
  return [label.message, description.message, ...tools]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

describe('the tools by kind', () => {
  it.each(toolKindIds)(
    '%s: has a label, a one-sentence description and ids named after it',
    (kind) => {
      const { label, description } = toolKinds[kind];
      expect(label.id).toBe(`toolKinds.${kind}.label`);
      expect(label.message).toMatch(/^[A-Z][^.]*$/);
      expect(description.id).toBe(`toolKinds.${kind}.description`);
      expect(description.message).toMatch(/^[A-Z].*\.$/);
    },
  );

  it.each(toolKindIds)('%s: names tools once each, without stray spaces', (kind) => {
    const { tools } = toolKinds[kind];
    expect(tools.length).toBeGreaterThan(0);
    expect(new Set(tools).size).toBe(tools.length);
    for (const tool of tools) {
      expect(tool, `a name in ${kind}`).toBe(tool.trim().replace(/\s+/g, ' '));
      expect(tool).not.toBe('');
    }
  });

  it.each(toolKindIds)('%s: was checked on a real day, not after today', (kind) => {
    const { checkedOn } = toolKinds[kind];
    expect(checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const day = new Date(`${checkedOn}T00:00:00Z`);
    expect(day.toISOString().slice(0, 10)).toBe(checkedOn);
    expect(day.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each(toolKindIds)('%s: leads to known uses, once each, in the table’s order', (kind) => {
    const { uses } = toolKinds[kind];
    expect(uses.length).toBeGreaterThan(0);
    const positions = uses.map((use) => disclosureUseIds.indexOf(use));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
  });

  it('gives each kind an anchor of its own', () => {
    const anchors = toolKindIds.map(toolKindAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(toolKindAnchor('chat')).toBe('tools-chat');
  });

  it('knows the names and kinds that people search for', () => {
    const found = (word: string): string[] =>
      toolKindIds.filter((kind) => wordsOfKind(kind).includes(word));
    expect(found('copilot')).toEqual(['completion', 'chat', 'agents']);
    expect(found('chatgpt')).toEqual(['chat']);
    expect(found('claude')).toEqual(['chat', 'agents']);
    expect(found('cursor')).toEqual(['completion', 'agents']);
    expect(found('deepl')).toEqual(['translators', 'grammar']);
    expect(found('grammarly')).toEqual(['grammar']);
    expect(found('dictation')).toEqual(['accessibility']);
    expect(found('autocomplete')).toEqual(['completion']);
  });

  it('is as new as its oldest list', () => {
    const dates = toolKindIds.map((kind) => toolKinds[kind].checkedOn).sort();
    expect(toolNamesCheckedOn()).toBe(dates[0]);
  });
});

describe('what the policy asks of each kind', () => {
  it('under every choice of options, shows each kind at least one use, each a row of the table', () => {
    for (const options of optionSets) {
      const rows = new Map(disclosureTable(options).map((row) => [row.use, row]));
      for (const kind of toolKindIds) {
        const shown = toolKindUses(kind, options);
        expect(shown.length, kind).toBeGreaterThan(0);
        for (const { use, label, verdict, verdictLabel } of shown) {
          const row = rows.get(use);
          expect(row, `${kind} links to the row of ${use}`).toBeDefined();
          expect({ label, verdict, verdictLabel }).toEqual({
            label: row?.label,
            verdict: row?.verdict,
            verdictLabel: row?.verdictLabel,
          });
        }
        // A use that does not arise under these options is left out, and only then.
        expect(shown.map(({ use }) => use)).toEqual(
          toolKinds[kind].uses.filter((use) => verdictFor(use, options) !== null),
        );
      }
    }
  });
});

describe('toolKindsForCase', () => {
  it('under every choice of options, names exactly the kinds with a use that leads to the case', () => {
    for (const options of optionSets) {
      for (const caseId of replyCaseIds) {
        const expected = toolKindIds.filter((kind) =>
          toolKinds[kind].uses.some((use) => reviewerCaseFor(use, options) === caseId),
        );
        expect(toolKindsForCase(caseId, options)).toEqual(expected);
      }
    }
  });

  it('leads chat assistants to the cases of their uses, and the clause on closed models to closing', () => {
    const options: PolicyOptions = {
      disclosure: 'required',
      machineTranslation: 'exempt',
      accessibilityTools: 'exempt',
      editingAids: 'light',
      autonomousAgents: 'not-allowed',
      verbatimModelText: 'not-allowed',
      closedCommercialModels: 'no-clause',
      agentsFile: 'discourage',
      commitTrailer: 'Assisted-by',
    };
    const casesOf = (kind: (typeof toolKindIds)[number], chosen: PolicyOptions): string[] =>
      replyCaseIds.filter((caseId) => toolKindsForCase(caseId, chosen).includes(kind));
    expect(casesOf('chat', options)).toEqual([
      'case-gray-area',
      'case-verbatim-text',
      'case-good-disclosure',
    ]);
    expect(casesOf('chat', { ...options, closedCommercialModels: 'not-accepted' })).toContain(
      'case-closing',
    );
    expect(casesOf('agents', options)).toEqual(['case-looked-at', 'case-gray-area', 'case-agent']);
    expect(casesOf('translators', options)).toEqual(['case-machine-translated']);
    // Exempt tools need no reply.
    expect(casesOf('accessibility', options)).toEqual([]);
    expect(casesOf('accessibility', { ...options, accessibilityTools: 'not-exempt' })).toEqual([
      'case-good-disclosure',
    ]);
  });
});
