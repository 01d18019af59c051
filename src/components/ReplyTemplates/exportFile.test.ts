import { describe, expect, it } from 'vitest';
import harbourConfig from '../../../tests/fixtures/harbour.config';
import type { SiteConfig } from '../../config/types';
import type { MessageText } from '../../data/message';
import { blockMessage } from '../../data/replyTemplates';
import { replyCaseTitles } from '../../data/replyCases';
import { buildTemplatesFile, englishExportLabels, fenceFor } from './exportFile';
import { emptyInputs, filledReply, templatesFor } from './fill';

const config: SiteConfig = {
  ...harbourConfig,
  project: { ...harbourConfig.project, name: 'Harbour' },
  site: { url: 'https://harbour.example.net', baseUrl: '/p/' },
  policy: { ...harbourConfig.policy, version: '2.1' },
};

const templates = templatesFor(config.policy.options);

describe('fenceFor', () => {
  it.each([
    ['no backticks', '```'],
    ['one `code` span', '```'],
    ['a ``` fence', '````'],
    ['a ````` run', '``````'],
  ])('%j -> %j', (text, fence) => {
    expect(fenceFor(text)).toBe(fence);
  });
});

describe('buildTemplatesFile', () => {
  const file = buildTemplatesFile(templates, config, { contributor: 'sam', reviewer: 'Ana' });

  it('opens with the project, the policy version and a note on markers', () => {
    expect(file.split('\n').slice(0, 5)).toEqual([
      '# Reply templates for Harbour',
      '',
      'Ready-to-paste replies for reviewers, based on the Harbour LLM contribution policy, version 2.1: https://harbour.example.net/p/policy',
      '',
      'Text in square brackets, such as [your comments], is for you to fill in before you post.',
    ]);
  });

  it('holds every template once, filled with the inputs, inside a Markdown fence', () => {
    for (const template of templates) {
      expect(file.split(`\n### ${template.title.message}\n`)).toHaveLength(2);
      const reply = filledReply(template, config, { contributor: 'sam', reviewer: 'Ana' });
      expect(file).toContain(`\n\`\`\`markdown\n${reply}\n\`\`\`\n`);
      expect(file).toContain(
        `- Link: https://harbour.example.net/p/reply-templates#${template.id}`,
      );
    }
    expect(file).toContain('Hi @sam,');
    expect(file).not.toContain('{contributor}');
  });

  it('groups templates under their case, in the guide’s order', () => {
    const caseHeadings = [...file.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(caseHeadings).toEqual(Object.values(replyCaseTitles).map((title) => title.message));
  });

  it('describes each template for the reader of the file', () => {
    expect(file).toContain(
      [
        '### A first, gentle question',
        '',
        '- Tone: Warm',
        '- Use it when: You see one or two signs in the work, but nothing is clear yet.',
        '- Not when: The only sign is the writing style, imperfect English or a new account. Review as usual instead.',
        '- Rests on: [Responsibility](https://harbour.example.net/p/policy#responsibility)',
      ].join('\n'),
    );
  });

  it('leaves out the templates that do not fit the project', () => {
    expect(file).toContain('Closing a contribution made by an agent');
    expect(file).not.toContain('Asking which person is responsible for an agent');
  });

  it('shows markers when the inputs are empty', () => {
    const empty = buildTemplatesFile(templates, config, emptyInputs);
    expect(empty).toContain("Hi [contributor's handle],");
    expect(empty).toContain('Best wishes,\n[your name]\n');
    expect(empty).not.toMatch(/undefined|null/);
  });

  it('keeps a hostile handle literal and inside its fence', () => {
    const handle = '```\n# Injected <img src=x onerror=alert(1)>';
    const hostile = buildTemplatesFile(templates, config, { contributor: handle, reviewer: '' });
    expect(hostile).toContain('Hi @``` # Injected <img src=x onerror=alert(1)>,');
    expect(hostile).toContain('\n````markdown\n');
    expect(hostile).not.toMatch(/^# Injected/m);
  });

  it('ends with exactly one newline', () => {
    expect(file.endsWith('```\n')).toBe(true);
    expect(file.endsWith('\n\n')).toBe(false);
  });

  it('accepts translated labels', () => {
    const translated = buildTemplatesFile(templates.slice(0, 1), config, emptyInputs, {
      ...englishExportLabels,
      heading: 'Modèles de réponse pour {project}',
      tone: 'Ton',
    });
    expect(translated.startsWith('# Modèles de réponse pour Harbour\n')).toBe(true);
    expect(translated).toContain('- Ton: Warm');
  });

  it('words the templates, their cases, tones, sections and markers as it is told', () => {
    const tagged: MessageText = (message) => `<${message.id}>`;
    const [first] = templates;
    const translated = buildTemplatesFile(
      [first],
      config,
      emptyInputs,
      englishExportLabels,
      tagged,
    );
    expect(translated).toContain(
      `Text in square brackets, such as <replyPlaceholder.comments.marker>`,
    );
    expect(translated).toContain(`\n## <replyCase.${first.case}.title>\n`);
    expect(translated).toContain(`\n### <${first.title.id}>\n`);
    expect(translated).toContain(`- Tone: <replyTone.${first.tone}>`);
    expect(translated).toContain(`- Use it when: <${first.useWhen.id}>`);
    expect(translated).toContain(`- Not when: <${first.notWhen.id}>`);
    expect(translated).toContain(`- Rests on: [<policy.section.${first.section}>](`);
    expect(translated).toContain(`<${blockMessage(first.reply[0]).id}>`);
    expect(translated).not.toContain(first.title.message);
  });

  it('is empty of templates when given none', () => {
    expect(buildTemplatesFile([], config, emptyInputs)).not.toContain('##');
  });
});
