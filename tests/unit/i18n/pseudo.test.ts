import { describe, expect, it } from 'vitest';
import {
  accentLetters,
  closeMarker,
  openMarker,
  pseudoMarkdownText,
  pseudoMessage,
  pseudoTranslationFile,
  unpseudo,
} from '../../../scripts/i18n/pseudo.mjs';

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('accentLetters', () => {
  it('turns every ASCII letter into a distinct letter outside ASCII', () => {
    const accented = Array.from(accentLetters(plain));
    expect(accented).toHaveLength(52);
    expect(new Set(accented).size).toBe(52);
    for (const letter of accented) {
      expect(letter).toMatch(/^\p{L}$/u);
      expect(letter).not.toMatch(/[A-Za-z]/);
    }
  });

  it('keeps everything that is not an ASCII letter', () => {
    expect(accentLetters('0-9 … “ ” é ß 🦊 | {')).toBe('0-9 … “ ” é ß 🦊 | {');
  });
});

describe('pseudoMessage', () => {
  it('accents the letters and wraps the message in markers', () => {
    expect(pseudoMessage('Copy the reply')).toBe(`${openMarker}Çóþý ţĥé ŕéþļý${closeMarker}`);
  });

  it('keeps {placeholders}, also ICU-style arguments, as they are', () => {
    expect(pseudoMessage('Showing {shown} of {total} templates.')).toBe(
      '⟦Šĥóŵíñĝ {shown} óƒ {total} ţéɱþļáţéš.⟧',
    );
    expect(pseudoMessage('{count, plural, one {# day} other {# days}} left')).toBe(
      '⟦{count, plural, one {# day} other {# days}} ļéƒţ⟧',
    );
  });

  it('wraps each plural form on its own, so the chosen form carries both markers', () => {
    expect(pseudoMessage('One field.|{count} fields.')).toBe('⟦Óñé ƒíéļð.⟧|⟦{count} ƒíéļðš.⟧');
  });

  it('keeps markup, character references, code spans, link targets and addresses', () => {
    expect(pseudoMessage('Read <a href="/policy">the policy</a> &amp; more')).toBe(
      '⟦Ŕéáð <a href="/policy">ţĥé þóļíçý</a> &amp; ɱóŕé⟧',
    );
    expect(pseudoMessage('Add `{trailer}` to the [policy]({sectionUrl}).')).toBe(
      '⟦Áðð `{trailer}` ţó ţĥé [þóļíçý]({sectionUrl}).⟧',
    );
    expect(pseudoMessage('For example “https://policy.example.org” or mailto:me')).toBe(
      '⟦Ƒóŕ éẋáɱþļé “https://policy.example.org” óŕ mailto:me⟧',
    );
  });

  it('keeps white space at either end outside the markers, and blank text as it is', () => {
    expect(pseudoMessage('  Hi\n')).toBe('  ⟦Ĥí⟧\n');
    expect(pseudoMessage('')).toBe('');
    expect(pseudoMessage('   ')).toBe('   ');
    expect(pseudoMessage('a|')).toBe('⟦á⟧|');
  });

  it('wraps text without letters too, so that it still shows where it comes from', () => {
    expect(pseudoMessage('{count}')).toBe('⟦{count}⟧');
  });
});

describe('pseudoMarkdownText', () => {
  it('keeps backslash escapes and character references as written', () => {
    expect(pseudoMarkdownText('a \\*b\\* &amp; c&#123;')).toBe('⟦á \\*ƀ\\* &amp; ç&#123;⟧');
    expect(pseudoMarkdownText('\\n is not a newline')).toBe('⟦\\n íš ñóţ á ñéŵļíñé⟧');
  });

  it('keeps text across lines, such as a quotation, in one pair of markers', () => {
    expect(pseudoMarkdownText('first line\n> second')).toBe('⟦ƒíŕšţ ļíñé\n> šéçóñð⟧');
  });
});

describe('unpseudo', () => {
  it('undoes the pseudo-translation', () => {
    const message = 'Showing {shown} of {total}: “résumé”, <b>AI</b> & more.|One';
    expect(unpseudo(pseudoMessage(message))).toBe(message.replace('é', 'e').replace('é', 'e'));
    expect(unpseudo(accentLetters(plain))).toBe(plain);
  });
});

describe('pseudoTranslationFile', () => {
  it('changes every message and keeps the ids and descriptions', () => {
    expect(
      pseudoTranslationFile({
        'home.title': { message: 'Policy', description: 'The title' },
        'item.label.FAQ': { message: 'FAQ' },
      }),
    ).toEqual({
      'home.title': { message: '⟦Þóļíçý⟧', description: 'The title' },
      'item.label.FAQ': { message: '⟦ƑÁǪ⟧' },
    });
  });
});
