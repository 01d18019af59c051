import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as shim from './utilsCommon';

const require = createRequire(import.meta.url);
const original = require('@docusaurus/utils-common') as Record<string, unknown>;

describe('the browser copy of @docusaurus/utils-common', () => {
  it('exports the same names as the package', () => {
    expect(Object.keys(shim).sort()).toEqual(
      Object.keys(original)
        .filter((name) => name !== '__esModule')
        .sort(),
    );
  });

  it('exports the same values', () => {
    for (const [name, value] of Object.entries(shim)) {
      expect(value, name).toBe(original[name]);
    }
  });
});
