import { afterLoad } from '@site/src/components/AfterLoad';

/** The adoption builder (./AdoptionBuilderTool), whose code loads after the page. */
const AdoptionBuilder = afterLoad(
  () => import('./AdoptionBuilderTool'),
  require.resolveWeak('./AdoptionBuilderTool'),
);
export default AdoptionBuilder;
