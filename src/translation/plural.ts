// Plural forms and placeholders outside React, as Docusaurus's usePluralForm() and translate()
// handle them on the page. Pure: the build's English error messages use these, and so can any
// code that runs without the site.

/** The order of plural forms in a message, as Docusaurus's usePluralForm() expects them. */
const orderedPluralForms: readonly Intl.LDMLPluralRule[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
];

/**
 * The form of a message with plural forms ("one field|{count} fields") that fits `count` in
 * `locale`. With fewer forms than the locale has, the last one stands in for the others.
 */
export function selectPluralForm(message: string, count: number, locale: string): string {
  const forms = message.split('|');
  const rules = new Intl.PluralRules(locale);
  const categories = orderedPluralForms.filter((form) =>
    rules.resolvedOptions().pluralCategories.includes(form),
  );
  const index = categories.indexOf(rules.select(count));
  return forms[Math.min(index, forms.length - 1)];
}

/**
 * A message with each `{name}` replaced by its value, in one pass, as translate() does: a value
 * is never read again for placeholders, and an unknown `{name}` stays as it is.
 */
export function fillMessage(message: string, values: Readonly<Record<string, string>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}
