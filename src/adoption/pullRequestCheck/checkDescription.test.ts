import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import forkConfig from '../../../tests/fixtures/fork.config';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import markupConfig from '../../../tests/fixtures/markup.config';
import type { SiteConfig } from '../../config/types';
import { pullRequestTemplate } from '../pullRequestTemplate';
import {
  checkPullRequest,
  commandData,
  stepSummaryText,
  maxReadLength,
  run,
  stepSummary,
  withoutComments,
  type CheckSettings,
  type Finding,
} from './checkDescription.mjs';
import { checkScriptSettings } from './index';

// The pure checking function of the generated pull-request check, over many descriptions.
// Settings come from the test fixtures: Lanternfish requires nothing but advises on disclosure
// ("encouraged") in "require" mode; Harbour's options are set below.

const settingsOf = (config: SiteConfig): CheckSettings =>
  checkScriptSettings(config) as unknown as CheckSettings;

/** Disclosure required, "require" mode. */
const strictConfig: SiteConfig = {
  ...harbourConfig,
  policy: {
    ...harbourConfig.policy,
    options: { ...harbourConfig.policy.options, disclosure: 'required' },
  },
  pullRequestCheck: { mode: 'require', skipAuthors: ['dependabot[bot]'] },
};
const strict = settingsOf(strictConfig);
const advising = settingsOf({ ...strictConfig, pullRequestCheck: undefined });
const encouragedConfig: SiteConfig = {
  ...strictConfig,
  policy: {
    ...strictConfig.policy,
    options: { ...strictConfig.policy.options, disclosure: 'encouraged' },
  },
};
const encouraged = settingsOf(encouragedConfig);

const person = { login: 'sam', association: 'CONTRIBUTOR' };
const newcomer = { login: 'ana', association: 'FIRST_TIME_CONTRIBUTOR' };

const template = pullRequestTemplate(strictConfig);

/** The template with its three sections filled in as a contributor would. */
function filled(description: string, ticked: boolean, llmUse: string): string {
  return template
    .replace('## Authorship', `${description}\n\n## Authorship`)
    .replace('- [ ]', ticked ? '- [x]' : '- [ ]')
    .concat(llmUse === '' ? '' : `\n${llmUse}\n`);
}

const described =
  'This fixes the crash when the settings file is empty. The parser now returns the defaults.';
const goodDisclosure =
  'I used GitHub Copilot to draft the two unit tests in parser.test.ts. I read them, fixed one, and wrote the rest myself.';

function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

