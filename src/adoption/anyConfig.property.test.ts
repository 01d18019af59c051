import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { validConfig } from '../../tests/unit/arbitraries';
import { readPolicySource } from '../../plugins/adoption-files/policySource';
import type { SiteConfig } from '../config/types';
import { policyAddress, uriOf } from '../config/urls';
import { isRealDate } from '../config/validate';
import { fileCatalog, generatedFileIds, type GeneratedFileId } from './fileCatalog';
import { generateFiles, generators } from './files';
import { policyJsonErrors } from '../../tests/unit/policyJsonErrors';
import { policyJsonObject, type PolicyJson } from './policyJson';
import { checkScriptSettings } from './pullRequestCheck';
import type { PolicySource } from './policyMarkdown';
import { policySchemaObject } from './policySchema';

// Property tests of the generated files: for any valid config, every generator gives a file,
// every YAML file parses and every Markdown file renders with the project's details exactly as
// written, and policy.json matches its schema. On a failure, fast-check prints the smallest
// config it found that fails, and the seed.

const seed = 20261206;
// Each property takes a second or two; the limit leaves room for a busy machine.
const timeout = 30_000;

let source: PolicySource;

beforeAll(async () => {
  source = await readPolicySource(join(__dirname, '../../docs'));
});

/**
 * Plain words that stand in for the config's text in a reference copy of each file. Where a
 * file holds one of them, the file made from the real config must hold the real text.
 */
const stand = { name: 'Qzname', label: 'Qzlabel', licence: 'Qzlicence' } as const;

/** `config` with its name, contact label and licence name replaced by the plain stand-ins. */
function plainCopy(config: SiteConfig): SiteConfig {
  return {
    ...config,
    project: { ...config.project, name: stand.name },
    contact: { ...config.contact, label: stand.label },
    textLicense: { ...config.textLicense, name: stand.licence },
  };
}

/** Replaces the stand-ins in every string of a value with the config's real text. */
function withRealText<T>(value: T, config: SiteConfig): T {
  const real: Readonly<Record<string, string>> = {
    [stand.name]: config.project.name,
    [stand.label]: config.contact.label,
    [stand.licence]: config.textLicense.name,
  };
  const replace = (item: unknown): unknown => {
    if (typeof item === 'string') {
      // A function, so that "$&" in a name is not read as a replacement pattern.
      return item.replace(/Qzname|Qzlabel|Qzlicence/g, (word) => real[word]);
    }
    if (Array.isArray(item)) {
      return item.map(replace);
    }
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, replace(inner)]));
    }
    return item;
  };
  return replace(value) as T;
}

/** The text of one generated file; null when the options leave the file out. */
function generate(config: SiteConfig, id: GeneratedFileId): string | null {
  return generators[id](config, source);
}

/** The text of a file that every config has. */
function generated(config: SiteConfig, id: GeneratedFileId): string {
  const text = generate(config, id);
  if (text === null) {
    throw new Error(`No ${id} for this config`);
  }
  return text;
}

interface MdNode {
  readonly type: string;
  readonly value?: string;
  readonly url?: string;
  readonly children?: readonly MdNode[];
}

// The trees of the last texts parsed: both issue forms start with the same Markdown.
const parsedMarkdown = new Map<string, MdNode>();

function parseMarkdown(markdown: string): MdNode {
  let tree = parsedMarkdown.get(markdown);
  if (tree === undefined) {
    tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    if (parsedMarkdown.size > 20) {
      parsedMarkdown.clear();
    }
    parsedMarkdown.set(markdown, tree);
  }
  return tree;
}

/** The text a reader sees: text and code, with the text of links and other nodes inside. */
function textOf(node: MdNode): string {
  return node.type === 'text' || node.type === 'inlineCode'
    ? (node.value ?? '')
    : (node.children ?? []).map(textOf).join('');
}

/**
 * A bare web or e-mail address that GitHub's Markdown turns into a link to itself. GitHub does
 * so whatever the escaping, and the text shown is the same, so it counts as text.
 */
function isAddressAsLink(node: MdNode): boolean {
  const text = textOf(node);
  return (
    node.type === 'link' &&
    node.children?.length === 1 &&
    [text, `http://${text}`, `mailto:${text}`].includes(node.url ?? '')
  );
}

interface Shape {
  readonly type: string;
  readonly value?: string;
  readonly url?: string;
  readonly children?: readonly Shape[];
}

/**
 * A Markdown tree without source positions, with bare addresses as text and each run of text
 * as one node, so that two trees compare by what a reader sees and by their structure.
 */
