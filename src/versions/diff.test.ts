import { describe, expect, it } from 'vitest';
import {
  countChanges,
  diffBlocks,
  diffWords,
  markdownBlocks,
  shownEntries,
  similarity,
  type Block,
} from './diff';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });

describe('markdownBlocks reads a passage as a reader sees it', () => {
  it.each([
    ['a [link](https://x.example/a_b) here', 'a link here'],
    ['**bold** and *soft* words', 'bold and soft words'],
    ['`code` stays', 'code stays'],
    ['2 \\* 3 \\[x\\] \\_y\\_', '2 * 3 [x] _y_'],
    ['a &lt;b&gt; &amp; c &#x20;d', 'a <b> & c d'],
    ['snake_case_word and a*b*c', 'snake_case_word and abc'],
    ['  spread\n over   lines ', 'spread over lines'],
  ])('%s -> %s', (markdown, text) => {
    expect(markdownBlocks(markdown)).toEqual([p(text)]);
  });
});

describe('markdownBlocks', () => {
  it('splits headings, paragraphs, items, quotations, code and table rows', () => {
    const markdown = [
      '<!-- a comment -->',
      '## Title',
      '',
      'One line',
      'and the next.',
      '',
      '- first item',
      '- second',
      '  item',
      '1. numbered',
      '',
      '> quoted',
      '> words',
      '',
      '```text',
      'Assisted-by: x',
      '',
      'body',
      '```',
      '',
      '| Use | Ask |',
      '| --- | --- |',
      '| a \\| b | c |',
      '',
      '---',
      'last',
    ].join('\r\n');
    expect(markdownBlocks(markdown)).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'One line and the next.' },
      { kind: 'item', text: 'first item' },
      { kind: 'item', text: 'second item' },
      { kind: 'item', text: 'numbered' },
      { kind: 'quote', text: 'quoted words' },
      { kind: 'code', text: 'Assisted-by: x\n\nbody' },
      { kind: 'row', text: 'Use | Ask' },
      { kind: 'row', text: 'a | b | c' },
      { kind: 'paragraph', text: 'last' },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(markdownBlocks('')).toEqual([]);
    expect(markdownBlocks('\n\n  \n')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('marks the words that were removed and added, and keeps the rest', () => {
    expect(diffWords('Tools are a normal part', 'Tools are a normal and useful part')).toEqual([
      { type: 'same', text: 'Tools are a normal ' },
      { type: 'added', text: 'and useful ' },
      { type: 'same', text: 'part' },
    ]);
    expect(diffWords('adopted on 5 May', 'adopted on 1 June')).toEqual([
      { type: 'same', text: 'adopted on ' },
      { type: 'removed', text: '5' },
      { type: 'added', text: '1' },
      { type: 'same', text: ' ' },
      { type: 'removed', text: 'May' },
      { type: 'added', text: 'June' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new')).toEqual([{ type: 'added', text: 'new' }]);
    expect(diffWords('old', '')).toEqual([{ type: 'removed', text: 'old' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('shows a very long passage as removed and added whole, and stays quick', () => {
    const before = 'word '.repeat(1000);
    const after = 'other '.repeat(1000);
    const started = performance.now();
    expect(diffWords(before, after)).toEqual([
      { type: 'removed', text: before },
      { type: 'added', text: after },
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps right-to-left text, emoji and markup as they are', () => {
    const parts = diffWords('שלום <b>x</b> 👋🏽', 'שלום <i>y</i> 👋🏽');
    expect(parts.map((part) => part.text).join('')).toContain('<i>y</i>');
    expect(parts[0]).toEqual({ type: 'same', text: 'שלום ' });
    expect(parts[parts.length - 1]).toEqual({ type: 'same', text: ' 👋🏽' });
  });
});

describe('similarity', () => {
  it('goes from 0 for no shared words to 1 for the same words', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
    expect(similarity('', '')).toBe(1);
    expect(similarity('The Cat', 'the cat!')).toBe(1);
  });
});

describe('diffBlocks', () => {
  it('finds nothing between the same texts', () => {
    const blocks = [h('A'), p('one'), p('two')];
    expect(countChanges(diffBlocks(blocks, blocks))).toEqual({ changed: 0, added: 0, removed: 0 });
  });

  it('pairs alike passages as changed and keeps the others as added or removed', () => {
    const before = [h('A'), p('the quick brown fox'), p('gone entirely'), p('kept')];
    const after = [h('A'), p('the quick red fox'), p('kept'), p('brand new words')];
    const entries = diffBlocks(before, after);
    expect(entries.map((entry) => entry.type)).toEqual([
      'same',
      'changed',
      'removed',
      'same',
      'added',
    ]);
    expect(countChanges(entries)).toEqual({ changed: 1, added: 1, removed: 1 });
  });

  it('never pairs passages of different kinds', () => {
    const entries = diffBlocks([h('Quality rules')], [p('Quality rules')]);
    expect(entries.map((entry) => entry.type)).toEqual(['removed', 'added']);
  });

  it('puts additions that come before a changed passage first', () => {
    const entries = diffBlocks([p('alpha beta gamma')], [p('new'), p('alpha beta delta')]);
    expect(entries.map((entry) => entry.type)).toEqual(['added', 'changed']);
  });

  it('handles an empty side', () => {
    expect(diffBlocks([], [p('a')]).map((entry) => entry.type)).toEqual(['added']);
    expect(diffBlocks([p('a')], []).map((entry) => entry.type)).toEqual(['removed']);
  });
});

describe('shownEntries', () => {
  it('folds kept passages and shows the heading of each change’s section', () => {
    const before = [h('One'), p('a'), p('b'), h('Two'), p('c'), p('old text here'), p('d')];
    const after = [h('One'), p('a'), p('b'), h('Two'), p('c'), p('new text here'), p('d')];
    const shown = shownEntries(diffBlocks(before, after));
    expect(shown.map((item) => item.type)).toEqual([
      'folded',
      'context',
      'folded',
      'entry',
      'folded',
    ]);
    expect(shown[0]).toEqual({ type: 'folded', blocks: [h('One'), p('a'), p('b')] });
    expect(shown[1]).toEqual({ type: 'context', block: h('Two') });
    expect(shown[2]).toEqual({ type: 'folded', blocks: [p('c')] });
    expect(shown[4]).toEqual({ type: 'folded', blocks: [p('d')] });
  });

  it('shows a section’s heading once for several changes in it', () => {
    const before = [h('One'), p('x one'), p('y two')];
    const after = [h('One'), p('x uno'), p('y dos')];
    const shown = shownEntries(diffBlocks(before, after));
    expect(shown.map((item) => item.type)).toEqual(['context', 'entry', 'entry']);
  });

  it('shows a change before any heading without context', () => {
    const shown = shownEntries(diffBlocks([p('top old')], [p('top new')]));
    expect(shown.map((item) => item.type)).toEqual(['entry']);
  });

  it('shows nothing but one fold when nothing changed', () => {
    expect(shownEntries(diffBlocks([p('a')], [p('a')]))).toEqual([
      { type: 'folded', blocks: [p('a')] },
    ]);
  });
});
