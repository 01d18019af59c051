// The navbar's search box. Its code, and the search plugin's, loads after the page
// (src/components/AfterLoad): the built HTML shows the box at once, and it responds once the
// code arrives. The index of the site loads later still, when a reader first uses the box.
import { afterLoad } from '@site/src/components/AfterLoad';

const SearchBar = afterLoad(
  () => import('./SearchBarTool'),
  require.resolveWeak('./SearchBarTool'),
);
export default SearchBar;
