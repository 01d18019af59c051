import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks of project-words.txt, the spelling check's list of the project's own words.

const words = readFileSync(join(__dirname, '../../project-words.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '');

describe('project-words.txt', () => {
  it('holds one word per line, without spaces', () => {
    for (const word of words) {
      expect(word, `"${word}" should be one word`).toMatch(/^[\p{L}\p{N}'-]+$/u);
    }
  });

  it('is in alphabetical order, whatever the case, with each word once', () => {
    const sorted = [...words].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
    expect(words).toEqual(sorted);
    expect(new Set(words.map((word) => word.toLowerCase())).size).toBe(words.length);
  });
});
