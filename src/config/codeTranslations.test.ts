import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeTranslator, readCodeTranslations } from './codeTranslations';

const title = { id: 'site.title', message: '{project} LLM contribution policy' };

describe('codeTranslator', () => {
  it('uses the translation of the id, with the values filled in', () => {
    const translate = codeTranslator({ 'site.title': { message: 'Politique LLM de {project}' } });
    expect(translate(title, { project: 'Harbour' })).toBe('Politique LLM de Harbour');
  });

  it('falls back to the English wording when the id has no translation', () => {
    expect(codeTranslator({})(title, { project: 'Harbour' })).toBe(
      'Harbour LLM contribution policy',
    );
  });

  it('does not take names that every object has for translations', () => {
    expect(codeTranslator({})({ id: 'constructor', message: 'Text' })).toBe('Text');
  });
});

describe('readCodeTranslations', () => {
  it('reads i18n/<locale>/code.json, and finds none for a locale without one', () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'code-translations-'));
    mkdirSync(join(siteDir, 'i18n', 'fr'), { recursive: true });
    writeFileSync(
      join(siteDir, 'i18n', 'fr', 'code.json'),
      JSON.stringify({ 'site.title': { message: 'Politique', description: 'Title' } }),
    );
    expect(readCodeTranslations(siteDir, 'fr')).toEqual({
      'site.title': { message: 'Politique', description: 'Title' },
    });
    expect(readCodeTranslations(siteDir, 'en')).toEqual({});
  });
});
