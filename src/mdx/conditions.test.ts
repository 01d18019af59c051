import { describe, expect, it } from 'vitest';
import harbourConfig from '../../tests/fixtures/harbour.config';
import { optionMatches, optionValue } from './conditions';

const options = {
  ...harbourConfig.policy.options,
  disclosure: 'required',
  commitTrailer: 'none',
} as const;

describe('optionMatches', () => {
  it.each([
    [{ name: 'disclosure', is: 'required' }, true],
    [{ name: 'disclosure', is: 'encouraged' }, false],
    [{ name: 'commitTrailer', not: 'none' }, false],
    [{ name: 'commitTrailer', not: 'Assisted-by' }, true],
  ])('%j -> %s', (condition, expected) => {
    expect(optionMatches(options, condition)).toBe(expected);
  });

  it('names an unknown option and lists the known ones', () => {
    expect(() => optionMatches(options, { name: 'disclosures', is: 'required' })).toThrow(
      /name="disclosures" is not a policy option\. Expected one of: "disclosure",/,
    );
  });

  it('names an unknown value and lists the known ones', () => {
    expect(() => optionMatches(options, { name: 'disclosure', is: 'optional' })).toThrow(
      '<WhenOption name="disclosure">: "optional" is not a value of this option. Expected one of: "required", "encouraged".',
    );
  });

  it.each([[{ name: 'disclosure' }], [{ name: 'disclosure', is: 'required', not: 'encouraged' }]])(
    'needs exactly one of is and not: %j',
    (condition) => {
      expect(() => optionMatches(options, condition)).toThrow('needs exactly one of');
    },
  );
});

describe('optionValue', () => {
  it('gives the chosen value', () => {
    expect(optionValue(options, 'commitTrailer')).toBe('none');
  });

  it('names an unknown option', () => {
    expect(() => optionValue(options, 'trailer')).toThrow('<OptionText name="trailer">');
  });
});
