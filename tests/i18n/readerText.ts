// The text a person reads or hears on a built page, piece by piece, for the pseudo-locale test.
import type { AnyNode, CheerioAPI, Element } from 'cheerio';
import type { SiteConfig } from '../../src/config/types';
import { trailerExamples } from '../../src/data/policyOptions';

type Text = Extract<AnyNode, { readonly nodeType: 3 }>;

export interface ReaderText {
  /** Where the text is: the element's tag and classes, and the attribute when it is one. */
  readonly where: string;
  readonly text: string;
}

/**
 * Elements whose content is not translated, each for its own reason:
 * - script, style, noscript, template: not shown as text (noscript holds only a style here);
 * - code, kbd, samp and code blocks (pre around code): code, commands and file contents are the
 *   same in every language;
 * - time: a date, formatted for the locale by Intl rather than translated;
 * - [translate="no"]: content the page marks as not for translation, such as the previews of
 *   the generated repository files, which are English by design (see src/data/message.ts).
 */
const untranslatedElements =
  'script, style, noscript, template, code, kbd, samp, pre:has(> code), time, [translate="no"]';

/** Attributes that a browser shows or reads aloud. */
const readAttributes = ['alt', 'title', 'aria-label', 'aria-description', 'placeholder'];

function attribute(element: Element, name: string): string | null {
  return Object.hasOwn(element.attribs, name) ? element.attribs[name] : null;
}

function describe(element: Element): string {
  const classes = (attribute(element, 'class') ?? '').split(/\s+/u).filter((name) => name !== '');
  const id = attribute(element, 'id');
  return `${element.tagName}${id === null ? '' : `#${id}`}${classes.map((name) => `.${name}`).join('')}`;
}

// DOM node types: 1 for an element (also script and style), 3 for text.
function isElement(node: AnyNode): node is Element {
  return node.nodeType === 1;
}

function isText(node: AnyNode): node is Text {
  return node.nodeType === 3;
}

/**
 * Every text node of the page's title and body, and every attribute that is shown or read
 * aloud, outside the elements that are not translated. Meta descriptions count too: search
 * results and link previews show them.
 */
export function readerTexts($: CheerioAPI): readonly ReaderText[] {
  const found: ReaderText[] = [];
  const visit = (node: AnyNode, parent: string): void => {
    if (isText(node)) {
      found.push({ where: parent, text: node.data });
      return;
    }
    if (!isElement(node) || $(node).is(untranslatedElements)) {
      return;
    }
    const where = describe(node);
    for (const name of readAttributes) {
      const value = attribute(node, name);
      if (value !== null) {
        found.push({ where: `${where}[${name}]`, text: value });
      }
    }
    if (
      node.tagName === 'input' &&
      ['button', 'submit', 'reset'].includes(attribute(node, 'type') ?? '')
    ) {
      found.push({ where: `${where}[value]`, text: attribute(node, 'value') ?? '' });
    }
    for (const child of node.children) {
      visit(child, where);
    }
  };
  for (const meta of $('meta[name="description"], meta[property="og:description"]').toArray()) {
    found.push({ where: describe(meta), text: attribute(meta, 'content') ?? '' });
  }
  for (const element of $('head > title, body').toArray()) {
    visit(element, describe(element));
  }
  return found;
}

/**
 * Names that are the same in every language, and so are never translated: web and email
 * addresses (also inside a message, where the pseudo-translation keeps them), and the names of
 * files, such as "AGENTS.md" in "Copy AGENTS.md".
 */
const sameInEveryLanguage =
  /(?:https?:\/\/|mailto:)[^\s<>()"'“”]*|[\w./-]+\.(?:md|mdx|mjs|ya?ml|json|svg|rst|ts|zip)\b/giu;

/**
 * True when `text` has a letter that did not go through the pseudo-translation, which turns
 * every ASCII letter into an accented one. Occurrences of `allowed` strings (values from the
 * site's config, which are names and addresses, not words to translate) and of addresses and
 * file names are taken out first.
 */
export function hasUntransformedLetters(text: string, allowed: readonly string[]): boolean {
  let rest = text.replace(sameInEveryLanguage, ' ');
  for (const value of [...allowed].sort((a, b) => b.length - a.length)) {
    if (value !== '') {
      rest = rest.split(value).join(' ');
    }
  }
  return /[A-Za-z]/u.test(rest);
}

/**
 * Values from the site's config, which are shown as they are: names, labels, addresses, the
 * version and the option values, and the commit trailer that the chosen option puts in the
 * replies ("Assisted-by: TOOL:MODEL"), which is written as code. They are the project's, not
 * words of the site.
 */
export function configValues(config: SiteConfig): string[] {
  const values: string[] = [trailerExamples[config.policy.options.commitTrailer] ?? ''];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      values.push(value);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(collect);
    }
  };
  collect(config);
  return values;
}
