/**
 * fast-check arbitraries of site configs for the property tests: every valid config that the
 * rules of src/config/validate.ts allow, and configs with exactly one field broken.
 *
 * The limits here repeat the validator's rules on purpose. The tests check that the validator
 * accepts every valid config, so a limit that drifts from the validator makes them fail.
 */
import fc from 'fast-check';
import type { SiteConfig } from '../../src/config/types';
import type { ExpectationCode } from '../../src/config/expectations';
import {
  policyOptionIds,
  policyOptionValues,
  type PolicyOptions,
} from '../../src/data/policyOptions';

/** Longest project and licence name, and longest contact label, in characters (graphemes). */
const maxNameLength = 80;
const maxLabelLength = 120;
const maxUrlLength = 500;
const maxBaseUrlLength = 100;
const maxSkipAuthors = 50;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as the validator counts them: an emoji or a letter with its accents is one. */
function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((part) => part.segment);
}

// What the validator refuses in a line of text: control characters and the two Unicode line
// breaks, and half of a surrogate pair.
const forbiddenInText = /[\p{Cc}\p{Cs}\u2028\u2029]/gu;

/**
 * Pieces of text that mean something to one of the formats the generators write: HTML, MDX,
 * Markdown and GitHub's extensions to it, YAML, JSON, JavaScript templates, and private-use
 * characters, which programs use as markers of their own within text.
 */
const markupPieces = [
  '<b>',
  '</b>',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  '&amp;',
  '&#60;',
  '&lt;',
  '{x}',
  '{/* x */}',
  '${x}',
  '[x](y)',
  '![x](y)',
  '[^1]',
  '[x]: y',
  '**',
  '__',
  '~~',
  '```',
  '~~~',
  '$$',
  '$x$',
  '# ',
  '## ',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '2) ',
  '> ',
  '---',
  '===',
  ':::info',
  '| a | b |',
  '\\',
  '\\*',
  ': ',
  ' #',
  '? ',
  '!!str ',
  '&anchor ',
  '*alias',
  '%YAML',
  "'",
  '"',
  "''",
  'null',
  'undefined',
  'NaN',
  'yes',
  'No',
  '~',
  '0x1F',
  '.inf',
  '@octocat',
  ':tada:',
  '#123',
  'www.example.org/a_b',
  'https://example.org/*x*?a=1&b=2',
  'someone@example.org',
  '\uE000',
  '\uE001',
  '\uE0000\uE001',
  '\uE0021\uE003',
  '%s',
  '$&',
  '$1',
];

/**
 * Text in other scripts and directions, characters that join into one (accents, emoji
 * sequences), and invisible ones: direction marks, joiners, spaces other than the space.
 */
const worldPieces = [
  'Harbour',
  'שלום',
  'مرحبا',
  '\u200F',
  '\u202E',
  '\u2066',
  '港湾',
  'ハーバー',
  '항구',
  'Ελλάδα',
  'Ñandú',
  'e\u0301',
  '🚢',
  '👩‍👩‍👧',
  '🇫🇷',
  '🏳️‍🌈',
  '\u200D',
  '\u200B',
  '\u00A0',
  '\u3000',
  '\uFEFF',
  '\uFFFE',
  '\u0600',
  '𝔘𝔫𝔦',
];

const punctuation = Array.from('<>&*_[]#|:\'"{}`\\$~!()-+=.@%?,;^/');

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...markupPieces) },
  { weight: 3, arbitrary: fc.constantFrom(...worldPieces) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
);

/**
 * What gives a line of Markdown its meaning at its start (a heading, a list, a quote, a code
 * block, an HTML block, a definition), followed by a space or by more text. Names start lines
 * in AGENTS.md, CONTRIBUTING-section.md and LLM_POLICY.md.
 */
