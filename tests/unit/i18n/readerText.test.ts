import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import forkConfig from '../../fixtures/fork.config';
import { configValues, hasUntransformedLetters, readerTexts } from '../../i18n/readerText';

function textsOf(html: string): string[] {
  return readerTexts(load(html)).map(({ where, text }) => `${where}: ${text}`);
}

describe('readerTexts', () => {
  it('reads the title, the description and every text node of the body, with where it is', () => {
    expect(
      textsOf(
        '<html><head><title>Title</title><meta name="description" content="About"></head>' +
          '<body><main class="page wide" id="top"><p>One <b>two</b></p></main></body></html>',
      ),
    ).toEqual(['meta: About', 'title: Title', 'p: One ', 'b: two']);
  });

  it('reads the attributes that are shown or read aloud, and the text of buttons', () => {
    expect(
      textsOf(
        '<body><img alt="A badge" src="x.svg"><a title="Tip" aria-label="Label" href="/">x</a>' +
          '<input placeholder="Type" value="typed"><input type="submit" value="Send"></body>',
      ),
    ).toEqual([
      'img[alt]: A badge',
      'a[title]: Tip',
      'a[aria-label]: Label',
      'a: x',
      'input[placeholder]: Type',
      'input[value]: Send',
    ]);
  });

  it('skips code, dates, scripts and what the page marks as not for translation', () => {
    expect(
      textsOf(
        '<body><p>Run <code>npm test</code> on <time datetime="2026-05-05">5 May 2026</time>.</p>' +
          '<pre><code>Assisted-by: X</code></pre><kbd>Ctrl</kbd><samp>out</samp>' +
          '<script>var a = 1;</script><style>p {}</style><noscript>No</noscript>' +
          '<textarea translate="no">English file</textarea><img alt="Badge" translate="no">' +
          '<pre class="reply">Hi {name}</pre></body>',
      ),
    ).toEqual(['p: Run ', 'p:  on ', 'p: .', 'pre.reply: Hi {name}']);
  });
});

describe('hasUntransformedLetters', () => {
  it('finds a plain ASCII letter, and nothing in pseudo-translated text', () => {
    expect(hasUntransformedLetters('Policy', [])).toBe(true);
    expect(hasUntransformedLetters('⟦Þóļíçý⟧', [])).toBe(false);
    expect(hasUntransformedLetters('⟦Þóļíçý⟧ x', [])).toBe(true);
  });

  it('lets numbers, punctuation and letters outside ASCII pass', () => {
    expect(hasUntransformedLetters('1.2 – 3, (4)! … “é” ß', [])).toBe(false);
  });

  it('takes out the allowed values, longest first', () => {
    expect(hasUntransformedLetters('⟦Ƒóŕ⟧ Driftwood Two', ['Driftwood', 'Driftwood Two'])).toBe(
      false,
    );
    expect(hasUntransformedLetters('⟦Ƒóŕ⟧ Driftwood', ['Drift'])).toBe(true);
    expect(hasUntransformedLetters('⟦Ƒóŕ⟧ Driftwood', [''])).toBe(true);
  });

  it('lets addresses and file names pass: they are the same in every language', () => {
    expect(hasUntransformedLetters('⟦Šéé⟧ “https://policy.example.org/a”.', [])).toBe(false);
    expect(hasUntransformedLetters('⟦Ƒóŕ⟧ mailto:dev@example.org', [])).toBe(false);
    expect(hasUntransformedLetters('⟦Çóþý⟧ AGENTS.md', [])).toBe(false);
    expect(hasUntransformedLetters('⟦Šáṽé⟧ ISSUE_TEMPLATE/bug_report.yml', [])).toBe(false);
    expect(hasUntransformedLetters('⟦Çóþý⟧ AGENTS', [])).toBe(true);
  });
});

describe('configValues', () => {
  it('lists every text of the config, and the commit trailer its option shows', () => {
    const values = configValues(forkConfig);
    expect(values).toEqual(
      expect.arrayContaining([
        forkConfig.project.name,
        forkConfig.project.repositoryUrl,
        forkConfig.contact.label,
        forkConfig.textLicense.name,
        forkConfig.policy.version,
        forkConfig.policy.options.disclosure,
      ]),
    );
    const noTrailer = { ...forkConfig.policy.options, commitTrailer: 'none' } as const;
    const withTrailer = { ...forkConfig.policy.options, commitTrailer: 'Generated-by' } as const;
    expect(
      configValues({ ...forkConfig, policy: { ...forkConfig.policy, options: withTrailer } }),
    ).toContain('Generated-by: TOOL');
    expect(
      configValues({ ...forkConfig, policy: { ...forkConfig.policy, options: noTrailer } }).filter(
        (value) => value.includes('TOOL'),
      ),
    ).toEqual([]);
  });
});
