import { describe, expect, it } from 'vitest';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import type { SiteConfig } from '../../config/types';
import type { Message, MessageText } from '../../data/message';
import {
  placeholderIds,
  placeholderMeta,
  replyTemplates,
  type PlaceholderId,
  type ReplyTemplate,
} from '../../data/replyTemplates';
import { siteAddress } from '../../config/urls';
import {
  emptyInputs,
  fillTemplate,
  fillText,
  filledReply,
  matchesOptions,
  normaliseHandle,
  normaliseName,
  placeholderValues,
  placeholdersIn,
  type PlaceholderValues,
  replyMarkdown,
  segmentsToText,
  templatesFor,
} from './fill';

const config: SiteConfig = {
  ...harbourConfig,
  project: { ...harbourConfig.project, name: 'Harbour' },
  site: { url: 'https://harbour.example.net', baseUrl: '/llm-policy/' },
  contact: { label: 'the [Harbour] list', url: 'mailto:dev@harbour.example.net' },
};

function values(overrides: Partial<Record<PlaceholderId, string | null>>): PlaceholderValues {
  return { ...placeholderValues(config, emptyInputs, 'disclosure'), ...overrides };
}

const longHandle = 'x'.repeat(5000);

describe('normaliseHandle: the one documented rule', () => {
  it.each([
    ['sam-lee', '@sam-lee'],
    ['@sam-lee', '@sam-lee'],
    ['@@@sam-lee', '@sam-lee'],
    ['  @sam-lee  ', '@sam-lee'],
    ['@ sam-lee', '@sam-lee'],
    ['sam\n\tlee', '@sam lee'],
    ['@everyone', '@everyone'],
    ['everyone', '@everyone'],
    ['**bold**', '@**bold**'],
    ['<img src=x onerror=alert(1)>', '@<img src=x onerror=alert(1)>'],
    ['{reviewer}', '@{reviewer}'],
    ['$&$1', '@$&$1'],
    ['سامي', '@سامي'],
    ['\u202Eevil', '@\u202Eevil'],
    ['🦊 fox', '@🦊 fox'],
    ['sam@lee', '@sam@lee'],
    ['', ''],
    ['   ', ''],
    ['@', ''],
    ['@@ ', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseHandle(raw)).toBe(expected);
  });

  it('keeps a 5,000-character handle whole', () => {
    expect(normaliseHandle(longHandle)).toBe(`@${longHandle}`);
  });
});

