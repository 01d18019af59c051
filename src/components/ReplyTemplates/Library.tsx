import { useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { useAddressPart } from '@site/src/hooks/useAddressPart';
import Heading from '@theme/Heading';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';
import { saveText } from '@site/src/utils/download';
import { replyCaseIds, replyCaseTitles, type ReplyCaseId } from '@site/src/data/replyCases';
import { buildTemplatesFile, exportFileName, type ExportLabels } from './exportFile';
import { emptyInputs, fillTemplate, templatesFor, type ReplyInputs } from './fill';
import { filterTemplates, groupByCase, maxQueryLength, noFilters } from './filters';
import { needsJavaScript, NoScriptNotice } from '@site/src/components/NoScript';
import TextField from '@site/src/components/TextField';
import NameFields from './NameFields';
import TemplateCard from './TemplateCard';
import { useTemplateFilters } from './useTemplateFilters';
import styles from './styles.module.css';

function exportLabels(): ExportLabels {
  return {
    heading: translate({
      id: 'replyTemplates.export.heading',
      message: 'Reply templates for {project}',
    }),
    intro: translate({
      id: 'replyTemplates.export.intro',
      message:
        'Ready-to-paste replies for reviewers, based on the {project} LLM contribution policy, version {version}: {policyUrl}',
    }),
    markers: translate({
      id: 'replyTemplates.export.markers',
      message: 'Text in square brackets, such as {example}, is for you to fill in before you post.',
    }),
    tone: translate({ id: 'replyTemplates.export.tone', message: 'Tone' }),
    useWhen: translate({ id: 'replyTemplates.card.useWhen', message: 'Use it when' }),
    notWhen: translate({ id: 'replyTemplates.card.notWhen', message: 'Not when' }),
    restsOn: translate({ id: 'replyTemplates.card.restsOn', message: 'Rests on' }),
    link: translate({ id: 'replyTemplates.export.link', message: 'Link' }),
  };
}

/** Every template, with inputs that fill them all, a filter by situation, a search and an export. */
export default function ReplyTemplateLibrary(): ReactNode {
  const config = useSiteConfig();
  const pathTo = useRoutePaths();
  const templates = templatesFor(config.policy.options);
  const [inputs, setInputs] = useState<ReplyInputs>(emptyInputs);
  const { filters, setFilters } = useTemplateFilters();
  const shown = filterTemplates(templates, filters, config.policy.options, translateMessage);
  const id = useId();
  const { selectMessage } = usePluralForm();
  // The template that the page's address points to, such as a link from the reviewers' guide.
  // Like the filters, it is read after hydration, so the HTML matches.
  const linkedTemplate = useAddressPart('hash')[0].slice(1);

  return (
    <div className={styles.library}>
      <NoScriptNotice>
        <p>
          <Translate id="replyTemplates.noScript">
            Filling in the names, finding a template, copying and downloading need JavaScript.
            Without it, every template is below. Select the text of a reply, copy it, and replace
            each marker in square brackets, such as [contributor's handle], before you post.
          </Translate>
        </p>
      </NoScriptNotice>
      <div className={clsx('card', styles.controls)} {...needsJavaScript}>
        <NameFields inputs={inputs} onChange={setInputs} />

        <fieldset className={clsx('site-fieldset', styles.fieldset)}>
          <legend className={styles.legend}>
            <Translate id="replyTemplates.filters.legend">Find a template</Translate>
          </legend>
          <div className={styles.fields}>
            <div className={styles.field}>
              <label htmlFor={`${id}-case`}>
                <Translate id="replyTemplates.filters.case">Situation</Translate>
              </label>
              <select
                id={`${id}-case`}
                className="text-input"
                value={filters.caseId ?? ''}
                onChange={(event) => {
                  const value = event.target.value as ReplyCaseId | '';
                  setFilters({ ...filters, caseId: value === '' ? null : value });
                }}
              >
                <option value="">
                  {translate({ id: 'replyTemplates.filters.allCases', message: 'All situations' })}
                </option>
                {replyCaseIds.map((caseId) => (
                  <option key={caseId} value={caseId}>
                    {translateMessage(replyCaseTitles[caseId])}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              label={<Translate id="replyTemplates.filters.query">Search</Translate>}
              hint={
                <Translate id="replyTemplates.filters.queryHint">
                  Finds templates that contain every word you type, for example “copyright doubt”.
                </Translate>
              }
              type="search"
              maxLength={maxQueryLength}
              value={filters.query}
              onChange={(query) => {
                setFilters({ ...filters, query });
              }}
            />
          </div>
        </fieldset>

        <div className={styles.download}>
          <button
            type="button"
            className="button button--primary"
            aria-describedby={`${id}-download-hint`}
            onClick={() => {
              saveText(
                exportFileName,
                buildTemplatesFile(templates, config, inputs, exportLabels(), translateMessage),
                'text/markdown',
              );
            }}
          >
            <Translate id="replyTemplates.download">Download all templates</Translate>
          </button>
          <p id={`${id}-download-hint`} className={styles.hint}>
            <Translate id="replyTemplates.downloadHint" values={{ fileName: exportFileName }}>
              {
                'One Markdown file, {fileName}, with every template filled in as above: for teams that keep saved replies in their repository.'
              }
            </Translate>
          </p>
        </div>
      </div>

      <p role="status" className={styles.count}>
        {selectMessage(
          templates.length,
          translate(
            {
              id: 'replyTemplates.count',
              message: 'Showing {shown} of {total} template.|Showing {shown} of {total} templates.',
              description: 'The plural form follows the total number of templates',
            },
            { shown: shown.length, total: templates.length },
          ),
        )}
      </p>

      {shown.length === 0 ? (
        <div className={clsx('alert alert--secondary', styles.empty)}>
          <p>
            <Translate id="replyTemplates.empty">
              No template matches. Try another word, or another situation.
            </Translate>
          </p>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              setFilters(noFilters);
            }}
          >
            <Translate id="replyTemplates.showAll">Show all templates</Translate>
          </button>
        </div>
      ) : (
        groupByCase(shown).map((group) => (
          <section key={group.caseId} className={styles.group}>
            <Heading as="h2" id={group.caseId}>
              {translateMessage(replyCaseTitles[group.caseId])}
            </Heading>
            <p>
              <Link to={pathTo('reviewersGuide', group.caseId)}>
                <Translate id="replyTemplates.guideLink">How to handle this case</Translate>
              </Link>
            </p>
            {group.templates.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                segments={fillTemplate(template, config, inputs, translateMessage)}
                headingLevel="h3"
                fields={
                  template.id === linkedTemplate ? (
                    <NameFields inputs={inputs} onChange={setInputs} inTemplate />
                  ) : undefined
                }
              />
            ))}
          </section>
        ))
      )}
    </div>
  );
}
