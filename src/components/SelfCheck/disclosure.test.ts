import { describe, expect, it } from 'vitest';
import forkConfig from '../../../tests/fixtures/fork.config';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import { policyOptionValues, type PolicyOptions } from '../../data/policyOptions';
import { findingIds, type FindingId } from '../../data/selfCheck/flow';
import { describesUse } from './logic';
import {
  buildDisclosure,
  buildParagraph,
  buildTrailer,
  mentions,
  optionalMentions,
  suggestedHow,
  toTrailerValue,
  useSentences,
  withMention,
  type DisclosureInput,
} from './disclosure';

/** A typical project: machine translation and accessibility tools are exempt. */
const exempt: PolicyOptions = harbourConfig.policy.options;
/** A project that asks contributors to mention both. */
const notExempt: PolicyOptions = forkConfig.policy.options;

const full: DisclosureInput = {
  tool: 'ExampleChat',
  model: 'example-large-2',
  how: 'It explained an error from the test runner',
  parts: 'the first version of the regular expression in parse_config',
};

const empty: DisclosureInput = { tool: '', model: '', how: '', parts: '' };

describe('buildParagraph', () => {
  it('writes every part the contributor filled in', () => {
    expect(buildParagraph(full)).toBe(
      'LLM use: I used ExampleChat (model: example-large-2). It explained an error from the test runner. Parts it produced: the first version of the regular expression in parse_config.',
    );
  });

  it('stays a sensible sentence when every field is empty, with no "undefined"', () => {
    expect(buildParagraph(empty)).toBe('LLM use: I used an LLM tool.');
  });

  it('leaves out each empty field on its own', () => {
    expect(buildParagraph({ ...full, model: '' })).toBe(
      'LLM use: I used ExampleChat. It explained an error from the test runner. Parts it produced: the first version of the regular expression in parse_config.',
    );
    expect(buildParagraph({ ...full, how: '  ' })).toBe(
      'LLM use: I used ExampleChat (model: example-large-2). Parts it produced: the first version of the regular expression in parse_config.',
    );
    expect(buildParagraph({ ...full, parts: '\n' })).toBe(
      'LLM use: I used ExampleChat (model: example-large-2). It explained an error from the test runner.',
    );
    expect(buildParagraph({ ...empty, model: 'example-large-2' })).toBe(
      'LLM use: I used an LLM tool (model: example-large-2).',
    );
  });

  it('does not add a second full stop', () => {
    expect(buildParagraph({ ...empty, tool: 'T', how: 'I asked it why.', parts: 'Nothing!' })).toBe(
      'LLM use: I used T. I asked it why. Parts it produced: Nothing!',
    );
  });

  it('keeps hostile text exactly as typed', () => {
    const html = '<img src=x onerror=alert(1)>';
    const markdown = '**bold** [link](javascript:alert(1)) `code` # heading';
    const rtl = 'استخدمت أداة للترجمة';
    const emoji = '🤖👩🏽‍💻🏳️‍🌈';
    const paragraph = buildParagraph({ tool: html, model: emoji, how: markdown, parts: rtl });
    expect(paragraph).toBe(
      `LLM use: I used ${html} (model: ${emoji}). ${markdown}. Parts it produced: ${rtl}.`,
    );
  });

  it('keeps 5,000 characters and line breaks inside a field', () => {
    const long = 'x'.repeat(5000);
    expect(buildParagraph({ ...empty, how: long })).toContain(long);
    expect(buildParagraph({ ...empty, parts: 'a.py\nb.py' })).toBe(
      'LLM use: I used an LLM tool. Parts it produced: a.py\nb.py.',
    );
  });
});

describe('toTrailerValue', () => {
  it('turns every kind of line break into a space, so a value stays on one line', () => {
    expect(toTrailerValue('Tool\nSigned-off-by: Someone')).toBe('Tool Signed-off-by: Someone');
    expect(toTrailerValue('a\r\nb\rc\u2028d\u2029e\u0085f\vg\fh')).toBe('a b c d e f g h');
    expect(toTrailerValue('  spaced\t\tout  ')).toBe('spaced out');
  });
});

