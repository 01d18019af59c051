/**
 * A sentence of the site's text that lives in data rather than in a page: its
 * translation id and its English wording. Components show it through
 * Docusaurus's `translate()`, so a project can translate it; the generated
 * repository files use the English wording.
 */
export interface Message {
  readonly id: string;
  readonly message: string;
}
