import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import harbourConfig from '../../tests/fixtures/harbour.config';
import forkConfig from '../../tests/fixtures/fork.config';
import markupConfig from '../../tests/fixtures/markup.config';
import type { SiteConfig } from '../config/types';
import { validateSiteConfig } from '../config/validate';
import { siteConfigFile } from './siteConfigFile';

const awkward: SiteConfig = {
  ...forkConfig,
  project: { ...forkConfig.project, name: 'O\'Brien "Tools" \\ Co' },
  contact: { label: "the maintainers' forum", url: 'https://forum.example.org/c/dev' },
};

async function load(text: string): Promise<unknown> {
  const path = join(mkdtempSync(join(tmpdir(), 'site-config-')), 'site.config.ts');
  writeFileSync(path, text);
  return ((await import(path)) as { default: unknown }).default;
}

describe('siteConfigFile', () => {
  it.each([
    ['a plain config', harbourConfig],
    ['the fork fixture', forkConfig],
    ['a config full of markup characters', markupConfig],
    ['a config with quotes and a backslash', awkward],
  ])('writes %s so that it loads back unchanged and passes validation', async (_, config) => {
    const loaded = await load(siteConfigFile(config));
    expect(loaded).toEqual(config);
    expect(validateSiteConfig(loaded)).toEqual(config);
  });

  it.each([
    ['a plain config', harbourConfig],
    ['a config full of markup characters', markupConfig],
    ['a config with quotes', awkward],
  ])('formats %s as Prettier does, so a fork’s lint step passes', async (_, config) => {
    const root = join(__dirname, '../..');
    const options = await resolveConfig(join(root, 'site.config.ts'));
    expect(await check(siteConfigFile(config), { ...options, parser: 'typescript' })).toBe(true);
  });
});