describe('checkPullRequest: the template', () => {
  it('asks for the authorship statement and a description when the template is untouched', () => {
    const result = checkPullRequest(template, strict, person);
    expect(codes(result.findings)).toEqual(['authorship', 'description']);
    expect(result.passed).toBe(false);
    expect(result.findings[0]).toMatchObject({ level: 'error', required: true });
    expect(result.findings[1]).toMatchObject({ level: 'warning', required: false });
  });

  it('only advises in "advise" mode: the same findings are warnings, and the check passes', () => {
    const result = checkPullRequest(template, advising, person);
    expect(codes(result.findings)).toEqual(['authorship', 'description']);
    expect(result.findings.map((finding) => finding.level)).toEqual(['warning', 'warning']);
    expect(result.passed).toBe(true);
  });

  it('passes a filled template with a real disclosure, with no findings', () => {
    const result = checkPullRequest(filled(described, true, goodDisclosure), strict, person);
    expect(result).toEqual({ skipped: false, passed: true, findings: [] });
  });

  it('passes a filled template whose LLM section is deleted, or says no LLM was used', () => {
    const deleted = filled(described, true, '').replace(/## LLM use[\s\S]*$/, '');
    for (const body of [
      deleted,
      filled(described, true, ''),
      filled(described, true, 'None.'),
      filled(described, true, 'N/A'),
      filled(described, true, 'I did not use an LLM for this change.'),
      filled(described, true, 'No AI tools were used.'),
    ]) {
      expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
    }
  });

  it('accepts a ticked box in upper case, and the box in a "*" list', () => {
    const upper = filled(described, true, '').replace('- [x]', '- [X]');
    const star = filled(described, true, '').replace('- [x]', '* [x]');
    expect(codes(checkPullRequest(upper, strict, person).findings)).toEqual([]);
    expect(codes(checkPullRequest(star, strict, person).findings)).toEqual([]);
  });

  it('asks for more when a disclosure is too short to name the tool, the use and the parts', () => {
    const result = checkPullRequest(filled(described, true, 'Used ChatGPT.'), strict, person);
    expect(codes(result.findings)).toEqual(['disclosure']);
    expect(result.findings[0]).toMatchObject({ level: 'error', required: true });
    expect(result.findings[0]?.link).toBe(strict.links.disclosure);
    expect(result.passed).toBe(false);
  });

  it.each([
    [
      'Used ChatGPT.',
      'Since an LLM helped with this change, please also say how you used it and which parts of the change it touched.',
    ],
    [
      'Yes.',
      'Since an LLM helped with this change, please say which tool you used, how you used it, and which parts of the change it touched.',
    ],
    [
      'Generated with [Claude Code](https://claude.com/claude-code).',
      'Since an LLM helped with this change, please also say which parts of the change it touched.',
    ],
  ])('names only what the disclosure "%s" leaves out', (llmUse, message) => {
    const messages = (settings: CheckSettings): string[] =>
      checkPullRequest(filled(described, true, llmUse), settings, person).findings.map(
        (finding) => finding.message,
      );
    expect(messages(strict)).toEqual([message]);
    expect(messages(encouraged)).toEqual([
      message.replace(/please (?:also )?say/, 'it would help reviewers to know'),
    ]);
  });

  it('only suggests more detail when the policy encourages disclosure', () => {
    const result = checkPullRequest(filled(described, true, 'Used ChatGPT.'), encouraged, person);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'disclosure', level: 'warning', required: false }),
    ]);
    expect(result.passed).toBe(true);
  });

  it('notices help text that was taken out of its comment and left in view', () => {
    const uncommented = filled(described, true, goodDisclosure).replace(/<!--|-->/g, '');
    const result = checkPullRequest(uncommented, strict, person);
    expect(codes(result.findings)).toEqual(['hint']);
    expect(result.passed).toBe(true);
  });

  it('gives each finding one sentence, and a link to the policy section it rests on', () => {
    const result = checkPullRequest(template, strict, person);
    expect(result.findings.map((finding) => finding.link)).toEqual([
      strict.links.authorship,
      strict.links.description,
    ]);
    // The template of a policy that encourages disclosure, with its help text left in view.
    const uncommented = pullRequestTemplate(encouragedConfig)
      .replace('- [ ]', '- [x]')
      .replace(/<!--|-->/g, '')
      .concat('\nUsed ChatGPT.\n');
    const more = checkPullRequest(uncommented, encouraged, newcomer).findings;
    expect(codes(more)).toEqual(['welcome', 'disclosure', 'description', 'hint']);
    for (const finding of [...result.findings, ...more]) {
      expect(finding.message).toMatch(/^[A-Z][^\n]+[.!]$/);
      expect(finding.message.split(/[.!?] /)).toHaveLength(1);
      if (finding.code !== 'welcome') {
        expect(finding.link).toMatch(/^https?:\/\//);
      }
    }
  });
});

describe('checkPullRequest: free text instead of the template', () => {
  it('passes "I am the author" and a disclosure paragraph written without the template', () => {
    const body = `${described}\n\nI am the author of this change, and I can explain every line.\n\n${goodDisclosure}`;
    expect(checkPullRequest(body, strict, person)).toEqual({
      skipped: false,
      passed: true,
      findings: [],
    });
  });

  it.each([
    "I'm the author of this pull request.",
    'I’m the sole author.',
    'I wrote this myself.',
    'I authored all of it.',
  ])('reads "%s" as the authorship statement', (statement) => {
    const body = `${described}\n\n${statement}`;
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
  });

  it('reads own words even when the box is left empty', () => {
    const body = filled(`${described} I wrote this change myself.`, false, '');
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
  });

  it('does not read "I am not the author" as the statement', () => {
    const body = `${described}\n\nI am not the author of this code; it comes from a vendor.`;
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual(['authorship']);
  });

  it('finds a disclosure in free text, and asks for more when it is only a mention', () => {
    const body = `${described}\n\nI wrote this myself.\n\nCopilot helped.`;
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual(['disclosure']);
  });

  it('does not read a change about AI, without a word of use, as a disclosure', () => {
    const body = 'Fix the AI model loader.\n\nI wrote this myself.';
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
  });

  it('does not take a denial in one clause for a disclosure in another', () => {
    const body = `${described}\n\nI wrote this myself. No tests were needed; Claude drafted the docstring of load_settings.`;
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
  });
});

