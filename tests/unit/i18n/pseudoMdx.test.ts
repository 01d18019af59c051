import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpseudo } from '../../../scripts/i18n/pseudo.mjs';
import { parseMdx, pseudoMdx } from '../../../scripts/i18n/pseudoMdx.mjs';

const page = `---
title: 'How to ask: Did you write this?'
slug: /reviewers-guide
sidebar_label: Guide
sidebar_position: 4
description: A guide for reviewers.
---

import SelfCheck from '@site/src/components/SelfCheck';

## Responsibility {/* #responsibility */}

You are the author of <ProjectName />'s *work*, see [the policy](./policy.mdx#disclosure).

:::info[In short]

<PolicySummary />

:::

> I am the author.
> Really.

- Run \`npm test\` first.
- Visit https://example.org/docs for more.

| Use | Verdict |
| --- | ------- |
| Grammar | None |

\`\`\`text
Assisted-by: Tool
\`\`\`

<WhenOption name="disclosure" is="required">

Say so &amp; ask\\*.

</WhenOption>
`;

/**
 * A page's syntax tree without source positions, front matter or embedded JavaScript syntax
 * trees (whose offsets move), and with its text pseudo-translation undone.
 */
function shape(source: string): string {
  return JSON.stringify(
    parseMdx(source.replace(/^---\n[\s\S]*?\n---\n/u, '')),
    (key, value: unknown) =>
      key === 'position' || key === 'estree'
        ? undefined
        : typeof value === 'string'
          ? unpseudo(value)
          : value,
  );
}

describe('pseudoMdx', () => {
  const { text, textNodes, frontMatterFields } = pseudoMdx(page);

  it('changes the text a reader sees, where it stands', () => {
    expect(text).toContain('## ⟦Ŕéšþóñšíƀíļíţý⟧ {/* #responsibility */}');
    expect(text).toContain(
      "⟦Ýóú áŕé ţĥé áúţĥóŕ óƒ⟧ <ProjectName />⟦'š⟧ *⟦ŵóŕķ⟧*⟦, šéé⟧ [⟦ţĥé þóļíçý⟧](./policy.mdx#disclosure)⟦.⟧",
    );
    expect(text).toContain(':::info[⟦Íñ šĥóŕţ⟧]');
    expect(text).toContain('> ⟦Í áɱ ţĥé áúţĥóŕ.\n> Ŕéáļļý.⟧');
    expect(text).toContain('| ⟦Ĝŕáɱɱáŕ⟧ | ⟦Ñóñé⟧ |');
    expect(text).toContain('⟦Šáý šó &amp; ášķ\\*.⟧');
  });

  it('leaves code, components, imports, addresses and heading ids as written', () => {
    expect(text).toContain("import SelfCheck from '@site/src/components/SelfCheck';");
    expect(text).toContain('- ⟦Ŕúñ⟧ `npm test` ⟦ƒíŕšţ.⟧');
    expect(text).toContain('⟦Ṽíšíţ⟧ https://example.org/docs ⟦ƒóŕ ɱóŕé.⟧');
    expect(text).toContain('```text\nAssisted-by: Tool\n```');
    expect(text).toContain('<WhenOption name="disclosure" is="required">');
    expect(text).toContain('<PolicySummary />');
  });

  it('changes the visible front matter only', () => {
    expect(text).toMatch(
      /^---\ntitle: '⟦Ĥóŵ ţó ášķ: Ðíð ýóú ŵŕíţé ţĥíš\?⟧'\nslug: \/reviewers-guide\n/,
    );
    expect(text).toContain('sidebar_label: ⟦Ĝúíðé⟧\nsidebar_position: 4\n');
    expect(text).toContain('description: ⟦Á ĝúíðé ƒóŕ ŕéṽíéŵéŕš.⟧\n---\n');
    expect(frontMatterFields).toBe(3);
  });

  it('counts the text nodes it changed: each one with more than white space', () => {
    // Responsibility; You are the author of; 's; work; , see; the policy; .; In short; the
    // quotation; Run; first.; Visit; for more.; the four cells; Say so & ask.
    expect(textNodes).toBe(18);
  });

  it('gives a page with the same structure, and the same words once undone', () => {
    expect(shape(text)).toBe(shape(page));
  });

  it('gives every page of the site the same structure once undone', () => {
    const docs = join(__dirname, '../../../docs');
    for (const name of readdirSync(docs).filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(join(docs, name), 'utf8');
      expect(shape(pseudoMdx(source).text), name).toBe(shape(source));
    }
  });
});
