/**
 * policy.json checked against its one description, the JSON Schema of policy.schema.json, with
 * every format checked (addresses, dates), as a careful reader of the file would check it.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { policySchemaObject } from '../../src/adoption/policySchema';
import type { SiteConfig } from '../../src/config/types';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

/** Where the file does not match the schema of this config's site; empty when it matches. */
export function policyJsonErrors(json: unknown, config: SiteConfig): string[] {
  const schema = policySchemaObject(config);
  const id = String(schema.$id);
  const validate = ajv.getSchema(id) ?? (ajv.addSchema(schema), ajv.getSchema(id));
  if (validate === undefined) {
    throw new Error(`The schema ${id} did not compile`);
  }
  return validate(json)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