describe('checkPullRequest: unusual bodies', () => {
  it.each([
    ['null', null],
    ['an empty string', ''],
    ['only spaces', '   \n\n  '],
    ['a number', 42],
  ])('asks for the statement and a description when the body is %s', (_, body) => {
    const result = checkPullRequest(body, strict, person);
    expect(codes(result.findings)).toEqual(['authorship', 'description']);
    expect(result.passed).toBe(false);
  });

  it('reads CRLF and CR line endings as LF', () => {
    const body = filled(described, true, goodDisclosure);
    const lf = checkPullRequest(body, strict, person);
    expect(checkPullRequest(body.replace(/\n/g, '\r\n'), strict, person)).toEqual(lf);
    expect(checkPullRequest(body.replace(/\n/g, '\r'), strict, person)).toEqual(lf);
    expect(checkPullRequest(template.replace(/\n/g, '\r\n'), strict, person)).toEqual(
      checkPullRequest(template, strict, person),
    );
  });

  it.each([
    ['Spanish', 'Corrige el fallo cuando el archivo de configuración está vacío.'],
    ['Japanese', '設定ファイルが空のときのクラッシュを修正しました。'],
    ['Arabic, right to left', 'يصلح هذا التغيير الخطأ عندما يكون ملف الإعدادات فارغًا.'],
    ['emoji', '🐛➡️✅ Fixes the empty settings file crash 🎉'],
  ])('passes a ticked template described in %s', (_, description) => {
    const result = checkPullRequest(filled(description, true, ''), strict, person);
    expect(result).toEqual({ skipped: false, passed: true, findings: [] });
  });

  it('asks for the statement, kindly, when the box is empty and the words are in another language', () => {
    const body = filled('Soy el autor de este cambio.', false, '');
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual(['authorship']);
  });

  it('treats HTML and Markdown in the body as text, and never repeats the body in a finding', () => {
    const hostile = [
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
      '::error::forged annotation',
      '[click](javascript:alert(3)) **bold** `code` | table |',
    ].join('\n');
    const result = checkPullRequest(filled(hostile, true, goodDisclosure), strict, person);
    expect(codes(result.findings)).toEqual([]);
    const unticked = checkPullRequest(filled(hostile, false, ''), strict, person);
    for (const finding of unticked.findings) {
      expect(finding.message).not.toMatch(/script|forged|javascript/);
    }
  });

  it('hides what an unclosed comment hides, as GitHub does', () => {
    const body = `${described}\n<!-- unfinished\n\nI am the author of this pull request.`;
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual(['authorship']);
  });

  it('ignores headings and boxes inside a fenced code block', () => {
    const body = `${described}\n\n\`\`\`\n## Authorship\n\`\`\`\n\nI wrote this myself.`;
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
  });

  it('reads a description of GitHub’s greatest length whole', () => {
    const body = `I wrote this myself.\n\n${'x'.repeat(65_536 - 22)}`;
    expect(body.length).toBe(65_536);
    expect(codes(checkPullRequest(body, strict, person).findings)).toEqual([]);
  });

  it('reads the first 262,144 characters of a longer one, and says so', () => {
    const start = `${described}\n\nI wrote this myself.\n\n`;
    const body = `${start}${'x'.repeat(maxReadLength - start.length)}\n\nUsed ChatGPT.`;
    const result = checkPullRequest(body, strict, person);
    expect(codes(result.findings)).toEqual(['long']);
    expect(result.findings[0]?.level).toBe('notice');
    expect(result.passed).toBe(true);
    expect(stepSummary(result, strict)).toContain('everything the policy asks for');
  });

  it.each([
    [
      'ordinary text',
      `${'The parser now returns the defaults. '.repeat(56_000)}I wrote this myself.`,
    ],
    ['comment openings', '<!--'.repeat(500_000)],
    ['square brackets', '['.repeat(2_000_000)],
    ['a heading of spaces', `# ${' '.repeat(2_000_000)}x`],
    ['denials', 'no '.repeat(700_000)],
    ['blank lines', '\n \n'.repeat(700_000)],
    ['list items', '- [x] '.repeat(350_000)],
    ['short lines', 'a\n'.repeat(1_000_000)],
    ['fences', '```\n'.repeat(500_000)],
    ['tool names', 'Copilot wrote '.repeat(150_000)],
    ['trailer lines', 'Assisted-by: Claude\n'.repeat(100_000)],
    ['clauses', 'No, but Copilot. '.repeat(120_000)],
    ['list items under the LLM heading', `## LLM use\n\n${'- Copilot\n'.repeat(200_000)}`],
    ['link brackets', '](('.repeat(700_000)],
  ])('checks a 2 MB body of %s in well under a second', (_, body) => {
    expect(body.length).toBeGreaterThanOrEqual(1_900_000);
    const start = performance.now();
    const result = checkPullRequest(body, strict, person);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(codes(result.findings)).toContain('long');
  });
});

