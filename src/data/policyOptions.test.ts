import { describe, expect, it } from 'vitest';
import {
  originDifferences,
  originPolicyOptions,
  policyOptionIds,
  policyOptionMeta,
  policyOptionValues,
  valueOrigin,
  type PolicyOptions,
} from './policyOptions';

describe('policy options vocabulary', () => {
  it.each(policyOptionIds)('%s: every value has a label and a one-line description', (id) => {
    const meta = policyOptionMeta[id];
    expect(meta.label.trim()).not.toBe('');
    expect(meta.description).toMatch(/^[A-Z].*\.$/);
    expect(Object.keys(meta.values).sort()).toEqual([...policyOptionValues[id]].sort());
    for (const value of Object.values(meta.values) as { label: string; description: string }[]) {
      expect(value.label.trim()).not.toBe('');
      expect(value.description).toMatch(/^[A-Z"].*\.$/);
      expect(value.description).not.toContain('\n');
    }
  });
});

describe('valueOrigin', () => {
  it('marks the original policy’s choices, the earlier draft’s clause and this site’s additions', () => {
    expect(valueOrigin('disclosure', 'required')).toBe('original');
    expect(valueOrigin('disclosure', 'encouraged')).toBe('added');
    expect(valueOrigin('accessibilityTools', 'exempt')).toBe('added');
    expect(valueOrigin('commitTrailer', 'none')).toBe('original');
    expect(valueOrigin('commitTrailer', 'Assisted-by')).toBe('added');
    expect(valueOrigin('closedCommercialModels', 'no-clause')).toBe('original');
    expect(valueOrigin('closedCommercialModels', 'not-accepted')).toBe('earlierDraft');
  });

  it('finds exactly one original value for every option', () => {
    for (const id of policyOptionIds) {
      const values: readonly string[] = policyOptionValues[id];
      const originals = values.filter(
        (value) => valueOrigin(id, value as PolicyOptions[typeof id]) === 'original',
      );
      expect(originals, id).toEqual([originPolicyOptions[id]]);
    }
  });
});

describe('originDifferences', () => {
  it('is empty for the original choices, and names each other choice with both labels', () => {
    expect(originDifferences(originPolicyOptions)).toEqual([]);
    expect(originDifferences({ ...originPolicyOptions, disclosure: 'encouraged' })).toEqual([
      { id: 'disclosure', option: 'Disclosure', chosen: 'Encouraged', original: 'Required' },
    ]);
  });
});