const lineStarts = [
  '#',
  '######',
  '-',
  '+',
  '*',
  '1.',
  '1)',
  '123456789.',
  '>',
  '===',
  '---',
  '***',
  '```',
  '~~~',
  '|',
  '<!--',
  '<div',
  '<script',
  '<pre',
  '<?',
  '<![CDATA[',
  '<http://x',
  '[x]:',
  '[^1]:',
  ':::',
  '$$',
  '{',
  'import',
  'export',
];

/**
 * Makes text valid as one line: drops what the validator refuses, keeps at most `maxLength`
 * characters and drops spaces at both ends (JavaScript's trim, as the validator uses).
 */
function asLine(text: string, maxLength: number): string {
  return graphemes(text.replace(forbiddenInText, '').trim()).slice(0, maxLength).join('').trim();
}

/** Any text the validator accepts as a line of at most `maxLength` characters. */
function lineOfText(maxLength: number): fc.Arbitrary<string> {
  const short = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
  // As long as allowed: the pieces, filled up with one repeated character.
  const full = fc
    .tuple(short, fc.constantFrom('x', '港', '🚢', 'e\u0301', '*'))
    .map(([text, filler]) => `${text}${filler.repeat(maxLength)}`);
  const lineStart = fc
    .tuple(fc.constantFrom(...lineStarts), fc.constantFrom(' ', ''), short)
    .map((parts) => parts.join(''));
  return fc
    .oneof(
      { weight: 4, arbitrary: short },
      { weight: 2, arbitrary: lineStart },
      { weight: 1, arbitrary: full },
    )
    .map((text) => asLine(text, maxLength))
    .filter((text) => text !== '');
}

const schemes = fc.constantFrom('http', 'https');

const hosts = fc.oneof(
  { weight: 4, arbitrary: fc.domain() },
  { weight: 1, arbitrary: fc.domain().map((domain) => domain.toUpperCase()) },
  { weight: 1, arbitrary: fc.ipV4() },
  { weight: 1, arbitrary: fc.ipV6().map((address) => `[${address}]`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('bücher.example', '例え.テスト', 'пример.испытание', 'localhost'),
  },
);

const ports = fc.option(
  fc.integer({ min: 0, max: 65535 }).map((port) => `:${port}`),
  { nil: '' },
);

/** An origin the validator accepts for site.url: scheme, host and port, nothing else. */
const siteOrigin: fc.Arbitrary<string> = fc
  .tuple(schemes, hosts, ports)
  .map(([scheme, host, port]) => `${scheme}://${host}${port}`);

// Characters a web address may hold after its host, as people paste them: the URL parser
// accepts them all (it percent-encodes some), and Markdown and YAML give several a meaning.
const addressCharacter = fc.oneof(
  fc.constantFrom(...Array.from('abcxyzABC0129-._~!$&\'()*+,;=:@%/<>"{}|\\^`[]')),
  fc.constantFrom('é', '例', '🚢', 'ש', '&amp;', '&#41;', '&lt;', '%20', '%'),
);

const addressTail = (prefix: string): fc.Arbitrary<string> =>
  fc.string({ unit: addressCharacter, maxLength: 30 }).map((text) => `${prefix}${text}`);

/** An http or https address the validator accepts, up to 500 characters long. */
const httpUrl: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        siteOrigin,
        addressTail('/'),
        fc.option(addressTail('?'), { nil: '' }),
        fc.option(addressTail('#'), { nil: '' }),
      )
      .map((parts) => parts.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'https://github.com/example-org/example',
      'https://gitlab.example.org/group/sub/-/issues?state=opened&sort=new',
      'https://en.wikipedia.org/wiki/Tide_(disambiguation)',
      'https://example.org/a)b(c',
      'https://example.org/?x=1&amp;y=2',
      'https://例え.テスト/パス',
      'http://[::1]:8080/x',
      `https://example.org/${'a'.repeat(maxUrlLength - 'https://example.org/'.length)}`,
    ),
  },
);