describe('checkPullRequest: who opened the pull request', () => {
  it('skips an account on the skip list, whatever its case', () => {
    for (const login of ['dependabot[bot]', 'Dependabot[bot]']) {
      expect(checkPullRequest('', strict, { login, association: 'NONE' })).toEqual({
        skipped: true,
        passed: true,
        findings: [],
      });
    }
  });

  it('checks an account that is not on the list, and one with no login', () => {
    expect(checkPullRequest('', strict, { login: 'renovate[bot]' }).skipped).toBe(false);
    expect(checkPullRequest('', strict, {}).skipped).toBe(false);
  });

  it('welcomes a first-time contributor, and gives them no warning about style', () => {
    const result = checkPullRequest(
      filled('', true, goodDisclosure).replace(/<!--|-->/g, ''),
      advising,
      newcomer,
    );
    expect(result.findings.map(({ code, level }) => [code, level])).toEqual([
      ['welcome', 'notice'],
      ['description', 'notice'],
      ['hint', 'notice'],
    ]);
    expect(result.findings[0]?.message).toContain(advising.projectName);
  });

  it('still tells a first-time contributor what the policy requires', () => {
    const result = checkPullRequest(template, strict, { login: 'ana', association: 'FIRST_TIMER' });
    expect(result.findings.map(({ code, level }) => [code, level])).toEqual([
      ['welcome', 'notice'],
      ['authorship', 'error'],
      ['description', 'notice'],
    ]);
    expect(result.passed).toBe(false);
  });
});

describe('the settings of each fixture', () => {
  it.each([
    ['Lanternfish', forkConfig],
    ['Harbour', harbourConfig],
    ['the markup fixture', markupConfig],
  ])('make the untouched template of %s ask for the statement', (_, config) => {
    const settings = settingsOf(config);
    const result = checkPullRequest(pullRequestTemplate(config), settings, person);
    expect(codes(result.findings)).toEqual(['authorship', 'description']);
    expect(result.passed).toBe(settings.mode === 'advise');
  });
});

describe('withoutComments', () => {
  it('removes closed comments, and everything after an unclosed one', () => {
    expect(withoutComments('a<!-- b -->c<!-- d')).toBe('ac');
    expect(withoutComments('<!---->x')).toBe('x');
  });
});

