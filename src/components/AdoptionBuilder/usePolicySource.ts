import { startTransition, useEffect, useState } from 'react';
import type { PolicySource } from '@site/src/adoption/policyMarkdown';

/**
 * The policy's text and the check's code, for the two files made from them. They load once the
 * file list is shown, in their own file, so that a phone does not download and parse them first.
 */
export function usePolicySource(): PolicySource | null {
  const [source, setSource] = useState<PolicySource | null>(null);
  useEffect(() => {
    let current = true;
    void import('@generated/adoption-files/default/policy-source.json').then((module) => {
      if (current) {
        // The files made from it are made again in small pieces, between which the page answers.
        startTransition(() => {
          setSource(module.default);
        });
      }
    });
    return () => {
      current = false;
    };
  }, []);
  return source;
}
