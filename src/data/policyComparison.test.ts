import { describe, expect, it } from 'vitest';
import forkConfig from '../../tests/fixtures/fork.config';
import harbourConfig from '../../tests/fixtures/harbour.config';
import { isRealDate } from '../config/validate';
import {
  columnDefinitions,
  comparisonDimensions,
  notStated,
  peerPolicies,
  sameChoices,
  siteCells,
  stanceLabels,
  stanceValues,
  type ComparisonCells,
} from './policyComparison';
import { policyOptionIds, policyOptionValues } from './policyOptions';

// The data of the "How this policy compares" page: enough rows, each with its source and the
// day it was checked, and every value one that this site's vocabulary knows, or "not stated".
// The checks of consistency are the ones a machine can make: every column has its rule, every
// stated value has a note with the policy's words behind it, and a repository's own AGENTS.md
// never sets a value.

function knownValues(dimension: (typeof comparisonDimensions)[number]): readonly string[] {
  return dimension === 'stance' ? stanceValues : policyOptionValues[dimension];
}

describe('peerPolicies', () => {
  it('has at least twelve policies, each once', () => {
    expect(peerPolicies.length).toBeGreaterThanOrEqual(12);
    const ids = peerPolicies.map((peer) => peer.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = peerPolicies.map((peer) => peer.name.message);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(peerPolicies)('$id links to its published policy over https', (peer) => {
    expect(peer.sources.length).toBeGreaterThan(0);
    for (const source of peer.sources) {
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toMatch(/\.[a-z]+$/);
      expect(source.label.message.trim()).not.toBe('');
    }
  });

  it('gives no address to two policies', () => {
    const urls = peerPolicies.flatMap((peer) => peer.sources.map((source) => source.url));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each(peerPolicies)('$id says when it was checked: a real day, not in the future', (peer) => {
    expect(isRealDate(peer.checkedOn)).toBe(true);
    expect(peer.checkedOn >= '2025-01-01').toBe(true);
    expect(peer.checkedOn <= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it.each(peerPolicies)(
    '$id has a value in every column, each one the vocabulary knows or "not stated"',
    (peer) => {
      expect(Object.keys(peer.cells).sort()).toEqual([...comparisonDimensions].sort());
      for (const dimension of comparisonDimensions) {
        expect([...knownValues(dimension), notStated]).toContain(peer.cells[dimension].value);
      }
    },
  );

  it.each(peerPolicies)('$id states its stance, and words each note as a sentence', (peer) => {
    expect(peer.cells.stance.value).not.toBe(notStated);
    for (const dimension of comparisonDimensions) {
      const { note } = peer.cells[dimension];
      if (note !== undefined) {
        expect(note.id).toBe(`comparison.${note.id.split('.')[1]}.${dimension}.note`);
        expect(note.message).toMatch(/^[A-Z][^\n]*\.$/);
      }
    }
  });

  it('gives every note its own translation id', () => {
    const ids = peerPolicies.flatMap((peer) =>
      comparisonDimensions.flatMap((dimension) => peer.cells[dimension].note?.id ?? []),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(peerPolicies)(
    '$id gives a note for every stated value but a stance of "allowed", so each has its evidence',
    (peer) => {
      for (const dimension of comparisonDimensions) {
        const { value, note } = peer.cells[dimension];
        const needsNote = value !== notStated && !(dimension === 'stance' && value === 'allowed');
        if (needsNote) {
          expect(note, `${peer.id}: ${dimension} is "${value}" without a note`).toBeDefined();
        }
      }
    },
  );

  it.each(peerPolicies)(
    '$id says why translation and assistive tools are "not stated" when it adds a note to them',
    (peer) => {
      for (const dimension of ['machineTranslation', 'accessibilityTools'] as const) {
        const { value, note } = peer.cells[dimension];
        if (value === notStated && note !== undefined) {
          expect(note.message).toMatch(/\bdoes not\b/);
        }
      }
    },
  );

  it.each(peerPolicies)(
    '$id takes its AGENTS.md value from the policy, never from the repository’s own file',
    (peer) => {
      for (const dimension of comparisonDimensions) {
        const { value, note } = peer.cells[dimension];
        if (note?.message.includes('AGENTS.md')) {
          expect(dimension).toBe('agentsFile');
          expect(value).toBe(notStated);
        }
      }
    },
  );

  it('has a label for every stance', () => {
    expect(Object.keys(stanceLabels).sort()).toEqual([...stanceValues].sort());
  });
});

describe('columnDefinitions', () => {
  it.each(comparisonDimensions)(
    'defines %s: the question it asks, and when each of its values applies',
    (dimension) => {
      const { question, values } = columnDefinitions[dimension];
      expect(question).toMatch(/^[A-Z][^\n]*[.?]$/);
      expect(Object.keys(values).sort()).toEqual([...knownValues(dimension), notStated].sort());
      for (const sentence of Object.values(values)) {
        expect(sentence).toMatch(/^[A-Z][^\n]*\.$/);
      }
    },
  );
});

describe('siteCells', () => {
  it.each([
    ['Lanternfish', forkConfig],
    ['Harbour', harbourConfig],
  ])('shows the options of %s, and the stance of this policy: allowed', (_, config) => {
    const cells = siteCells(config.policy.options);
    expect(cells.stance.value).toBe('allowed');
    for (const id of policyOptionIds) {
      if ((comparisonDimensions as readonly string[]).includes(id)) {
        expect(cells[id as keyof ComparisonCells].value).toBe(config.policy.options[id]);
      }
    }
  });
});

describe('sameChoices', () => {
  const site = siteCells(forkConfig.policy.options);
  const silent: ComparisonCells = {
    stance: { value: notStated },
    disclosure: { value: notStated },
    commitTrailer: { value: notStated },
    machineTranslation: { value: notStated },
    accessibilityTools: { value: notStated },
    autonomousAgents: { value: notStated },
    agentsFile: { value: notStated },
  };

  it('counts nothing for a policy that states nothing', () => {
    expect(sameChoices(silent, site)).toEqual({ same: [], stated: 0 });
  });

  it('counts a stated value that differs as stated, not as the same', () => {
    const differs: ComparisonCells = { ...silent, stance: { value: 'not-allowed' } };
    expect(sameChoices(differs, site)).toEqual({ same: [], stated: 1 });
  });

  it('lists the columns that agree, in the table’s order', () => {
    const agrees: ComparisonCells = {
      ...silent,
      agentsFile: site.agentsFile,
      stance: { value: 'allowed' },
      disclosure: { value: site.disclosure.value === 'required' ? 'encouraged' : 'required' },
    };
    expect(sameChoices(agrees, site)).toEqual({ same: ['stance', 'agentsFile'], stated: 3 });
  });

  it('finds every column the same when compared with itself', () => {
    expect(sameChoices(site, site)).toEqual({ same: comparisonDimensions, stated: 7 });
  });
});
