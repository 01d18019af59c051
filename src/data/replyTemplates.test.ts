import { policySectionTitles } from './policySections';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyOptionSet } from '../../tests/unit/optionVariants';
import { headingsWithIds } from '../../tests/unit/mdxHeadings';
import { placeholdersIn, replyMarkdown } from '../components/ReplyTemplates/fill';
import type { PolicyOptions } from './policyOptions';
import { policyAnchors } from './policySections';
import {
  blockMessage,
  placeholderIds,
  placeholderMeta,
  replyTemplates,
  replyTones,
  type ReplyTemplate,
} from './replyTemplates';
import { replyCaseIds, replyCaseTitles } from './replyCases';

const root = join(__dirname, '../..');
const guide = readFileSync(join(root, 'docs/reviewers-guide.mdx'), 'utf8');
const policy = readFileSync(join(root, 'docs/policy.mdx'), 'utf8');

const optionSets = everyOptionSet();

function allText(template: ReplyTemplate): string {
  return template.reply.map((block) => blockMessage(block).message).join('\n');
}

const byId = replyTemplates.map((template) => [template.id, template] as const);

describe('the reply templates match the reviewers’ guide', () => {
  const guideCases = headingsWithIds(guide, 3);

  it('covers exactly the guide’s cases', () => {
    expect([...guideCases.keys()].filter((id) => id.startsWith('case-'))).toEqual([
      ...replyCaseIds,
    ]);
  });

  it.each(replyCaseIds)('%s has the same title as its heading in the guide', (caseId) => {
    expect(replyCaseTitles[caseId].message).toBe(guideCases.get(caseId));
    expect(replyCaseTitles[caseId].id).toBe(`replyCase.${caseId}.title`);
  });

  it.each(replyCaseIds)('%s shows its templates under "Replies"', (caseId) => {
    const section = guide.split(`{/* #${caseId}-reply */}`)[1]?.split(/^#{2,3} /m)[0] ?? '';
    expect(section).toContain(`<ReplyTemplates case="${caseId}" />`);
    expect(guide.split(`<ReplyTemplates case="${caseId}" />`)).toHaveLength(2);
  });

  it.each(byId)('%s belongs to a case of the guide', (_id, template) => {
    expect(guideCases.has(template.case)).toBe(true);
  });
});

describe('each template is complete', () => {
  it('has a unique id that reads well in a link', () => {
    const ids = replyTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      // Case ids are anchors on the guide already.
      expect(id.startsWith('case-')).toBe(false);
    }
  });

  it.each(byId)('%s has a title, a tone and advice on when to use it', (_id, template) => {
    expect(template.title.message).toMatch(/^[A-Z]/);
    expect(replyTones).toContain(template.tone);
    expect(template.useWhen.message).toMatch(/^[A-Z].*\.$/);
    expect(template.notWhen.message).toMatch(/^[A-Z].*\.$/);
  });

  it.each(byId)('%s names each of its messages after itself', (id, template) => {
    expect(template.title.id).toBe(`replyTemplate.${id}.title`);
    expect(template.useWhen.id).toBe(`replyTemplate.${id}.useWhen`);
    expect(template.notWhen.id).toBe(`replyTemplate.${id}.notWhen`);
    for (const block of template.reply) {
      expect(blockMessage(block).id).toMatch(
        new RegExp(`^replyTemplate\\.(${id}\\.reply\\.\\d+|signOff|signature)$`),
      );
    }
  });

  it('gives every message of every template its own id, and one id one wording', () => {
    const wording = new Map<string, string>();
    for (const template of replyTemplates) {
      const messages = [
        template.title,
        template.useWhen,
        template.notWhen,
        ...template.reply.map(blockMessage),
      ];
      for (const { id, message } of messages) {
        expect(wording.get(id) ?? message, id).toBe(message);
        wording.set(id, message);
      }
      const own = messages
        .map((entry) => entry.id)
        .filter((id) => id.startsWith(`replyTemplate.${template.id}.`));
      expect(new Set(own).size, template.id).toBe(own.length);
    }
  });

  it.each(byId)(
    '%s declares every placeholder it uses, and uses every one it declares',
    (_id, template) => {
      const used = placeholdersIn(allText(template));
      for (const name of used) {
        expect(placeholderIds, `{${name}} is not a known placeholder`).toContain(name);
      }
      expect([...new Set(used)].sort()).toEqual([...template.placeholders].sort());
      expect(new Set(template.placeholders).size).toBe(template.placeholders.length);
    },
  );

  it.each(byId)('%s has no stray braces outside placeholders', (_id, template) => {
    expect(allText(template).replace(/\{[A-Za-z]+\}/g, '')).not.toMatch(/[{}]/);
  });

  it.each(byId)('%s rests on a policy section that exists', (_id, template) => {
    expect(policyAnchors).toContain(template.section);
  });

  it('every placeholder in the vocabulary is used by some template', () => {
    const used = new Set(replyTemplates.flatMap((template) => template.placeholders));
    expect([...placeholderIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(placeholderIds)('{%s} has a visible marker in square brackets', (id) => {
    expect(placeholderMeta[id].marker.message).toMatch(/^\[[^\]]+\]$/);
    expect(placeholderMeta[id].marker.id).toBe(`replyPlaceholder.${id}.marker`);
  });
});

describe('the policy section titles', () => {
  const policyHeadings = new Map([...headingsWithIds(policy, 2), ...headingsWithIds(policy, 3)]);

  it.each(policyAnchors)('#%s has its heading from docs/policy.mdx', (anchor) => {
    expect(policySectionTitles[anchor].message).toBe(policyHeadings.get(anchor));
  });
});

describe('whatever a project chooses', () => {
  it(`every case has at least one template (${optionSets.length} choices)`, () => {
    for (const options of optionSets) {
      const cases = new Set(
        replyTemplates
          .filter((template) =>
            Object.entries(template.onlyWhen ?? {}).every(([id, values]) =>
              (values as readonly string[]).includes(options[id as keyof PolicyOptions]),
            ),
          )
          .map((template) => template.case),
      );
      expect([...cases].sort()).toEqual([...replyCaseIds].sort());
    }
  });

  it.each(byId.filter(([, template]) => template.case !== 'case-newcomer'))(
    '%s always links to its policy section',
    (_id, template) => {
      for (const options of optionSets) {
        expect(replyMarkdown(template, options)).toContain('({sectionUrl})');
      }
    },
  );

  it.each(byId)('%s always has the same placeholders as its first paragraph', (_id, template) => {
    for (const options of optionSets) {
      expect(
        replyMarkdown(template, options).startsWith(blockMessage(template.reply[0]).message),
      ).toBe(true);
    }
  });
});

describe('the wording', () => {
  it.each(byId.filter(([, template]) => template.case === 'case-newcomer'))(
    '%s never mentions the policy or LLMs: a newcomer is not a suspect',
    (_id, template) => {
      const text = allText(template);
      expect(text).not.toMatch(/policy|LLM|Url\}/i);
    },
  );

  it.each(byId)('%s says "LLM", never "AI", except when it quotes a chat tool', (_id, template) => {
    const ownWords =
      `${template.title.message} ${template.useWhen.message} ${template.notWhen.message} ${allText(template)}`
        // A quotation of a chat tool's words, such as “As an AI language model”, is not ours.
        .replace(/“[^”]*”/g, '');
    expect(ownWords).not.toMatch(/\bA\.?I\b/);
  });

  it.each(byId)('%s never tells the reviewer to call the work machine-made', (_id, template) => {
    expect(allText(template)).not.toMatch(
      /looks? (like )?(model output|machine-made|generated)|is generated|a bot wrote/i,
    );
  });

  it.each(byId)('%s uses short sentences (at most 40 words)', (_id, template) => {
    const sentences = allText(template)
      .replace(/\]\([^)]*\)/g, ']')
      .split(/(?<=[.!?:])\s+|\n/);
    for (const sentence of sentences) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(40);
    }
  });

  it.each(byId)('%s greets a person and is signed by the reviewer', (_id, template) => {
    expect(allText(template)).toMatch(/^(Hi|To the person who runs) \{contributor\}/);
    expect(allText(template).endsWith('{reviewer}')).toBe(true);
  });
});
