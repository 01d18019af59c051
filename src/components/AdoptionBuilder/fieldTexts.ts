import { translate } from '@docusaurus/Translate';
import type { DetailField } from './builderState';

export interface FieldTexts {
  readonly label: string;
  readonly hint: string;
  readonly type: 'text' | 'url' | 'date';
}

export interface FieldGroup {
  readonly legend: string;
  readonly fields: readonly DetailField[];
}

/** The groups of text fields in step 2, in order. */
export function fieldGroups(): readonly FieldGroup[] {
  return [
    {
      legend: translate({ id: 'adoptionBuilder.group.project', message: 'Your project' }),
      fields: [
        'project.name',
        'project.repositoryUrl',
        'project.issuesUrl',
        'project.pullRequestsUrl',
      ],
    },
    {
      legend: translate({ id: 'adoptionBuilder.group.site', message: 'Where your site will live' }),
      fields: ['site.url', 'site.baseUrl', 'site.sourceRepository'],
    },
    {
      legend: translate({ id: 'adoptionBuilder.group.contact', message: 'How to reach you' }),
      fields: ['contact.label', 'contact.url'],
    },
    {
      legend: translate({ id: 'adoptionBuilder.group.policy', message: 'Version and licence' }),
      fields: ['policy.version', 'policy.adoptedOn', 'textLicense.name', 'textLicense.url'],
    },
  ];
}

export function fieldTexts(): Readonly<Record<DetailField, FieldTexts>> {
  return {
    'project.name': {
      label: translate({ id: 'adoptionBuilder.field.name', message: 'Project name' }),
      hint: translate({
        id: 'adoptionBuilder.field.name.hint',
        message: 'As people write it, for example “Harbour”.',
      }),
      type: 'text',
    },
    'project.repositoryUrl': {
      label: translate({ id: 'adoptionBuilder.field.repository', message: 'Code repository' }),
      hint: translate({
        id: 'adoptionBuilder.field.repository.hint',
        message:
          'The web address of the repository. The addresses below that start with it change with it, until you edit them.',
      }),
      type: 'url',
    },
    'project.issuesUrl': {
      label: translate({ id: 'adoptionBuilder.field.issues', message: 'Issues' }),
      hint: translate({
        id: 'adoptionBuilder.field.issues.hint',
        message: 'The web address where people open issues.',
      }),
      type: 'url',
    },
    'project.pullRequestsUrl': {
      label: translate({ id: 'adoptionBuilder.field.pullRequests', message: 'Pull requests' }),
      hint: translate({
        id: 'adoptionBuilder.field.pullRequests.hint',
        message: 'The web address where people open pull requests.',
      }),
      type: 'url',
    },
    'site.url': {
      label: translate({ id: 'adoptionBuilder.field.siteUrl', message: 'Site address' }),
      hint: translate({
        id: 'adoptionBuilder.field.siteUrl.hint',
        message:
          'Where you will publish this site, without a path, for example “https://policy.example.org”.',
      }),
      type: 'url',
    },
    'site.baseUrl': {
      label: translate({ id: 'adoptionBuilder.field.baseUrl', message: 'Base path' }),
      hint: translate({
        id: 'adoptionBuilder.field.baseUrl.hint',
        message:
          'The path the site is served under: “/” for an address of its own, or for example “/policy/”. For a project site on GitHub Pages, use “/” and the repository name and “/”.',
      }),
      type: 'text',
    },
    'site.sourceRepository': {
      label: translate({
        id: 'adoptionBuilder.field.sourceRepository',
        message: 'Source of your site (optional)',
      }),
      hint: translate({
        id: 'adoptionBuilder.field.sourceRepository.hint',
        message:
          'The web address of your fork of this site, where its source lives. Your footer and your adoption page link to it, so that others can adopt the policy from you. Leave it empty to give no address.',
      }),
      type: 'url',
    },
    'contact.label': {
      label: translate({ id: 'adoptionBuilder.field.contactLabel', message: 'Contact' }),
      hint: translate({
        id: 'adoptionBuilder.field.contactLabel.hint',
        message:
          'As it reads in a sentence, for example “the maintainers’ forum”. Pages say: “You can reach the maintainers through …”. It changes with the project name until you edit it.',
      }),
      type: 'text',
    },
    'contact.url': {
      label: translate({ id: 'adoptionBuilder.field.contactUrl', message: 'Contact address' }),
      hint: translate({
        id: 'adoptionBuilder.field.contactUrl.hint',
        message: 'A web address, or “mailto:” followed by an email address.',
      }),
      type: 'url',
    },
    'policy.version': {
      label: translate({ id: 'adoptionBuilder.field.version', message: 'Policy version' }),
      hint: translate({
        id: 'adoptionBuilder.field.version.hint',
        message: 'For example “1” or “1.2”. The badge shows it.',
      }),
      type: 'text',
    },
    'policy.adoptedOn': {
      label: translate({ id: 'adoptionBuilder.field.adoptedOn', message: 'Date of adoption' }),
      hint: translate({
        id: 'adoptionBuilder.field.adoptedOn.hint',
        message: 'The day your project adopts this version.',
      }),
      type: 'date',
    },
    'textLicense.name': {
      label: translate({ id: 'adoptionBuilder.field.licenseName', message: 'Licence of the text' }),
      hint: translate({
        id: 'adoptionBuilder.field.licenseName.hint',
        message: 'A short name, for example “CC BY 4.0”.',
      }),
      type: 'text',
    },
    'textLicense.url': {
      label: translate({ id: 'adoptionBuilder.field.licenseUrl', message: 'Licence address' }),
      hint: translate({
        id: 'adoptionBuilder.field.licenseUrl.hint',
        message: 'The web address of the licence text.',
      }),
      type: 'url',
    },
  };
}
