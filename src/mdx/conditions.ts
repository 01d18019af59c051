import {
  policyOptionIds,
  policyOptionValues,
  type PolicyOptionId,
  type PolicyOptions,
} from '../data/policyOptions';

/**
 * A condition on one policy option, as written in MDX:
 * `<WhenOption name="disclosure" is="required">` or `<WhenOption name="commitTrailer" not="none">`.
 * The values come from MDX as plain strings, so they are checked here.
 */
export interface OptionCondition {
  readonly name: string;
  readonly is?: string;
  readonly not?: string;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** Checks that `name` is a known option and returns it typed; throws a message for the page's author otherwise. */
export function checkOptionName(name: string, where: string): PolicyOptionId {
  if (!(policyOptionIds as readonly string[]).includes(name)) {
    throw new Error(
      `${where}: name="${name}" is not a policy option. Expected one of: ${quoted(policyOptionIds)}.`,
    );
  }
  return name as PolicyOptionId;
}

/** True when the options meet the condition. Throws when the condition names an unknown option or value. */
export function optionMatches(options: PolicyOptions, condition: OptionCondition): boolean {
  const where = `<WhenOption name="${condition.name}">`;
  const id = checkOptionName(condition.name, where);
  const expected = condition.is ?? condition.not;
  if (expected === undefined || (condition.is !== undefined && condition.not !== undefined)) {
    throw new Error(`${where} needs exactly one of is="..." or not="...".`);
  }
  const known: readonly string[] = policyOptionValues[id];
  if (!known.includes(expected)) {
    throw new Error(
      `${where}: "${expected}" is not a value of this option. Expected one of: ${quoted(known)}.`,
    );
  }
  return (options[id] === expected) === (condition.is !== undefined);
}

/** The chosen value of an option, for `<OptionText name="commitTrailer" />`. */
export function optionValue(options: PolicyOptions, name: string): string {
  return options[checkOptionName(name, `<OptionText name="${name}">`)];
}