/** A contact address: http(s) or mailto:. */
const contactUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: httpUrl },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.emailAddress(), fc.option(addressTail('?subject='), { nil: '' }))
      .map(([address, query]) => `mailto:${address}${query}`)
      .filter((url) => url.length <= maxUrlLength),
  },
);

const pathSegment = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,20}$/),
  fc.constantFrom('policy', 'faq', 'files', 'adopt', 'llm-policy', '...', '.well-known', '~me'),
);

/** A base path: "/" or segments of letters, digits and "._~-", each followed by "/". */
const baseUrl: fc.Arbitrary<string> = fc
  .array(
    pathSegment.filter((segment) => segment !== '.' && segment !== '..'),
    { maxLength: 6 },
  )
  .map((segments) => `/${segments.map((segment) => `${segment}/`).join('')}`)
  .filter((path) => path.length <= maxBaseUrlLength);

const version: fc.Arbitrary<string> = fc.stringMatching(/^\d{1,6}(\.\d{1,6}){0,3}$/);

/** A real calendar date from the year 0000 to 9999, as YYYY-MM-DD. */
const isoDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date('0000-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const options: fc.Arbitrary<PolicyOptions> = fc.record(
  Object.fromEntries(
    policyOptionIds.map((id) => [id, fc.constantFrom(...policyOptionValues[id])]),
  ) as unknown as { [Id in keyof PolicyOptions]: fc.Arbitrary<PolicyOptions[Id]> },
);

/** A GitHub login, as the validator's pattern describes it. */
const login: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/),
  fc.constantFrom('dependabot[bot]', 'renovate[bot]', 'github-actions[bot]', 'a', 'A-1'),
);

const pullRequestCheck: fc.Arbitrary<NonNullable<SiteConfig['pullRequestCheck']>> = fc.record({
  mode: fc.constantFrom('advise', 'require'),
  skipAuthors: fc.uniqueArray(login, {
    maxLength: maxSkipAuthors,
    selector: (name) => name.toLowerCase(),
  }),
});

/** Any config the validator accepts; `pullRequestCheck` and `site.sourceRepository` are there or not. */
export const validConfig: fc.Arbitrary<SiteConfig> = fc.record(
  {
    isExample: fc.boolean(),
    project: fc.record({
      name: lineOfText(maxNameLength),
      repositoryUrl: httpUrl,
      issuesUrl: httpUrl,
      pullRequestsUrl: httpUrl,
    }),
    site: fc.record(
      { url: siteOrigin, baseUrl, sourceRepository: httpUrl },
      { requiredKeys: ['url', 'baseUrl'] },
    ),
    contact: fc.record({ label: lineOfText(maxLabelLength), url: contactUrl }),
    policy: fc.record({ version, adoptedOn: isoDate, options }),
    textLicense: fc.record({ name: lineOfText(maxNameLength), url: httpUrl }),
    pullRequestCheck,
  },
  {
    requiredKeys: ['isExample', 'project', 'site', 'contact', 'policy', 'textLicense'],
  },
);

/** One field of a config set to a value the validator refuses, and what it should say. */
export interface Breakage {
  /** The keys that lead to the field: ["project", "name"]. */
  readonly path: readonly string[];
  /** The field as the validator names it, its keys joined with dots: "project.name". */
  readonly field: string;
  readonly value: unknown;
  /** The expectation the validator should give, or null for a field it does not know. */
  readonly expected: ExpectationCode | null;
}

function breakage(
  fields: readonly string[],
  values: fc.Arbitrary<unknown>,
  expected: ExpectationCode | null,
): fc.Arbitrary<Breakage> {
  return fc
    .tuple(fc.constantFrom(...fields), values)
    .map(([field, value]) => ({ path: field.split('.'), field, value, expected }));
}

/** A value with a reference to itself, which JSON cannot write. */
function circular(): Record<string, unknown> {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
}

