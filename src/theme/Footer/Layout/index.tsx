// Puts the policy's version, date of adoption and licence at the foot of every page, through the translation files.
import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import Translate from '@docusaurus/Translate';
import Layout from '@theme-original/Footer/Layout';
import type LayoutType from '@theme/Footer/Layout';
import FormattedDate from '@site/src/components/FormattedDate';
import { uriOf } from '@site/src/config/urls';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

type Props = WrapperProps<typeof LayoutType>;

function PolicyNotice(): ReactNode {
  const { policy, textLicense } = useSiteConfig();
  return (
    <div className="footer__copyright">
      <Translate
        id="footer.policyNotice"
        values={{
          version: policy.version,
          date: <FormattedDate isoDate={policy.adoptedOn} />,
          licence: <a href={uriOf(textLicense.url)}>{textLicense.name}</a>,
        }}
      >
        {'Policy version {version}, adopted {date}. Text shared under {licence}.'}
      </Translate>
    </div>
  );
}

export default function FooterLayoutWrapper(props: Props): ReactNode {
  return <Layout {...props} copyright={<PolicyNotice />} />;
}