function shape(node: MdNode): Shape {
  if (isAddressAsLink(node)) {
    return { type: 'text', value: textOf(node) };
  }
  const children: Shape[] = [];
  for (const child of (node.children ?? []).map(shape)) {
    const last = children.at(-1);
    if (child.type === 'text' && last?.type === 'text') {
      children[children.length - 1] = { type: 'text', value: `${last.value}${child.value}` };
    } else {
      children.push(child);
    }
  }
  return {
    type: node.type,
    ...(node.value === undefined ? {} : { value: node.value }),
    ...(node.url === undefined ? {} : { url: node.url }),
    ...(node.children === undefined ? {} : { children }),
  };
}

/** The raw HTML in a Markdown tree, in order. */
function htmlOf(node: MdNode): string[] {
  return node.type === 'html' ? [node.value ?? ''] : (node.children ?? []).flatMap(htmlOf);
}

function linkUrls(node: MdNode): string[] {
  return [
    ...(node.type === 'link' ? [node.url ?? ''] : []),
    ...(node.children ?? []).flatMap(linkUrls),
  ];
}

/**
 * Checks that Markdown made from `config` renders as the Markdown made from its plain copy,
 * with the config's text in place of the stand-ins: the same blocks, links and raw HTML, and
 * the text exactly as written in the config. Returns the tree.
 */
function expectRendersAsPlainCopy(markdown: string, plain: string, config: SiteConfig): MdNode {
  const tree = parseMarkdown(markdown);
  const plainTree = parseMarkdown(plain);
  expect(htmlOf(tree)).toEqual(htmlOf(plainTree));
  expect(shape(tree)).toEqual(withRealText(shape(plainTree), config));
  return tree;
}

/**
 * The same check for a whole file, on its blocks (the text between blank lines) that hold text
 * from the config, parsed together as one document; the other blocks are the same in both
 * files. This is as strict as parsing the whole file: text from the config has no line breaks,
 * so it stays within its block, and whatever it could open that would reach past the block (a
 * code fence, an HTML block, a list) changes that block's own tree too. It is much faster on
 * the long LLM_POLICY.md. Returns the tree of those blocks, or null when there are none.
 */
function expectFileRendersAsPlainCopy(
  markdown: string,
  plain: string,
  config: SiteConfig,
): MdNode | null {
  const blocks = markdown.split(/\n{2,}/);
  const plainBlocks = plain.split(/\n{2,}/);
  expect(blocks).toHaveLength(plainBlocks.length);
  const changed = blocks.flatMap((block, i) => (block === plainBlocks[i] ? [] : [i]));
  if (changed.length === 0) {
    return null;
  }
  return expectRendersAsPlainCopy(
    changed.map((i) => blocks[i]).join('\n\n'),
    changed.map((i) => plainBlocks[i]).join('\n\n'),
    config,
  );
}

function parseYaml(text: string, version: '1.1' | '1.2'): unknown {
  const document = parseDocument(text, { version });
  expect(document.errors).toEqual([]);
  expect(document.warnings).toEqual([]);
  return document.toJS() as unknown;
}

interface IssueForm {
  readonly description: string;
  readonly body: { readonly type: string; readonly attributes: Record<string, unknown> }[];
}

interface IssueTemplateConfig {
  readonly contact_links: { readonly name: string; readonly url: string; readonly about: string }[];
}

const yamlFiles = generatedFileIds.filter((id) => fileCatalog[id].mediaType === 'application/yaml');
const markdownFiles = generatedFileIds.filter(
  (id) => fileCatalog[id].mediaType === 'text/markdown',
);

/** The issue forms' first item: Markdown that GitHub shows above the form. */
function formIntro(form: IssueForm): string {
  const [intro] = form.body;
  expect(intro.type).toBe('markdown');
  return String(intro.attributes.value);
}

/** Whether an address parses. (Node 20's URL.canParse can answer wrongly once optimised.) */
function parses(url: string): boolean {
  try {
    return new URL(url).href !== '';
  } catch {
    return false;
  }
}