/** Values that are not strings: nothing at all, numbers, objects, and some JSON cannot write. */
const notAString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, 42, -1.5, Number.NaN, Infinity),
  fc.bigInt(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.constantFrom<unknown>(
    new Date('2026-05-05'),
    Symbol('name'),
    () => 'name',
    circular(),
    new Map(),
    /name/,
  ),
);

/** Inserts `inserted` between two code points of `text`. */
function insertAt(text: string, inserted: string, at: number): string {
  const codePoints = Array.from(text);
  const index = at % (codePoints.length + 1);
  return [...codePoints.slice(0, index), inserted, ...codePoints.slice(index)].join('');
}

/** Line breaks and other control characters. */
const controlCharacters = fc.constantFrom(
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
);

/** Half of a surrogate pair: a JavaScript string may hold one, no UTF-8 file can. */
const loneSurrogate = fc
  .oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff }))
  .map((code) => String.fromCharCode(code));

const outerSpace = fc.constantFrom(' ', '  ', '\u00A0', '\u3000', '\u2003', '\uFEFF');

function brokenText(fields: readonly string[], maxLength: number): fc.Arbitrary<Breakage> {
  const text = lineOfText(maxLength);
  return fc.oneof(
    breakage(fields, fc.oneof(notAString, fc.constantFrom('')), 'nonEmptyString'),
    breakage(
      fields,
      fc.array(outerSpace, { minLength: 1, maxLength: 4 }).map((spaces) => spaces.join('')),
      'nonEmptyString',
    ),
    breakage(
      fields,
      fc
        .tuple(text, fc.oneof(controlCharacters, loneSurrogate), fc.nat())
        .map(([line, character, at]) => insertAt(line, character, at)),
      'singleLine',
    ),
    breakage(
      fields,
      fc
        .tuple(text, outerSpace, fc.boolean())
        .map(([line, space, before]) => (before ? `${space}${line}` : `${line}${space}`)),
      'noOuterSpaces',
    ),
    breakage(
      fields,
      fc
        .tuple(text, fc.constantFrom('x', '港', '🚢'))
        .map(([line, filler]) => `${line}${filler.repeat(maxLength + 1)}`),
      'maxLength',
    ),
  );
}

/** Strings that are not absolute http(s) addresses, or not written as the validator wants them. */
const notHttpUrl = fc.oneof(
  fc.constantFrom(
    '',
    'example.org',
    'github.com/org/repo',
    '/relative/path',
    '//example.org/x',
    'https://',
    'ftp://example.org/repo',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'mailto:dev@example.org',
    'HTTPS://example.org/repo',
    'Http://example.org/repo',
    'https:example.org/repo',
    'https:/example.org/repo',
    'https:\\\\example.org\\repo',
    'https://exa mple.org',
    'https://example.org/a b',
  ),
  fc
    .tuple(httpUrl, fc.oneof(controlCharacters, loneSurrogate, outerSpace), fc.nat())
    .map(([url, inserted, at]) => insertAt(url, inserted, at)),
);

const notContactUrl = fc.oneof(
  notHttpUrl.filter((url) => !url.startsWith('mailto:')),
  fc.constantFrom('mailto', 'MAILTO:dev@example.org', 'tel:+123456', 'dev@example.org'),
);

/**
 * Addresses that are more than an origin (a path, even "/" or ".", a query, a fragment or a
 * user, even empty ones), or whose host could be no name on the web.
 */
const notOrigin = fc.oneof(
  fc
    .tuple(
      siteOrigin,
      fc.constantFrom(
        '/',
        '/policy',
        '/policy/',
        '?',
        '?x=1',
        '#',
        '#top',
        '/.',
        '/..',
        '\\',
        '/%2e',
      ),
    )
    .map(([url, tail]) => `${url}${tail}`),
  fc.constantFrom(
    'https://user:secret@example.org',
    'https://user@example.org',
    'https://@example.org',
    'https://a)b.example',
    'https://a{b}.example',
    'https://a*b.example',
    'https://a_b.example',
    'https://a`b.example',
  ),
);

