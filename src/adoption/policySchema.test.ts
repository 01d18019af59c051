import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import forkConfig from '../../tests/fixtures/fork.config';
import harbourConfig from '../../tests/fixtures/harbour.config';
import markupConfig from '../../tests/fixtures/markup.config';
import selectedConfig from '../../tests/selectedConfig';
import type { SiteConfig } from '../config/types';
import { everyOptionCombination } from '../../tests/unit/optionVariants';
import { policyJsonErrors } from '../../tests/unit/policyJsonErrors';
import { policyDimensions, policyJson, policyJsonObject } from './policyJson';
import { policySchema, policySchemaObject } from './policySchema';

// policy.json and its JSON Schema (draft 2020-12): every option set gives a file that the
// schema accepts, the schema refuses what the site would never write, and the file names its
// schema by the schema's own address.

/** Ajv without format checks, as most readers of the file will run it; formats are checked below. */
function validatorFor(config: SiteConfig): ReturnType<Ajv2020['compile']> {
  return new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
    policySchemaObject(config),
  );
}

const configs: readonly [string, SiteConfig][] = [
  ['the config under test', selectedConfig],
  ['Lanternfish', forkConfig],
  ['Harbour', harbourConfig],
  ['the markup fixture', markupConfig],
];

describe.each(configs)('policy.json and policy.schema.json for %s', (_, config) => {
  const validate = validatorFor(config);

  it('is a strict draft 2020-12 schema whose $id is the address policy.json names', () => {
    const schema = JSON.parse(policySchema(config)) as Record<string, unknown>;
    const json = JSON.parse(policyJson(config)) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.$schema).toBe(schema.$id);
    expect(String(schema.$id)).toBe(
      `${config.site.url}${config.site.baseUrl}files/policy.schema.json`,
    );
  });

  it('accepts policy.json for every combination of options', () => {
    const combinations = everyOptionCombination(config);
    expect(combinations.length).toBeGreaterThan(100);
    for (const combination of combinations) {
      const json: unknown = JSON.parse(policyJson(combination));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(policyJsonErrors(json, combination)).toEqual([]);
    }
  });

  it.each([
    ['an unknown option value', ['policy', 'options', 'disclosure'], 'maybe'],
    ['a stance other than "allowed"', ['policy', 'dimensions', 'stance'], 'not-allowed'],
    ['an unknown trailer', ['policy', 'dimensions', 'commitTrailer'], 'Co-authored-by'],
    ['a missing field', ['policy', 'dimensions', 'humanInTheLoop'], undefined],
    ['an extra field', ['policy', 'dimensions', 'colour'], 'blue'],
    ['an older format version', ['formatVersion'], 1],
    ['a relative address', ['urls', 'policy'], '/policy'],
  ] as const)('refuses %s', (_, path, value) => {
    const json = structuredClone(policyJsonObject(config)) as unknown as Record<string, unknown>;
    let target = json;
    for (const key of path.slice(0, -1)) {
      target = target[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    if (value === undefined) {
      Reflect.deleteProperty(target, last);
    } else {
      target[last] = value;
    }
    expect(validate(json)).toBe(false);
  });
});

describe('policyDimensions', () => {
  it('says what each option means in the terms that public lists compare', () => {
    expect(policyDimensions(forkConfig.policy.options)).toEqual({
      stance: 'allowed',
      disclosure: forkConfig.policy.options.disclosure,
      copyrightStatement: true,
      humanInTheLoop: true,
      autonomousAgents: forkConfig.policy.options.autonomousAgents,
      machineTranslationExempt: forkConfig.policy.options.machineTranslation === 'exempt',
      accessibilityToolsExempt: forkConfig.policy.options.accessibilityTools === 'exempt',
      commitTrailer:
        forkConfig.policy.options.commitTrailer === 'none'
          ? null
          : forkConfig.policy.options.commitTrailer,
      commitTrailerExample: expect.any(String) as unknown,
      agentsFile: forkConfig.policy.options.agentsFile,
    });
  });

  it('gives no trailer, and no example, when the options name none', () => {
    const dimensions = policyDimensions({ ...forkConfig.policy.options, commitTrailer: 'none' });
    expect([dimensions.commitTrailer, dimensions.commitTrailerExample]).toEqual([null, null]);
  });

  it('turns each exemption into true or false', () => {
    const options = { ...forkConfig.policy.options };
    expect(
      policyDimensions({
        ...options,
        machineTranslation: 'exempt',
        accessibilityTools: 'not-exempt',
      }),
    ).toMatchObject({ machineTranslationExempt: true, accessibilityToolsExempt: false });
    expect(
      policyDimensions({
        ...options,
        machineTranslation: 'not-exempt',
        accessibilityTools: 'exempt',
      }),
    ).toMatchObject({ machineTranslationExempt: false, accessibilityToolsExempt: true });
  });
});
