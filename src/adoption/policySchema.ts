import type { SiteConfig } from '../config/types';
import { fileAddress, uriOf } from '../config/urls';
import { policyOptionIds, policyOptionValues, trailerExamples } from '../data/policyOptions';
import { fileCatalog } from './fileCatalog';
import { policyJsonFormatVersion } from './policyJson';

type JsonSchema = Readonly<Record<string, unknown>>;

/** An object with exactly these fields, each required. */
function strictObject(
  properties: Readonly<Record<string, JsonSchema>>,
  description?: string,
): JsonSchema {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const text: JsonSchema = { type: 'string', minLength: 1 };
const httpUrl: JsonSchema = { type: 'string', format: 'uri', pattern: '^https?://' };
const contactUrl: JsonSchema = { type: 'string', format: 'uri', pattern: '^(https?://|mailto:)' };

function choice(values: readonly (string | boolean | null)[], description: string): JsonSchema {
  return { enum: values, description };
}

/**
 * `policy.schema.json`: a JSON Schema (draft 2020-12) of `policy.json`, so that
 * indexes and tools can check the file they read. Its `$id` is its own address
 * on the site, which `policy.json` names in `$schema`.
 */
export function policySchemaObject(config: SiteConfig): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: uriOf(fileAddress(config, fileCatalog.policySchema.fileName)),
    title: 'LLM contribution policy',
    description:
      "A project's policy on contributions made with the help of large language models (LLMs): its version, its choices, and where to read it.",
    ...strictObject({
      $schema: { ...httpUrl, description: 'The address of this schema.' },
      kind: { const: 'llm-contribution-policy' },
      formatVersion: { const: policyJsonFormatVersion },
      project: strictObject({
        name: text,
        repositoryUrl: httpUrl,
        issuesUrl: httpUrl,
        pullRequestsUrl: httpUrl,
      }),
      policy: strictObject({
        version: { type: 'string', pattern: '^\\d{1,6}(\\.\\d{1,6}){0,3}$' },
        adoptedOn: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        options: strictObject(
          Object.fromEntries(policyOptionIds.map((id) => [id, { enum: policyOptionValues[id] }])),
          'The choices the project made when it adopted the policy.',
        ),
        dimensions: strictObject(
          {
            stance: choice(['allowed'], 'Contributions made with LLM help are accepted.'),
            disclosure: choice(
              policyOptionValues.disclosure,
              'Whether contributors must say when an LLM helped them.',
            ),
            copyrightStatement: choice(
              [true],
              'The policy has a section on the copyright and licences of LLM output.',
            ),
            humanInTheLoop: choice(
              [true],
              'A person stays the author and answers for every contribution.',
            ),
            autonomousAgents: choice(
              policyOptionValues.autonomousAgents,
              'Whether agents may open issues or pull requests, or post comments.',
            ),
            machineTranslationExempt: choice(
              [true, false],
              'True when translating your own words with a machine needs no disclosure.',
            ),
            accessibilityToolsExempt: choice(
              [true, false],
              'True when assistive tools, such as dictation, need no disclosure.',
            ),
            commitTrailer: choice(
              ['Assisted-by', 'Generated-by', null],
              'The commit trailer the policy suggests, or null for none.',
            ),
            commitTrailerExample: choice(
              Object.values(trailerExamples),
              'How the trailer line looks, or null for none.',
            ),
            agentsFile: choice(
              policyOptionValues.agentsFile,
              'Whether the repository has an AGENTS.md that asks agents to follow the policy.',
            ),
          },
          'What the policy says on the questions that public lists of project LLM policies compare.',
        ),
      }),
      contact: strictObject({ label: text, url: contactUrl }),
      textLicense: strictObject({ name: text, url: httpUrl }),
      urls: strictObject({
        site: httpUrl,
        policy: httpUrl,
        policyMarkdown: httpUrl,
        pullRequestTemplate: httpUrl,
        contributingSection: httpUrl,
        agentsFile: { anyOf: [httpUrl, { type: 'null' }] },
        badge: httpUrl,
      }),
    }),
  };
}

/** The text of `policy.schema.json`. */
export function policySchema(config: SiteConfig): string {
  return `${JSON.stringify(policySchemaObject(config), null, 2)}\n`;
}
