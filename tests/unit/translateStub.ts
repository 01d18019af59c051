// Stands in for @docusaurus/Translate in unit tests, which run without a Docusaurus build:
// it returns the English message with its {placeholders} filled in, as the site does.
export function translate(
  { message }: { readonly id?: string; readonly message: string },
  values: Readonly<Record<string, string | number>> = {},
): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export default function Translate(): never {
  throw new Error('<Translate> renders only in the browser or the Docusaurus build.');
}