describe('the generated files, for any valid config', { timeout }, () => {
  it('are all made, by every generator, without an error, and the check script carries the config’s settings as they are', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        for (const id of generatedFileIds) {
          const text = generate(config, id);
          expect(text === null ? id === 'agentsFile' : text.endsWith('\n'), id).toBe(true);
        }
        expect(generateFiles(config, source).length).toBeGreaterThan(0);
        const script = generated(config, 'pullRequestCheckScript');
        const settings = /^export const settings = (\{[\s\S]*?\n\});$/m.exec(script)?.[1];
        expect(JSON.parse(settings ?? '')).toEqual(checkScriptSettings(config));
      }),
      { seed, numRuns: 200 },
    );
  });

  it('YAML: every file parses, the same as YAML 1.1 and 1.2, and keeps the name and the contact label exactly as written wherever they appear', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const plainConfig = plainCopy(config);
        for (const id of yamlFiles) {
          const text = generated(config, id);
          const parsed = parseYaml(text, '1.2');
          // GitHub reads workflows with a parser of its own, for which "on" is a key; YAML 1.1
          // reads it as true. The other files hold text from the config.
          if (id !== 'pullRequestCheckWorkflow') {
            expect(parseYaml(text, '1.1'), id).toEqual(parsed);
          }
          const plainText = generated(plainConfig, id);
          const plain = plainText === text ? parsed : parseYaml(plainText, '1.2');
          if (id === 'bugReportForm' || id === 'featureRequestForm') {
            const form = parsed as IssueForm;
            const plainForm = plain as IssueForm;
            expect(form.description).toContain(config.project.name);
            // The introduction is Markdown, with the name escaped: it must render as written.
            const intro = expectRendersAsPlainCopy(formIntro(form), formIntro(plainForm), config);
            expect(textOf(intro)).toContain(`write to ${config.project.name}.`);
            form.body[0].attributes.value = '';
            plainForm.body[0].attributes.value = '';
          }
          if (id === 'issueTemplateConfig') {
            const links = (parsed as IssueTemplateConfig).contact_links;
            expect(links[0].url).toBe(policyAddress(config));
            expect(links[0].about).toContain(config.project.name);
            if (config.contact.url.startsWith('mailto:')) {
              expect(links).toHaveLength(1);
            } else {
              expect(links[1].url).toBe(config.contact.url);
              expect(links[1].about).toContain(config.contact.label);
            }
          }
          // Every other string is the plain copy's, with the real text for the stand-ins.
          expect(parsed, id).toEqual(withRealText(plain, config));
        }
      }),
      { seed, numRuns: 150 },
    );
  });

  it('Markdown: every file renders the name, the contact label and the licence name exactly as written, with no HTML from the config, and links the label and the licence to their exact addresses', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const plainConfig = plainCopy(config);
        for (const id of markdownFiles) {
          const markdown = generate(config, id);
          if (markdown === null) {
            continue;
          }
          const tree = expectFileRendersAsPlainCopy(markdown, generated(plainConfig, id), config);
          if (id !== 'agentsFile' && id !== 'contributingSection' && id !== 'policyMarkdown') {
            continue;
          }
          // The files that name the project.
          expect(tree, id).not.toBeNull();
          const text = textOf(tree ?? { type: 'root' });
          expect(text, id).toContain(config.project.name);
          if (id === 'policyMarkdown') {
            const heading = tree?.children?.find((node) => node.type === 'heading');
            expect(textOf(heading ?? { type: 'heading' })).toBe(
              `${config.project.name} LLM contribution policy`,
            );
            expect(text).toContain(config.contact.label);
            expect(text).toContain(config.textLicense.name);
            // The links around the contact label and the licence name lead exactly there.
            expect(linkUrls(tree ?? { type: 'root' })).toEqual(
              expect.arrayContaining([config.contact.url, config.textLicense.url]),
            );
          }
        }
      }),
      { seed, numRuns: 100 },
    );
  });

  it('policy.json: matches policy.schema.json, which is the same for every config but for its own address, and keeps every value of the config', () => {
    const firstSchema = JSON.parse(
      generated(fc.sample(validConfig, { seed, numRuns: 1 })[0], 'policySchema'),
    ) as Record<string, unknown>;
    const validate = new Ajv2020({
      strict: true,
      allErrors: true,
      validateFormats: false,
    }).compile(firstSchema);
    fc.assert(
      fc.property(validConfig, (config) => {
        const schema = JSON.parse(generated(config, 'policySchema')) as Record<string, unknown>;
        expect(schema).toEqual(policySchemaObject(config));
        expect({ ...schema, $id: '' }).toEqual({ ...firstSchema, $id: '' });
        const json = JSON.parse(generated(config, 'policyJson')) as PolicyJson;
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.$schema).toBe(schema.$id);
        expect(policyJsonErrors(json, config)).toEqual([]);
        expect(json).toEqual(policyJsonObject(config));
        // The same values, with each address as a valid URI.
        expect([json.project, json.contact, json.textLicense]).toEqual([
          {
            ...config.project,
            repositoryUrl: uriOf(config.project.repositoryUrl),
            issuesUrl: uriOf(config.project.issuesUrl),
            pullRequestsUrl: uriOf(config.project.pullRequestsUrl),
          },
          { ...config.contact, url: uriOf(config.contact.url) },
          { ...config.textLicense, url: uriOf(config.textLicense.url) },
        ]);
        // The formats that the schema names, which Ajv leaves unchecked here.
        expect(isRealDate(json.policy.adoptedOn)).toBe(true);
        for (const url of Object.values(json.urls)) {
          expect(url === null || parses(url), String(url)).toBe(true);
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
