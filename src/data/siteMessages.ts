/**
 * The words of the site that docusaurus.config.ts sets: the site's title, its tagline and the
 * notice on the example configuration. They are translated through the same code.json as the
 * pages (see src/config/codeTranslations.ts). Keep each `id` stable once published.
 */
import type { Message } from './message';

export const siteMessages = {
  title: { id: 'site.title', message: '{project} LLM contribution policy' },
  tagline: {
    id: 'site.tagline',
    message: 'How {project} handles contributions made with large language models',
  },
  exampleNotice: {
    id: 'site.exampleNotice',
    message:
      'You are looking at the example configuration, for the fictional project {project}. {adoptLink}.',
  },
  exampleNoticeLink: {
    id: 'site.exampleNotice.link',
    message: 'Adopt this policy for your own project',
  },
} as const satisfies Readonly<Record<string, Message>>;
