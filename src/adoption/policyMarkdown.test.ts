import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import harbourConfig from '../../tests/fixtures/harbour.config';
import forkConfig from '../../tests/fixtures/fork.config';
import markupConfig from '../../tests/fixtures/markup.config';
import { markdownLink, markdownText } from '../utils/markdownText';
import { browserPolicySource, readPolicySource } from '../../plugins/adoption-files/policySource';
import { parseMdx } from '../mdx/parse';
import type { SiteConfig } from '../config/types';
import { everyOptionCombination } from '../../tests/unit/optionVariants';
import { policySummary, summaryText } from '../data/policySummary';
import { docPathOf, policyMarkdown, type PolicySource } from './policyMarkdown';

const docsDir = join(__dirname, '../../docs');
let source: PolicySource;

beforeAll(async () => {
  source = await readPolicySource(docsDir);
});

/** The headings of the policy page, as "## Title", without their `{/* #id *\/}` comments. */
function mdxHeadings(mdx: string): string[] {
  return parseMdx(mdx).children.flatMap((node) =>
    node.type === 'heading'
      ? [
          `${'#'.repeat(node.depth)} ${node.children
            .map((child) => (child.type === 'text' ? child.value : ''))
            .join('')
            .trim()}`,
        ]
      : [],
  );
}

