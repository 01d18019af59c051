import type { SiteConfig } from '../config/types';
import { policyAddress } from '../config/urls';
import { agentsRule, llmUseSentences, ownWordsRule } from './wording';
import { yamlString } from './yamlText';
import { markdownDestination, markdownText } from '../utils/markdownText';

interface FormField {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly required: boolean;
}

interface IssueForm {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly FormField[];
}

function textareaYaml(field: FormField): string[] {
  return [
    '  - type: textarea',
    `    id: ${field.id}`,
    '    attributes:',
    `      label: ${yamlString(field.label)}`,
    `      description: ${yamlString(field.description)}`,
    '    validations:',
    `      required: ${field.required}`,
  ];
}

/** The text of the authorship checkbox. GitHub shows it on every issue opened with the form. */
export const authorshipCheckboxLabel =
  'I am the author of this issue. I wrote it myself, and I can answer questions about it.';

function issueFormYaml(config: SiteConfig, form: IssueForm): string {
  const { options } = config.policy;
  const policy = policyAddress(config);
  return [
    `name: ${yamlString(form.name)}`,
    `description: ${yamlString(form.description)}`,
    'body:',
    '  - type: markdown',
    '    attributes:',
    `      value: ${yamlString(
      `Thank you for taking the time to write to ${markdownText(config.project.name)}. ${ownWordsRule(options)} ` +
        `${agentsRule(options)} ` +
        `Our [LLM contribution policy](${markdownDestination(policy)}) explains what we ask when an LLM helped you.`,
    )}`,
    ...form.fields.flatMap(textareaYaml),
    ...textareaYaml({
      id: 'llm-use',
      label: 'LLM use',
      description: `${llmUseSentences(options).join(' ')} If you did not use an LLM, leave this empty.`,
      required: false,
    }),
    '  - type: checkboxes',
    '    id: authorship',
    '    attributes:',
    '      label: Authorship',
    `      description: ${yamlString(`Please read our [LLM contribution policy](${markdownDestination(policy)}) before you submit.`)}`,
    '      options:',
    `        - label: ${yamlString(authorshipCheckboxLabel)}`,
    '          required: true',
    '',
  ].join('\n');
}

/** `.github/ISSUE_TEMPLATE/bug_report.yml` */
export function bugReportForm(config: SiteConfig): string {
  return issueFormYaml(config, {
    name: 'Bug report',
    description: `Tell us about something in ${config.project.name} that does not work as expected.`,
    fields: [
      {
        id: 'what-happened',
        label: 'What happened?',
        description: 'Describe the problem, and what you expected to happen instead.',
        required: true,
      },
      {
        id: 'how-to-see-it',
        label: 'How can we see it happen?',
        description: 'The steps, commands or code that show the problem, and the version you use.',
        required: false,
      },
    ],
  });
}

/** `.github/ISSUE_TEMPLATE/feature_request.yml` */
export function featureRequestForm(config: SiteConfig): string {
  return issueFormYaml(config, {
    name: 'Idea or feature request',
    description: `Suggest a new feature or a change to ${config.project.name}.`,
    fields: [
      {
        id: 'idea',
        label: 'What would you like?',
        description: 'Describe the feature or the change.',
        required: true,
      },
      {
        id: 'reason',
        label: 'Why would it help?',
        description: 'Tell us what you are trying to do, and what gets in your way today.',
        required: false,
      },
    ],
  });
}

/**
 * `.github/ISSUE_TEMPLATE/config.yml`: turns off blank issues, so that every
 * issue goes through a form with the authorship checkbox, and links to the
 * policy and the contact. GitHub's contact links take web addresses only, so a
 * mailto: contact is left out.
 */
export function issueTemplateConfig(config: SiteConfig): string {
  const { contact, project } = config;
  const links = [
    '  - name: LLM contribution policy',
    `    url: ${yamlString(policyAddress(config))}`,
    `    about: ${yamlString(`What ${project.name} asks of contributions made with the help of an LLM.`)}`,
  ];
  if (/^https?:/.test(contact.url)) {
    links.push(
      '  - name: Questions',
      `    url: ${yamlString(contact.url)}`,
      `    about: ${yamlString(`Reach the maintainers through ${contact.label}.`)}`,
    );
  }
  return ['blank_issues_enabled: false', 'contact_links:', ...links, ''].join('\n');
}
