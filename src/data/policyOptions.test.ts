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
import type { Message } from './message';

interface Described {
  readonly label: Message;
  readonly description: Message;
}

describe('policy options vocabulary', () => {
  it.each(policyOptionIds)('%s: every value has a label and a one-line description', (id) => {
    const meta = policyOptionMeta[id];
    expect(meta.label.message.trim()).not.toBe('');
    expect(meta.description.message).toMatch(/^[A-Z].*\.$/);
    expect(Object.keys(meta.values).sort()).toEqual([...policyOptionValues[id]].sort());
    for (const value of Object.values(meta.values) as Described[]) {
      expect(value.label.message.trim()).not.toBe('');
      expect(value.description.message).toMatch(/^[A-Z"].*\.$/);
      expect(value.description.message).not.toContain('\n');
    }
  });

  it.each(policyOptionIds)('%s: every message has an id made of the option and the value', (id) => {
    const meta = policyOptionMeta[id];
    expect(meta.label.id).toBe(`policyOptions.${id}.label`);
    expect(meta.description.id).toBe(`policyOptions.${id}.description`);
    for (const [value, described] of Object.entries(meta.values) as [string, Described][]) {
      expect(described.label.id).toBe(`policyOptions.${id}.${value}.label`);
      expect(described.description.id).toBe(`policyOptions.${id}.${value}.description`);
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
      {
        id: 'disclosure',
        option: policyOptionMeta.disclosure.label,
        chosen: policyOptionMeta.disclosure.values.encouraged.label,
        original: policyOptionMeta.disclosure.values.required.label,
      },
    ]);
    expect(
      originDifferences({ ...originPolicyOptions, disclosure: 'encouraged' }).map((difference) => [
        difference.option.message,
        difference.chosen.message,
        difference.original.message,
      ]),
    ).toEqual([['Disclosure', 'Encouraged', 'Required']]);
  });
});
