import { describe, expect, it } from 'vitest';
import { selectedConfigPath } from './selectedConfig';

describe('selectedConfigPath', () => {
  it('uses site.config.ts when SITE_CONFIG is not set or empty', () => {
    expect(selectedConfigPath('/repo', {})).toBe('/repo/site.config.ts');
    expect(selectedConfigPath('/repo', { SITE_CONFIG: ' ' })).toBe('/repo/site.config.ts');
  });

  it('resolves SITE_CONFIG from the repository root', () => {
    expect(selectedConfigPath('/repo', { SITE_CONFIG: 'tests/fixtures/fork.config.ts' })).toBe(
      '/repo/tests/fixtures/fork.config.ts',
    );
  });

  it('keeps an absolute SITE_CONFIG as it is', () => {
    expect(selectedConfigPath('/repo', { SITE_CONFIG: '/elsewhere/my.config.ts' })).toBe(
      '/elsewhere/my.config.ts',
    );
  });
});