const notBaseUrl = fc.oneof(
  fc.constantFrom(
    '',
    'policy',
    'policy/',
    '/policy',
    '//',
    '/policy//',
    '/./',
    '/../',
    '/a/../',
    '/po licy/',
    '/política/',
    '/a?b/',
    '/a#b/',
    '/a%20b/',
    '\\policy\\',
    'https://example.org/',
  ),
  baseUrl.map((path) => `${path}${'a'.repeat(maxBaseUrlLength)}/`),
);

const notVersion = fc.constantFrom(
  '',
  'v1',
  '1.',
  '.1',
  '1..2',
  '1.2.3.4.5',
  '1234567',
  ' 1',
  '1 ',
  '１',
  '1-beta',
  '1,2',
);

const notDate = fc.oneof(
  fc.constantFrom(
    '',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-05-00',
    '2026-05-32',
    '26-05-05',
    '2026/05/05',
    '2026-5-5',
    ' 2026-05-05',
    '2026-05-05T00:00:00Z',
    '5 May 2026',
    '+02026-05-05',
    '２０２６-05-05',
  ),
  isoDate.map((date) => `${date}\n`),
);

const notLogin = fc.constantFrom(
  '',
  '-octocat',
  'octocat-',
  'octo--cat',
  'octo cat',
  '@octocat',
  'octocat[bot]x',
  '[bot]',
  'octo_cat',
  'a'.repeat(40),
  'dependabot[BOT]',
  'ñandú',
);

/** `items` with `item` put in at position `at` (modulo the length). */
function insertItem(items: readonly unknown[], item: unknown, at: number): unknown[] {
  const index = at % (items.length + 1);
  return [...items.slice(0, index), item, ...items.slice(index)];
}

const notLoginList = fc.oneof(
  notAString.filter((value) => !Array.isArray(value)),
  fc.constantFrom('dependabot[bot]'),
  fc
    .tuple(
      fc.uniqueArray(login, { maxLength: 5, selector: (name) => name.toLowerCase() }),
      notLogin,
      fc.nat(),
    )
    .map(([logins, bad, at]) => insertItem(logins, bad, at)),
  fc
    .tuple(
      fc.uniqueArray(login, { maxLength: 5, selector: (name) => name.toLowerCase() }),
      notAString,
      fc.nat(),
    )
    .map(([logins, bad, at]) => insertItem(logins, bad, at)),
  login
    .map((name) => [name, name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase()])
    .filter(([a, b]) => a !== b),
  login.map((name) => [name, name]),
  fc.uniqueArray(login, {
    minLength: maxSkipAuthors + 1,
    maxLength: maxSkipAuthors + 5,
    selector: (name) => name.toLowerCase(),
  }),
);

/** Not one of the values of an option: another spelling, another option's value, another type. */
function notOneOf(values: readonly string[]): fc.Arbitrary<unknown> {
  const others = [
    ...new Set(Object.values(policyOptionValues).flat()),
    'advise',
    'require',
    'maybe',
    '',
  ];
  return fc.oneof(
    fc.constantFrom(...others.filter((value) => !values.includes(value))),
    fc.constantFrom(...values).map((value) => value.toUpperCase()),
    fc.constantFrom(...values).map((value) => ` ${value}`),
    notAString,
  );
}

/**
 * Values that are not a section of fields. (The validator takes any other object, such as a
 * Date, as a section without fields, and then names each missing field.)
 */
const notAnObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, 42, '', 'yes', Symbol('section'), () => ({})),
  fc.bigInt(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);

/** The sections of a config, by their dotted paths. */
const sections = [
  'project',
  'site',
  'contact',
  'policy',
  'policy.options',
  'textLicense',
  'pullRequestCheck',
] as const;

