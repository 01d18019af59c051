// Draws the social card, the picture that sites show beside a link to this site, from the
// configuration at build time, so that every project that adopts the policy gets its own.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin, TranslationFileContent } from '@docusaurus/types';
import type { SiteConfig } from '../../src/config/types';
import { renderSocialCard } from '../../src/socialCard/render';

export interface SocialCardOptions {
  /** The validated configuration the card is made from. */
  readonly siteConfig: SiteConfig;
}

/**
 * A folder of generated static files, relative to the site: add it to
 * `staticDirectories`, so that the build copies it and `npm start` serves it.
 */
export const socialCardStaticDirectory = '.docusaurus/social-card/static';

/** Where the card is served, relative to the base path: give it to `themeConfig.image`. */
export const socialCardPath = 'img/social-card.png';

/** The card's own words, which a translation can change. */
interface CardWords {
  readonly subtitle: string;
}

const defaultWords = {
  subtitle: {
    message: 'LLM contribution policy',
    description:
      'The line under the project’s name on the social card, the picture shown beside a shared link',
  },
} as const;

export default function socialCardPlugin(
  context: LoadContext,
  options: SocialCardOptions,
): Plugin<CardWords> {
  const { project, site } = options.siteConfig;
  return {
    name: 'social-card',

    loadContent() {
      return { subtitle: defaultWords.subtitle.message };
    },

    // `docusaurus write-translations` writes these words to i18n/<locale>/social-card/card.json.
    getTranslationFiles() {
      return [{ path: 'card', content: defaultWords }];
    },

    translateContent({ content, translationFiles }) {
      // A translation file may lack a message; the English words stand in for it.
      const messages: Partial<TranslationFileContent> =
        translationFiles.find((file) => file.path === 'card')?.content ?? {};
      return { subtitle: messages.subtitle?.message ?? content.subtitle };
    },

    async contentLoaded({ content }) {
      const png = await renderSocialCard({
        projectName: project.name,
        subtitle: content.subtitle,
        siteUrl: site.url,
        baseUrl: site.baseUrl,
      });
      const path = join(context.siteDir, socialCardStaticDirectory, socialCardPath);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, png);
    },
  };
}
