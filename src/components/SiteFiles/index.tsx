import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { fileCatalog, includedFileIds, type GeneratedFileId } from '@site/src/adoption/fileCatalog';
import { useFilePath } from '@site/src/hooks/useRoutePath';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';

function FileLink({ id }: { readonly id: GeneratedFileId }): ReactNode {
  const { fileName, repositoryPath } = fileCatalog[id];
  const href = useFilePath(fileName);
  return (
    <li>
      {/* A plain link: these are files, not pages, so the router must not handle them. */}
      <a href={href} download={fileName.split('/').pop()}>
        <code>{fileName}</code>
      </a>
      {repositoryPath === null ? null : (
        <>
          {': '}
          <Translate id="siteFiles.saveAs" values={{ path: <code>{repositoryPath}</code> }}>
            {'save it as {path}'}
          </Translate>
        </>
      )}
    </li>
  );
}

/** Links to the files this site's build made from its own configuration, under /files/. */
export default function SiteFiles(): ReactNode {
  const { options } = useSiteConfig().policy;
  return (
    <ul>
      {includedFileIds(options).map((id) => (
        <FileLink key={id} id={id} />
      ))}
    </ul>
  );
}
