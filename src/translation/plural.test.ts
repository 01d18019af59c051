import { describe, expect, it } from 'vitest';
import { fillMessage, selectPluralForm } from './plural';

describe('selectPluralForm', () => {
  const fields = 'one field|{count} fields';

  it('takes the first form for one and the second for any other number in English', () => {
    expect(selectPluralForm(fields, 1, 'en')).toBe('one field');
    expect(selectPluralForm(fields, 0, 'en')).toBe('{count} fields');
    expect(selectPluralForm(fields, 2, 'en')).toBe('{count} fields');
  });

  it('follows the plural rules of the locale, in the order zero, one, two, few, many, other', () => {
    // Polish: one, few, many, other.
    const polish = 'jedno pole|{count} pola|{count} pól|{count} pola (ułamek)';
    expect(selectPluralForm(polish, 1, 'pl')).toBe('jedno pole');
    expect(selectPluralForm(polish, 3, 'pl')).toBe('{count} pola');
    expect(selectPluralForm(polish, 5, 'pl')).toBe('{count} pól');
    expect(selectPluralForm(polish, 1.5, 'pl')).toBe('{count} pola (ułamek)');
  });

  it('uses the last form when the message has fewer forms than the locale', () => {
    expect(selectPluralForm('jedno|wiele', 5, 'pl')).toBe('wiele');
  });

  it('returns a message without forms as it is', () => {
    expect(selectPluralForm('{count} fields', 1, 'en')).toBe('{count} fields');
  });
});

describe('fillMessage', () => {
  it('replaces each known placeholder', () => {
    expect(fillMessage('{a} and {b}', { a: '1', b: '2' })).toBe('1 and 2');
  });

  it('keeps unknown placeholders and never reads a value again', () => {
    expect(fillMessage('{a} {missing}', { a: '{missing}' })).toBe('{missing} {missing}');
    expect(fillMessage('{a}', { a: '$&' })).toBe('$&');
  });

  it('ignores names that only exist on every object', () => {
    expect(fillMessage('{toString}', {})).toBe('{toString}');
  });
});
