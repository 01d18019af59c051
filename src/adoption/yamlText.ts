/**
 * A YAML scalar for any text: a double-quoted string in JSON syntax, which
 * every YAML parser reads the same way. No quoting rules to get wrong.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
