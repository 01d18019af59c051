import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as copy from './reactUtils';

// A Docusaurus alias, which unit tests do not have.
vi.mock('@docusaurus/useIsomorphicLayoutEffect', () => ({ default: (): void => undefined }));

const require = createRequire(import.meta.url);
/** The names that the original declares; its code has JSX in a .js file, so it is not imported. */
const originalNames = [
  ...readFileSync(
    join(dirname(require.resolve('@docusaurus/theme-common')), 'utils/reactUtils.d.ts'),
    'utf8',
  ).matchAll(/^export declare (?:function|class) (\w+)/gm),
].map((match) => match[1]);

describe('the browser copy of theme-common’s reactUtils', () => {
  it('replaces a file that exists: plugins/lean-client names it by path', () => {
    expect(
      existsSync(join(dirname(require.resolve('@docusaurus/theme-common')), 'utils/reactUtils.js')),
    ).toBe(true);
  });

  it('exports the same names as the original', () => {
    expect(originalNames.length).toBeGreaterThan(0);
    expect(Object.keys(copy).sort()).toEqual(originalNames.sort());
  });

  it('names the hook and the provider in a context error, as the original does', () => {
    function useSomething(): Error {
      return new copy.ReactContextError('SomethingProvider');
    }
    expect(useSomething().message).toMatch(
      /^Hook useSomething is called outside the <SomethingProvider>\./,
    );
  });
});