describe('normaliseName', () => {
  it.each([
    ['  Ana  Souza ', 'Ana Souza'],
    ['@ana', '@ana'],
    ['', ''],
    [' \n ', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });
});

describe('placeholderValues', () => {
  const filled = placeholderValues(config, { contributor: 'sam', reviewer: 'Ana' }, 'copyright');

  it('builds absolute links from site.url and site.baseUrl', () => {
    expect(filled.policyUrl).toBe('https://harbour.example.net/llm-policy/policy');
    expect(filled.sectionUrl).toBe('https://harbour.example.net/llm-policy/policy#copyright');
    expect(filled.disclosureUrl).toBe('https://harbour.example.net/llm-policy/policy#disclosure');
    expect(filled.examplesUrl).toBe(
      'https://harbour.example.net/llm-policy/policy#disclosure-examples',
    );
    expect(filled.translationUrl).toBe(
      'https://harbour.example.net/llm-policy/policy#machine-translation',
    );
    expect(filled.selfCheckUrl).toBe('https://harbour.example.net/llm-policy/self-check');
  });

  it('works at the root of a site too', () => {
    const atRoot = { ...config, site: { url: 'https://policy.example.org', baseUrl: '/' } };
    expect(siteAddress(atRoot, 'selfCheck')).toBe('https://policy.example.org/self-check');
  });

  it('fills the inputs with the normalising rules', () => {
    expect(filled.contributor).toBe('@sam');
    expect(filled.reviewer).toBe('Ana');
    expect(filled.project).toBe('Harbour');
  });

  it('writes the contact as a Markdown link whose label cannot break it', () => {
    expect(filled.contact).toBe('[the \\[Harbour\\] list](mailto:dev@harbour.example.net)');
  });

  it.each([
    ['Assisted-by', 'Assisted-by: TOOL:MODEL'],
    ['Generated-by', 'Generated-by: TOOL'],
    ['none', null],
  ] as const)('shows the %s commit trailer as %j', (trailer, expected) => {
    const withTrailer: SiteConfig = {
      ...config,
      policy: {
        ...config.policy,
        options: { ...config.policy.options, commitTrailer: trailer },
      },
    };
    expect(placeholderValues(withTrailer, emptyInputs, 'disclosure').trailer).toBe(expected);
  });

  it('leaves empty inputs and by-hand placeholders missing, to show their markers', () => {
    const empty = placeholderValues(config, { contributor: ' @ ', reviewer: '  ' }, 'quality');
    const missing = placeholderIds.filter((id) => empty[id] === null);
    expect(missing).toEqual([
      'contributor',
      'reviewer',
      'observation',
      'question',
      'comments',
      'earlierLink',
    ]);
  });
});

describe('fillText', () => {
  it('replaces every occurrence of a repeated placeholder', () => {
    const segments = fillText('{contributor} and {contributor}', values({ contributor: '@sam' }));
    expect(segments).toEqual([
      { kind: 'value', text: '@sam', placeholder: 'contributor' },
      { kind: 'text', text: ' and ' },
      { kind: 'value', text: '@sam', placeholder: 'contributor' },
    ]);
  });

  it('shows a visible marker for a missing value, never "undefined" or "null"', () => {
    const text = segmentsToText(
      fillText('Hi {contributor}, from {reviewer}', values({ contributor: null, reviewer: null })),
    );
    expect(text).toBe("Hi [contributor's handle], from [your name]");
    expect(fillText('{observation}', values({})).map((segment) => segment.kind)).toEqual([
      'marker',
    ]);
    expect(text).not.toMatch(/undefined|null/);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '**bold**',
    '@everyone',
    '{reviewer}',
    '$&$1$$',
    '\u202Eevil',
    '🦊',
    longHandle,
  ])('puts %j in literally, in one pass', (handle) => {
    const text = segmentsToText(
      fillText('Hi {contributor}, {reviewer}.', values({ contributor: handle, reviewer: 'Ana' })),
    );
    expect(text).toBe(`Hi ${handle}, Ana.`);
  });

  it('leaves unknown braces as they are', () => {
    expect(segmentsToText(fillText('{unknown} {} {project}', values({})))).toBe(
      '{unknown} {} Harbour',
    );
  });

  it('keeps text without placeholders whole', () => {
    expect(fillText('Plain.', values({}))).toEqual([{ kind: 'text', text: 'Plain.' }]);
    expect(fillText('', values({}))).toEqual([]);
  });
});

describe('policy choices', () => {
  const options = harbourConfig.policy.options;

  it('matchesOptions', () => {
    expect(matchesOptions(undefined, options)).toBe(true);
    expect(matchesOptions({}, options)).toBe(true);
    expect(matchesOptions({ autonomousAgents: ['not-allowed'] }, options)).toBe(true);
    expect(matchesOptions({ autonomousAgents: ['allowed-with-accountable-human'] }, options)).toBe(
      false,
    );
    expect(
      matchesOptions({ autonomousAgents: ['not-allowed'], commitTrailer: ['none'] }, options),
    ).toBe(false);
  });

  const message = (id: string, text: string): Message => ({ id: `example.${id}`, message: text });
  const template: ReplyTemplate = {
    id: 'example',
    title: message('title', 'Example'),
    case: 'case-assisted',
    tone: 'warm',
    useWhen: message('useWhen', 'Always.'),
    notWhen: message('notWhen', 'Never.'),
    section: 'disclosure',
    placeholders: ['trailer', 'reviewer'],
    reply: [
      message('first', 'First.'),
      {
        onlyWhen: { commitTrailer: ['Assisted-by', 'Generated-by'] },
        text: message('trailer', 'Trailer: {trailer}'),
      },
      message('last', 'Last, {reviewer}.'),
    ],
  };

  it('replyMarkdown keeps the paragraphs that fit and joins them with blank lines', () => {
    expect(replyMarkdown(template, options)).toBe(
      'First.\n\nTrailer: {trailer}\n\nLast, {reviewer}.',
    );
    expect(replyMarkdown(template, { ...options, commitTrailer: 'none' })).toBe(
      'First.\n\nLast, {reviewer}.',
    );
  });

  it('words the paragraphs and the markers as it is told, then fills them in', () => {
    const quoted: MessageText = (entry) => `«${entry.message}»`;
    expect(replyMarkdown(template, options, quoted)).toBe(
      '«First.»\n\n«Trailer: {trailer}»\n\n«Last, {reviewer}.»',
    );
    const lastOnly = { ...template, reply: [template.reply[2]] };
    expect(fillTemplate(lastOnly, config, emptyInputs, quoted)).toEqual([
      { kind: 'text', text: '«Last, ' },
      {
        kind: 'marker',
        text: `«${placeholderMeta.reviewer.marker.message}»`,
        placeholder: 'reviewer',
      },
      { kind: 'text', text: '.»' },
    ]);
    expect(filledReply(lastOnly, config, { contributor: '', reviewer: 'Ana' }, quoted)).toBe(
      '«Last, Ana.»',
    );
  });

  it('templatesFor offers the agent template that fits the project', () => {
    const ids = (agents: typeof options.autonomousAgents): string[] =>
      templatesFor({ ...options, autonomousAgents: agents })
        .filter((entry) => entry.case === 'case-agent')
        .map((entry) => entry.id);
    expect(ids('not-allowed')).toEqual(['agent-close']);
    expect(ids('allowed-with-accountable-human')).toEqual(['agent-ask-for-a-person']);
  });
});

describe('every shipped template, filled', () => {
  it.each(replyTemplates.map((template) => [template.id, template] as const))(
    '%s has no leftover placeholders and no "undefined"',
    (_id, template) => {
      for (const inputs of [emptyInputs, { contributor: 'sam', reviewer: 'Ana' }]) {
        const text = filledReply(template, config, inputs);
        expect(placeholdersIn(text)).toEqual([]);
        expect(text).not.toMatch(/undefined|null|NaN/);
      }
    },
  );

  it('shows the handle with one @ and signs with the name', () => {
    const template = replyTemplates[0];
    const text = filledReply(template, config, { contributor: '@@sam', reviewer: ' Ana ' });
    expect(text.startsWith('Hi @sam, thank you for this contribution to Harbour.')).toBe(true);
    expect(text.endsWith('Best wishes,\nAna')).toBe(true);
    expect(text).toContain('(https://harbour.example.net/llm-policy/policy#responsibility)');
  });

  it('marks what the reviewer writes in by hand', () => {
    const close = replyTemplates.find((template) => template.id === 'fully-generated-close');
    expect(close && filledReply(close, config, emptyInputs)).toContain(
      placeholderMeta.observation.marker.message,
    );
  });
});