describe('buildTrailer', () => {
  it('Assisted-by: names the tool and the model', () => {
    expect(buildTrailer(full, 'Assisted-by')).toBe('Assisted-by: ExampleChat:example-large-2');
  });

  it('Assisted-by: names the tool alone when the model is unknown', () => {
    expect(buildTrailer({ tool: 'ExampleChat', model: ' ' }, 'Assisted-by')).toBe(
      'Assisted-by: ExampleChat',
    );
  });

  it('Generated-by: names the tool', () => {
    expect(buildTrailer(full, 'Generated-by')).toBe('Generated-by: ExampleChat');
  });

  it('none: gives no trailer', () => {
    expect(buildTrailer(full, 'none')).toBeNull();
  });

  it('gives no trailer until a tool is named', () => {
    expect(buildTrailer(empty, 'Assisted-by')).toBeNull();
    expect(buildTrailer({ tool: '\n \n', model: 'm' }, 'Generated-by')).toBeNull();
  });

  it('cannot be made to add a line to the commit message', () => {
    for (const style of ['Assisted-by', 'Generated-by'] as const) {
      const trailer = buildTrailer(
        { tool: 'Tool\nCo-authored-by: Nobody <n@example.org>', model: 'm\r\nFixes: #1' },
        style,
      );
      expect(trailer).not.toBeNull();
      expect(trailer).not.toMatch(/[\r\n\u2028\u2029]/u);
    }
  });

  it('keeps hostile text literally, on one line', () => {
    expect(buildTrailer({ tool: '<img src=x onerror=alert(1)>', model: '🤖' }, 'Assisted-by')).toBe(
      'Assisted-by: <img src=x onerror=alert(1)>:🤖',
    );
  });
});

describe('buildDisclosure', () => {
  it('returns the paragraph and the trailer for each trailer style', () => {
    expect(buildDisclosure(full, 'Assisted-by')).toEqual({
      paragraph: buildParagraph(full),
      trailer: 'Assisted-by: ExampleChat:example-large-2',
    });
    expect(buildDisclosure(full, 'Generated-by').trailer).toBe('Generated-by: ExampleChat');
    expect(buildDisclosure(full, 'none').trailer).toBeNull();
  });
});

describe('suggestedHow', () => {
  it('has a sentence for every finding that a disclosure mentions, under any options', () => {
    for (const options of [exempt, notExempt]) {
      for (const id of findingIds) {
        const sentence = suggestedHow([id], options);
        if (describesUse(id, options)) {
          expect(sentence, id).toMatch(/^[A-Z].*\.$/);
        }
      }
    }
  });

  it('has no sentence for what needs no disclosure', () => {
    expect(suggestedHow(['noLlm', 'grammar', 'sourceOwn', 'decisionsExplained'], exempt)).toBe('');
  });

  it('joins sentences in the order of the findings, without repeating one', () => {
    expect(suggestedHow(['translation', 'lineCompletion', 'translation'], notExempt)).toBe(
      'It translated my own words from my first language. It suggested whole lines or blocks of code while I typed, and I accepted some.',
    );
  });

  it('never writes an exempt use into the text, such as an accessibility tool or a translation', () => {
    const found: FindingId[] = ['accessibility', 'translation', 'explanation'];
    const text = suggestedHow(found, exempt);
    expect(text).toBe(useSentences.explanation);
    expect(text).not.toContain(useSentences.accessibility);
    expect(text).not.toContain(useSentences.translation);
    expect(text.toLowerCase()).not.toMatch(/accessib|translat/);
  });

  it('leaves out each use exactly where its option makes it exempt', () => {
    for (const [use, option] of [
      ['accessibility', 'accessibilityTools'],
      ['translation', 'machineTranslation'],
    ] as const) {
      for (const value of policyOptionValues[option]) {
        const policy = { ...exempt, [option]: value };
        const sentence = useSentences[use] ?? '';
        expect(
          suggestedHow([use, 'explanation'], policy).includes(sentence),
          `${use} ${value}`,
        ).toBe(value === 'not-exempt');
      }
    }
  });
});

describe('Mention this anyway', () => {
  it('offers each exempt use that has a sentence, and nothing where the options ask for a mention', () => {
    const found: FindingId[] = ['explanation', 'accessibility', 'translation', 'accessibility'];
    expect(optionalMentions(found, exempt)).toEqual(['accessibility', 'translation']);
    expect(optionalMentions(found, notExempt)).toEqual([]);
    // Spelling and grammar help needs no note under the lighter rule, so it is offered too.
    expect(optionalMentions(['grammar', 'explanation'], exempt)).toEqual(['grammar']);
    expect(optionalMentions(['grammar', 'explanation'], notExempt)).toEqual([]);
  });

  it('adds the sentence only when the contributor ticks it, and takes it out again', () => {
    const start = suggestedHow(['explanation', 'accessibility'], exempt);
    expect(mentions(start, 'accessibility')).toBe(false);
    const added = withMention(start, 'accessibility', true);
    expect(added).toBe(`${useSentences.explanation} ${useSentences.accessibility}`);
    expect(mentions(added, 'accessibility')).toBe(true);
    expect(withMention(added, 'accessibility', true)).toBe(added);
    expect(withMention(added, 'accessibility', false)).toBe(start);
  });

  it('keeps what the contributor typed when a mention is added or taken out', () => {
    const typed = 'I asked it about one error.';
    expect(withMention(typed, 'translation', true)).toBe(`${typed} ${useSentences.translation}`);
    expect(withMention(`${typed} ${useSentences.translation}`, 'translation', false)).toBe(typed);
    expect(withMention('', 'translation', true)).toBe(useSentences.translation);
    expect(withMention(typed, 'translation', false)).toBe(typed);
  });
});
