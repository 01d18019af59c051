import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectMessages, messagesInSource, sourceFiles } from '../../../scripts/i18n/messages.mjs';
import { withDataMessages } from '../../../scripts/i18n/translationFiles.mjs';
import * as expectations from '../../../src/config/expectations';
import type { Message } from '../../../src/data/message';
import * as disclosureUses from '../../../src/data/disclosureUses';
import * as policyOptions from '../../../src/data/policyOptions';
import * as policySections from '../../../src/data/policySections';
import * as policySummary from '../../../src/data/policySummary';
import * as replyCases from '../../../src/data/replyCases';
import * as replyTemplates from '../../../src/data/replyTemplates';
import * as siteMessages from '../../../src/data/siteMessages';

const root = join(__dirname, '../../..');

describe('messagesInSource', () => {
  it('finds object literals with a literal id and message, and an optional description', () => {
    const source = `
      const a: Message = { id: 'a.one', message: 'One' };
      const b = { 'id': "b", message: \`Two\`, description: 'Where it shows' };
      translate({ id: 'c', message: 'Three' }, { count: 3 });
    `;
    expect(messagesInSource('data.ts', source)).toEqual([
      { id: 'a.one', message: 'One' },
      { id: 'b', message: 'Two', description: 'Where it shows' },
      { id: 'c', message: 'Three' },
    ]);
  });

  it('leaves out objects that are not messages', () => {
    const source = `
      const missingMessage = { id: 'x' };
      const computed = { id: \`x.\${name}\`, message: 'Text' };
      const variable = { id: 'x', message: text };
      const more = { id: 'x', message: 'Text', label: 'Other' };
      const spread = { ...other, id: 'x', message: 'Text' };
    `;
    expect(messagesInSource('data.ts', source)).toEqual([]);
  });

  it('reads TSX, and messages nested in other objects', () => {
    const source = `const x = { label: { id: 'x.label', message: 'Label' } }; const y = <b>{z}</b>;`;
    expect(messagesInSource('view.tsx', source)).toEqual([{ id: 'x.label', message: 'Label' }]);
  });
});

describe('collectMessages', () => {
  it('lists the site’s source files without tests or type declarations', () => {
    const files = sourceFiles(join(root, 'src')).map((file) => file.slice(root.length + 1));
    expect(files).toContain('src/data/replyTemplates.ts');
    expect(files).toContain('src/components/ReplyTemplates/TemplateCard.tsx');
    expect(files.filter((file) => /\.(test|d)\.tsx?$/.test(file))).toEqual([]);
  });

  it('refuses one id with two wordings, naming both files', () => {
    const files = [
      join(root, 'tests/fixtures/messages/first.ts'),
      join(root, 'tests/fixtures/messages/second.ts'),
    ];
    expect(() => collectMessages(files, root)).toThrow(
      'The translation id "shared" has two messages: "One wording" in tests/fixtures/messages/first.ts and "Another wording" in tests/fixtures/messages/second.ts.',
    );
  });
});

/** Every message in a value, however deeply nested. */
function messagesIn(value: unknown, found: Message[] = []): Message[] {
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const isMessage =
      typeof (value as Partial<Message>).id === 'string' &&
      typeof (value as Partial<Message>).message === 'string';
    if (isMessage) {
      found.push(value as Message);
    } else {
      entries.forEach(([, child]) => messagesIn(child, found));
    }
  }
  return found;
}

describe('the messages of the data modules', () => {
  const collected = collectMessages(sourceFiles(join(root, 'src')), root);
  const { policyOptionIds, policyOptionValues } = policyOptions;
  const everyOptionValue = policyOptionIds.flatMap((id) =>
    (policyOptionValues[id] as readonly string[]).map((value) => ({
      ...policyOptions.originPolicyOptions,
      [id]: value,
    })),
  ) as policyOptions.PolicyOptions[];

  const shown: Message[] = messagesIn([
    expectations,
    disclosureUses,
    policyOptions,
    policySections,
    policySummary,
    replyCases,
    replyTemplates,
    siteMessages,
    // Messages that functions make, for every choice a project can make.
    everyOptionValue.map((options) => [
      policySummary.policySummary(options),
      disclosureUses.disclosureTable(options),
      disclosureUses.verdicts.map((verdict) => disclosureUses.verdictLabel(verdict, options)),
    ]),
  ]);

  it('are many, so the walk above reaches them', () => {
    expect(shown.length).toBeGreaterThan(250);
  });

  it('are all found by the collector, with the same wording, for the translation files', () => {
    const missing = shown.filter(
      (message) => collected.get(message.id)?.message !== message.message,
    );
    expect(missing).toEqual([]);
  });
});

describe('withDataMessages', () => {
  const messages = new Map([
    ['new', { id: 'new', message: 'New', file: 'src/data/a.ts' }],
    ['described', { id: 'described', message: 'Text', description: 'Says why', file: 'src/b.ts' }],
    ['known', { id: 'known', message: 'English', file: 'src/data/a.ts' }],
  ]);

  it('adds the missing messages, saying where they show, and keeps existing translations', () => {
    expect(
      withDataMessages({ known: { message: 'Traduit', description: 'Kept' } }, messages),
    ).toEqual({
      known: { message: 'Traduit', description: 'Kept' },
      new: { message: 'New', description: 'Shown from src/data/a.ts' },
      described: { message: 'Text', description: 'Says why' },
    });
  });
});