describe('commandData and stepSummaryText', () => {
  it('escapes what could end a workflow command or start another', () => {
    expect(commandData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
  });

  it('escapes Markdown and HTML so a name shows as written', () => {
    expect(stepSummaryText('<b>*A*</b> & [x](y) #1 `c`')).toBe(
      '&lt;b&gt;\\*A\\*&lt;/b&gt; &amp; \\[x\\]\\(y\\) \\#1 \\`c\\`',
    );
  });
});

describe('run', () => {
  function folderWith(event: unknown): { dir: string; eventPath: string; summaryPath: string } {
    const dir = mkdtempSync(join(tmpdir(), 'llm-policy-check-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, typeof event === 'string' ? event : JSON.stringify(event));
    const summaryPath = join(dir, 'summary.md');
    writeFileSync(summaryPath, '');
    return { dir, eventPath, summaryPath };
  }

  function runWith(
    settings: CheckSettings,
    env: Record<string, string | undefined>,
  ): { code: number; lines: string[] } {
    const lines: string[] = [];
    const code = run(settings, env, (line) => lines.push(line));
    return { code, lines };
  }

  it('prints one annotation a finding, writes the summary, and fails in "require" mode', () => {
    const { eventPath, summaryPath } = folderWith({
      pull_request: { body: template, user: { login: 'sam' }, author_association: 'MEMBER' },
    });
    const { code, lines } = runWith(strict, {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summaryPath,
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^::error::Please confirm that you are the author.* See https:\/\//),
      expect.stringMatching(/^::warning::Please describe the change/),
    ]);
    const summary = readFileSync(summaryPath, 'utf8');
    expect(summary).toContain('Some parts that the policy requires are missing.');
    expect(summary).toContain(`([the policy](<${strict.links.authorship}>))`);
  });

  it('exits 0 in "advise" mode with the same findings', () => {
    const { eventPath, summaryPath } = folderWith({
      pull_request: { body: null, user: { login: 'sam' } },
    });
    const { code, lines } = runWith(advising, {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summaryPath,
    });
    expect(code).toBe(0);
    expect(lines.every((line) => line.startsWith('::warning::'))).toBe(true);
    expect(readFileSync(summaryPath, 'utf8')).toContain(
      'This check only advises, so it does not block the pull request.',
    );
  });

  it('says that nothing blocks the pull request when only suggestions are left', () => {
    const body = filled(described, true, 'Used ChatGPT.');
    const { eventPath, summaryPath } = folderWith({
      pull_request: { body, user: { login: 'sam' } },
    });
    const { code } = runWith(encouraged, {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summaryPath,
    });
    expect(code).toBe(0);
    expect(readFileSync(summaryPath, 'utf8')).toContain('None of them blocks the pull request.');
  });

  it('thanks the contributor in the summary when nothing is missing', () => {
    const body = filled(described, true, goodDisclosure);
    const { eventPath, summaryPath } = folderWith({
      pull_request: { body, user: { login: 'sam' } },
    });
    const { code, lines } = runWith(strict, {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summaryPath,
    });
    expect([code, lines]).toEqual([0, []]);
    expect(readFileSync(summaryPath, 'utf8')).toContain('everything the policy asks for');
  });

  it('notes a skipped account, and passes', () => {
    const { eventPath, summaryPath } = folderWith({
      pull_request: { body: '', user: { login: 'dependabot[bot]' } },
    });
    const { code, lines } = runWith(strict, {
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summaryPath,
    });
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^::notice::.*skip list/)]);
    expect(readFileSync(summaryPath, 'utf8')).toContain('skip list');
  });

  it.each([
    ['no event path', undefined, /^::warning::GITHUB_EVENT_PATH is not set/],
    [
      'an event file that is not JSON',
      '{ not json',
      /^::warning::The event file could not be read/,
    ],
    [
      'an event without a pull request',
      { issue: {} },
      /^::notice::This event is not about a pull request/,
    ],
    ['a pull request that is not an object', { pull_request: 'x' }, /^::notice::/],
  ])('passes with one clear line when there is %s', (_, event, line) => {
    const env = event === undefined ? {} : { GITHUB_EVENT_PATH: folderWith(event).eventPath };
    const { code, lines } = runWith(strict, env);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(line)]);
  });
});

describe('stepSummary', () => {
  it('shows a project name full of markup as text', () => {
    const settings = { ...strict, projectName: '<img src=x> *Harbour* [x](y)' };
    const summary = stepSummary(checkPullRequest('', settings, person), settings);
    expect(summary.split('\n')[0]).toBe(
      '## &lt;img src=x&gt; \\*Harbour\\* \\[x\\]\\(y\\): LLM contribution policy',
    );
  });
});
