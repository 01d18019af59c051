import { describe, expect, it } from 'vitest';
import { policyOptionIds, policyOptionMeta, policyOptionValues } from './policyOptions';

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
