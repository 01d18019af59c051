// Builds the one Markdown file that holds every template, for teams that keep saved replies in a repository.
import type { SiteConfig } from '../../config/types';
import { inEnglish, type MessageText } from '../../data/message';
import { placeholderMeta, replyToneLabels, type ReplyTemplate } from '../../data/replyTemplates';
import { replyCaseTitles } from '../../data/replyCases';
import { policyAddress, siteAddress } from '../../config/urls';
import { policySectionTitles } from '../../data/policySections';
import { filledReply } from './fill';
import { markdownText } from '../../utils/markdownText';
import type { ReplyInputs } from './fill';
import { groupByCase } from './filters';

export const exportFileName = 'reply-templates.md';

/** The file's own wording, so the page can pass translated text. */
export interface ExportLabels {
  readonly heading: string;
  readonly intro: string;
  readonly markers: string;
  readonly tone: string;
  readonly useWhen: string;
  readonly notWhen: string;
  readonly restsOn: string;
  readonly link: string;
}

export const englishExportLabels: ExportLabels = {
  heading: 'Reply templates for {project}',
  intro:
    'Ready-to-paste replies for reviewers, based on the {project} LLM contribution policy, version {version}: {policyUrl}',
  markers: 'Text in square brackets, such as {example}, is for you to fill in before you post.',
  tone: 'Tone',
  useWhen: 'Use it when',
  notWhen: 'Not when',
  restsOn: 'Rests on',
  link: 'Link',
};

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A code fence longer than any run of backticks in the text, so a typed handle cannot end it early. */
export function fenceFor(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longestRun + 1));
}

/**
 * Every given template, filled with the inputs, grouped by case, as one Markdown document, in
 * the words that `labels` and `text` give (English unless told).
 */
export function buildTemplatesFile(
  templates: readonly ReplyTemplate[],
  config: SiteConfig,
  inputs: ReplyInputs,
  labels: ExportLabels = englishExportLabels,
  text: MessageText = inEnglish,
): string {
  const values = {
    project: markdownText(config.project.name),
    version: config.policy.version,
    policyUrl: siteAddress(config, 'policy'),
    example: text(placeholderMeta.comments.marker),
  };
  const lines: string[] = [
    `# ${fill(labels.heading, values)}`,
    '',
    fill(labels.intro, values),
    '',
    fill(labels.markers, values),
  ];
  for (const group of groupByCase(templates)) {
    lines.push('', `## ${text(replyCaseTitles[group.caseId])}`);
    for (const template of group.templates) {
      const reply = filledReply(template, config, inputs, text);
      const fence = fenceFor(reply);
      lines.push(
        '',
        `### ${text(template.title)}`,
        '',
        `- ${labels.tone}: ${text(replyToneLabels[template.tone])}`,
        `- ${labels.useWhen}: ${text(template.useWhen)}`,
        `- ${labels.notWhen}: ${text(template.notWhen)}`,
        `- ${labels.restsOn}: [${text(policySectionTitles[template.section])}](${policyAddress(config, template.section)})`,
        `- ${labels.link}: ${siteAddress(config, 'replyTemplates', template.id)}`,
        '',
        `${fence}markdown`,
        reply,
        fence,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