describe('policyMarkdown, for every combination of options', () => {
  const combinations = everyOptionCombination(harbourConfig);

  it('covers every combination (768 with today’s vocabulary)', () => {
    expect(combinations).toHaveLength(768);
  });

  it('keeps every section heading of the policy page', () => {
    const headings = mdxHeadings(source.mdx);
    expect(headings).toContain('## Disclosure');
    expect(headings.length).toBeGreaterThanOrEqual(10);
    for (const config of combinations) {
      const lines = policyMarkdown(config, source).split('\n');
      for (const heading of headings) {
        expect(lines, JSON.stringify(config.policy.options)).toContain(heading);
      }
    }
  });

  it('leaves no MDX, placeholder or missing value behind', () => {
    for (const config of combinations) {
      const markdown = policyMarkdown(config, source);
      const prose = markdown.replace(/^```[\s\S]*?^```$/gm, '');
      expect(prose).not.toMatch(/[{}]|<\/?[A-Z]|\.mdx\b|^:::|undefined|\bnull\b|NaN|\[object /m);
      expect(prose).not.toMatch(/\S {2,}\S/);
    }
  });

  it('opens with the six points of the summary, as the data gives them', () => {
    for (const config of combinations) {
      const markdown = policyMarkdown(config, source);
      const lines = markdown.split('\n');
      const start = lines.indexOf('**In short**');
      const first = lines.findIndex((line, index) => index > start && line.startsWith('- '));
      const points = policySummary(config.policy.options);
      expect(start).toBeGreaterThan(0);
      points.forEach((point, index) => {
        const url = `${config.site.url}${config.site.baseUrl}policy#${point.id}`;
        expect(lines[first + index]).toBe(
          `- **[${point.name.message}](${url})**: ${summaryText(point)}`,
        );
      });
    }
  });
});

describe('policyMarkdown in the browser', () => {
  it('makes the same file from the parsed page that the adoption builder receives as JSON', () => {
    const shipped = JSON.parse(JSON.stringify(browserPolicySource(source))) as PolicySource;
    expect(shipped.mdx).toBe('');
    for (const config of [harbourConfig, forkConfig, markupConfig]) {
      expect(policyMarkdown(config, shipped)).toBe(policyMarkdown(config, source));
    }
  });
});

describe('policyMarkdown for one configuration', () => {
  it('fills in the project and links to the published pages, under the base path', () => {
    const markdown = policyMarkdown(forkConfig, source);
    expect(markdown).toContain('# Lanternfish LLM contribution policy');
    expect(markdown).toContain('Version 2.1, adopted on 15 January 2027.');
    expect(markdown).toContain('(https://lanternfish.example/policy/glossary#llm)');
    expect(markdown).toContain('(https://lanternfish.example/policy/policy#disclosure)');
    expect(markdown).toContain('[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)');
  });

  it('keeps the passages for the chosen options and drops the others', () => {
    const shipped = policyMarkdown(harbourConfig, source);
    const fork = policyMarkdown(forkConfig, source);
    expect(shipped).toContain('you must say so');
    expect(fork).not.toContain('you must say so');
    expect(fork).toContain('please say so');
    expect(shipped).toContain('Assisted-by: ExampleCode:example-large-2');
    expect(fork).toContain('Generated-by: ExampleCode example-large-2');
    expect(fork).not.toContain('Assisted-by:');
    expect(fork).toContain('does not accept output of closed commercial models');
    expect(shipped).not.toContain('closed commercial models');
  });

  it('shows the table of uses with the verdicts for the chosen options', () => {
    expect(policyMarkdown(harbourConfig, source)).toContain(
      '| Machine translation of words you wrote in your own language | Nothing to disclose |',
    );
    expect(policyMarkdown(forkConfig, source)).toContain(
      '| Machine translation of words you wrote in your own language | Please disclose it (encouraged) |',
    );
  });
});

/** A policy page with just this body. */
function sourceWith(body: string): PolicySource {
  return {
    mdx: `---\ntitle: The policy\n---\n\n${body}\n`,
    docPaths: { 'policy.mdx': '/policy' },
    checkScriptCore: '',
  };
}

describe('policyMarkdown refuses MDX it cannot turn into Markdown', () => {
  const config: SiteConfig = harbourConfig;
  function convert(body: string): string {
    return policyMarkdown(config, sourceWith(body));
  }

  it.each([
    ['import Box from "@site/src/Box";\n\nText.', 'an import or export line (line 5)'],
    ['Some <Box /> here.', '<Box>, which is not a tag of src/mdx/tags.ts (line 5)'],
    ['A value: {1 + 1}.', 'a JavaScript expression, {1 + 1}'],
    ['<UseVerdicts uses={someUses} />', 'a JavaScript expression in <UseVerdicts>'],
    ["<UseVerdicts uses={['translation']} />", '<UseVerdicts> has no plain Markdown form'],
    [
      '<WhenOption name="disclosure" is="required">\n\n## Heading\n\n</WhenOption>',
      'a heading inside <WhenOption>',
    ],
    ['See [the FAQ](./faq.mdx).', 'a link to "./faq.mdx"'],
    ['- Item\n\n  <PolicySummary />', '<PolicySummary> as a block inside a list'],
    [':::note\nText\n:::', 'an admonition line (":::") without a blank line'],
    ['<WhenOption name="colour" is="blue">x</WhenOption>', 'name="colour" is not a policy option'],
  ])('%j', (body, message) => {
    expect(() => convert(body)).toThrow(message);
  });

  it('keeps a passage in a passage when the options keep both', () => {
    const nested =
      '<WhenOption name="disclosure" is="required">A <WhenOption name="agentsFile" not="none">B</WhenOption> C</WhenOption>';
    expect(convert(nested)).toBe(policyMarkdown(config, sourceWith('A B C')));
    const dropped = {
      ...config,
      policy: {
        ...config.policy,
        options: { ...config.policy.options, agentsFile: 'none' as const },
      },
    };
    expect(policyMarkdown(dropped, sourceWith(nested))).toBe(
      policyMarkdown(dropped, sourceWith('A C')),
    );
  });

  it('leaves code blocks as they are', () => {
    const markdown = convert('```tsx\nconst x = <ProjectName />;\n```');
    expect(markdown).toContain('```tsx\nconst x = <ProjectName />;\n```');
  });

  it('turns every project component into text or a link', () => {
    const markdown = convert(
      '<ProjectName /> v<PolicyVersion />, <AdoptionDate />. <ContactLink />, <TextLicense />, ' +
        '<ProjectLink to="issues">issues</ProjectLink>, <OptionText name="commitTrailer" />.',
    );
    expect(markdown).toContain(
      'Harbour v1, 1 June 2026. [the Harbour forum](https://forum.harbour.example/c/contributing), ' +
        '[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/), ' +
        '[issues](https://git.harbour.example/harbour/harbour/issues), Assisted-by.',
    );
  });

  it('escapes details that would otherwise read as Markdown or MDX', () => {
    const markdown = policyMarkdown(
      markupConfig,
      sourceWith('<ProjectName /> and <ContactLink /> under <TextLicense />.'),
    );
    expect(markdown).toContain(
      `${markdownText(markupConfig.project.name)} and ${markdownLink(markupConfig.contact.label, markupConfig.contact.url)} under ${markdownLink(markupConfig.textLicense.name, markupConfig.textLicense.url)}.`,
    );
  });
});

describe('docPathOf', () => {
  it('reads the slug from the front matter', () => {
    expect(docPathOf('policy.mdx', '---\ntitle: X\nslug: /rules\n---\nText')).toBe('/rules');
    expect(docPathOf('faq.mdx', "---\nslug: '/questions'\n---\n")).toBe('/questions');
  });

  it('falls back to the file name', () => {
    expect(docPathOf('values.mdx', '---\ntitle: Values\n---\n')).toBe('/values');
  });

  it('knows every page in docs/', () => {
    const policy = readFileSync(join(docsDir, 'policy.mdx'), 'utf8');
    expect(docPathOf('policy.mdx', policy)).toBe('/policy');
    expect(source.docPaths['adopt.mdx']).toBe('/adopt');
  });
});
