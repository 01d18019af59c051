import { afterLoad } from '@site/src/components/AfterLoad';

/**
 * The reply templates page's library (./Library), whose code loads after the page. Import it
 * from here, not from the folder's index, which holds the guide's templates and their data.
 */
const ReplyTemplateLibrary = afterLoad(() => import('./Library'), require.resolveWeak('./Library'));
export default ReplyTemplateLibrary;
