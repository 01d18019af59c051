import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import CopyButton from '@site/src/components/CopyButton';
import { needsJavaScript } from '@site/src/components/NoScript';
import { policySectionTitles } from '@site/src/data/policySections';
import { useRoutePath } from '@site/src/hooks/useRoutePath';
import { translateMessage } from '@site/src/translation/translateMessage';
import {
  placeholderMeta,
  replyToneLabels,
  type ReplyTemplate,
} from '@site/src/data/replyTemplates';
import { segmentsToText, type ReplySegment } from './fill';
import styles from './styles.module.css';

interface TemplateCardProps {
  readonly template: ReplyTemplate;
  /** The filled reply; its text is exactly what Copy puts on the clipboard. */
  readonly segments: readonly ReplySegment[];
  readonly headingLevel: 'h3' | 'h5';
  /** On the guide, where the case already says when to use it: the reply without the facts. */
  readonly compact?: boolean;
  /** Fields shown above the reply, such as the names in the template that a link opened. */
  readonly fields?: ReactNode;
  /** More actions, shown beside Copy. */
  readonly children?: ReactNode;
}

/** The reply as Markdown source in plain text: filled values and markers stand out, nothing is rendered as HTML. */
function ReplyPreview({ segments }: { readonly segments: readonly ReplySegment[] }): ReactNode {
  return (
    <pre className={styles.reply}>
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'text':
            return segment.text;
          case 'value':
            // An isolate keeps a right-to-left value from reordering the text around it. It is
            // left-to-right like the reply, so the value reads as it will once pasted.
            return (
              <bdi
                key={index}
                dir="ltr"
                className={clsx(
                  placeholderMeta[segment.placeholder].source === 'input' && styles.value,
                )}
              >
                {segment.text}
              </bdi>
            );
          case 'marker':
            return (
              <span key={index} className={styles.marker}>
                {segment.text}
              </span>
            );
        }
      })}
    </pre>
  );
}

export default function TemplateCard({
  template,
  segments,
  headingLevel,
  compact = false,
  fields,
  children,
}: TemplateCardProps): ReactNode {
  const sectionPath = useRoutePath('policy', template.section);
  const fillIns = [
    ...new Set(segments.flatMap((segment) => (segment.kind === 'marker' ? [segment.text] : []))),
  ];
  const fillInNote =
    fillIns.length === 0
      ? undefined
      : translate(
          {
            id: 'replyTemplates.card.fillIn',
            message: 'Before you post, fill in: {fillIns}.',
            description: 'The bracketed markers still in a copied reply, such as [your name]',
          },
          { fillIns: fillIns.join(', ') },
        );
  return (
    <article className={clsx('card', styles.card)} aria-label={translateMessage(template.title)}>
      <div className={clsx('card__header', styles.header)}>
        <Heading as={headingLevel} id={template.id} className={styles.title}>
          {translateMessage(template.title)}
        </Heading>
        <span
          className={clsx(
            'badge',
            styles.tone,
            template.tone === 'warm' ? styles.warm : styles.firm,
          )}
        >
          {translateMessage(replyToneLabels[template.tone])}
        </span>
      </div>
      <div className="card__body">
        {fields}
        {compact ? null : (
          <dl className={styles.facts}>
            <dt>
              <Translate id="replyTemplates.card.useWhen">Use it when</Translate>
            </dt>
            <dd>{translateMessage(template.useWhen)}</dd>
            <dt>
              <Translate id="replyTemplates.card.notWhen">Not when</Translate>
            </dt>
            <dd>{translateMessage(template.notWhen)}</dd>
            <dt>
              <Translate id="replyTemplates.card.restsOn">Rests on</Translate>
            </dt>
            <dd>
              <Link to={sectionPath}>
                {translateMessage(policySectionTitles[template.section])}
              </Link>
            </dd>
          </dl>
        )}
        <ReplyPreview segments={segments} />
      </div>
      <div className={clsx('card__footer', styles.footer)}>
        {/* Copy needs JavaScript; without it, the reply's text can still be selected. */}
        <div className={styles.copy} {...needsJavaScript}>
          <CopyButton
            text={segmentsToText(segments)}
            label={translate({ id: 'replyTemplates.card.copy', message: 'Copy the reply' })}
            copiedNote={fillInNote}
          />
        </div>
        {children}
        {fillInNote === undefined || compact ? null : <p className={styles.fillIn}>{fillInNote}</p>}
      </div>
    </article>
  );
}
