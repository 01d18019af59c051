import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyBreakage, validConfig, withField } from '../../tests/unit/arbitraries';
import { findSiteConfigProblems, SiteConfigError, validateSiteConfig } from './validate';

// Property tests of the validator: it accepts every config that follows its rules, and it
// refuses every config with one field broken, with one error that names that field. On a
// failure, fast-check prints the smallest config it found that fails, and the seed.

const seed = 20261206;
// Each property takes a second or two; the limit leaves room for a busy machine.
const timeout = 30_000;

/** What `validateSiteConfig` throws for `input`, or undefined when it accepts it. */
function errorOf(input: unknown): unknown {
  try {
    validateSiteConfig(input);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('validateSiteConfig, for any config', { timeout }, () => {
  it('accepts any config that follows the rules: names and labels of any Unicode text within the limits, any address, any base path, every option value, with or without pullRequestCheck', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(findSiteConfigProblems(config)).toEqual([]);
        expect(validateSiteConfig(config)).toBe(config);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('refuses any config with one field broken (wrong type, empty, too long, line break, bad address, base path, date, option value or login, unknown field) with one error that names the field, and never with another kind of error', () => {
    fc.assert(
      fc.property(validConfig, anyBreakage, (config, { path, field, value, expected }) => {
        const input = withField(config, path, value);
        const problems = findSiteConfigProblems(input);
        expect(problems.map((problem) => problem.field)).toEqual([field]);
        expect(problems[0].expected?.code ?? null).toBe(expected);
        expect(problems[0].message.startsWith(`"${field}" `)).toBe(true);
        const error = errorOf(input);
        expect(error).toBeInstanceOf(SiteConfigError);
        expect((error as SiteConfigError).problems).toEqual([problems[0].message]);
        expect((error as SiteConfigError).message).toContain(`"${field}"`);
      }),
      { seed, numRuns: 1000 },
    );
  });
});
