// `@docusaurus/utils-common` for the browser (see plugins/lean-client): the same exports, as an
// ES module, without the CommonJS index that pulls in all of `tslib`. A unit test checks that
// the names match the package's own index, so an upgrade that adds one fails loudly.
export {
  default as applyTrailingSlash,
  addLeadingSlash,
  addTrailingSlash,
  removeTrailingSlash,
} from '@docusaurus/utils-common/lib/applyTrailingSlash.js';
export {
  addPrefix,
  addSuffix,
  removePrefix,
  removeSuffix,
} from '@docusaurus/utils-common/lib/stringUtils.js';
export { getErrorCausalChain } from '@docusaurus/utils-common/lib/errorUtils.js';

export const blogPostContainerID = '__blog-post-container';
