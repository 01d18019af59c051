// The policy's source, written by the adoption-files plugin (plugins/adoption-files) at build time.
declare module '@generated/adoption-files/default/policy-source.json' {
  import type { PolicySource } from '@site/src/adoption/policyMarkdown';

  const source: PolicySource;
  export default source;
}
