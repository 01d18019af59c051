import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { replyCaseIds, type ReplyCaseId } from '@site/src/data/replyCases';
import { useRoutePaths } from '@site/src/hooks/useRoutePath';
import { needsJavaScript } from '@site/src/components/NoScript';
import { translateMessage } from '@site/src/translation/translateMessage';
import { emptyInputs, fillTemplate, templatesFor } from './fill';
import TemplateCard from './TemplateCard';
import styles from './styles.module.css';

interface ReplyTemplatesProps {
  /** A case id of the reviewers' guide, such as "case-unsure". */
  readonly case: ReplyCaseId;
}

/** One case's templates on the guide, with markers where the names go. */
export default function ReplyTemplates({ case: caseId }: ReplyTemplatesProps): ReactNode {
  const config = useSiteConfig();
  const pathTo = useRoutePaths();
  if (!(replyCaseIds as readonly string[]).includes(caseId)) {
    // MDX props are not type-checked: fail the build with a message that says what to fix.
    throw new Error(
      `<ReplyTemplates case="${caseId}" /> names no known case. Use one of: ${replyCaseIds.join(', ')}.`,
    );
  }
  const templates = templatesFor(config.policy.options).filter(
    (template) => template.case === caseId,
  );
  return (
    <div className={styles.caseTemplates}>
      {templates.map((template) => (
        <TemplateCard
          key={template.id}
          template={template}
          segments={fillTemplate(template, config, emptyInputs, translateMessage)}
          headingLevel="h5"
          compact
        >
          {/* Filling in the names needs JavaScript; the reply's text can still be selected. */}
          <Link to={pathTo('replyTemplates', template.id)} {...needsJavaScript}>
            <Translate id="replyTemplates.fillInLink">Fill in the names</Translate>
          </Link>
        </TemplateCard>
      ))}
    </div>
  );
}