const knownKeys: Readonly<Record<string, readonly string[]>> = {
  '': ['isExample', 'project', 'site', 'contact', 'policy', 'textLicense', 'pullRequestCheck'],
  project: ['name', 'repositoryUrl', 'issuesUrl', 'pullRequestsUrl'],
  site: ['url', 'baseUrl'],
  contact: ['label', 'url'],
  policy: ['version', 'adoptedOn', 'options'],
  'policy.options': policyOptionIds,
  textLicense: ['name', 'url'],
  pullRequestCheck: ['mode', 'skipAuthors'],
};

/** A key that no section has, at the top of the config or in one of its sections. */
const unknownField: fc.Arbitrary<Breakage> = fc
  .tuple(
    fc.constantFrom('', ...sections),
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'Name', 'colour', 'name '),
    ),
    fc.jsonValue(),
  )
  .filter(([section, key]) => !knownKeys[section].includes(key))
  .map(([section, key, value]) => {
    const path = [...(section === '' ? [] : section.split('.')), key];
    return { path, field: path.join('.'), value, expected: null };
  });

/** Any single field set to a value the validator refuses, with the expectation it should name. */
export const anyBreakage: fc.Arbitrary<Breakage> = fc.oneof(
  breakage(
    ['isExample'],
    fc.oneof(
      notAString.filter((value) => typeof value !== 'boolean'),
      fc.constantFrom('true', 'false', 'yes', ''),
    ),
    'boolean',
  ),
  brokenText(['project.name', 'textLicense.name'], maxNameLength),
  brokenText(['contact.label'], maxLabelLength),
  breakage(
    ['project.repositoryUrl', 'project.issuesUrl', 'project.pullRequestsUrl', 'textLicense.url'],
    fc.oneof(notHttpUrl, notAString),
    'httpUrl',
  ),
  breakage(['contact.url'], fc.oneof(notContactUrl, notAString), 'contactUrl'),
  breakage(
    [
      'project.repositoryUrl',
      'project.issuesUrl',
      'project.pullRequestsUrl',
      'textLicense.url',
      'contact.url',
    ],
    httpUrl.map((url) => `${url}${'a'.repeat(maxUrlLength)}`),
    'maxLength',
  ),
  breakage(['site.url'], fc.oneof(notHttpUrl, notAString), 'httpUrl'),
  breakage(['site.url'], notOrigin, 'origin'),
  breakage(['site.baseUrl'], fc.oneof(notBaseUrl, notAString), 'basePath'),
  breakage(['policy.version'], fc.oneof(notVersion, notAString), 'version'),
  breakage(['policy.adoptedOn'], fc.oneof(notDate, notAString), 'date'),
  ...policyOptionIds.map((id) =>
    breakage([`policy.options.${id}`], notOneOf(policyOptionValues[id]), 'oneOf'),
  ),
  breakage(['pullRequestCheck.mode'], notOneOf(['advise', 'require']), 'oneOf'),
  breakage(['pullRequestCheck.skipAuthors'], notLoginList, 'loginList'),
  breakage(sections, notAnObject, 'object'),
  breakage(
    sections.filter((section) => section !== 'pullRequestCheck'),
    fc.constant(undefined),
    'object',
  ),
  unknownField,
);

/**
 * `config` with one field set to `value`. A field of the optional pullRequestCheck section is
 * set in a valid section, so that it is the only thing wrong.
 */
export function withField(config: SiteConfig, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(config) as unknown as Record<string, unknown>;
  copy.pullRequestCheck ??= { mode: 'advise', skipAuthors: [] };
  const last = path[path.length - 1];
  let target = copy;
  for (const key of path.slice(0, -1)) {
    target = target[key] as Record<string, unknown>;
  }
  // defineProperty, not assignment: a key such as "__proto__" becomes an own field.
  Object.defineProperty(target, last, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
