/**
 * Test support: the HSDS 3.1 JSON Schemas (`spec/hsds-3.1` at the repository's root, an unchanged
 * copy of the shared spec, so the tests run the same on any fresh clone) in Ajv. Every schema file is added under its file name, so `"$ref":
 * "phone.json"` resolves; the schemas name no `$schema` and use draft-07 keywords, with their
 * own annotations (`constraints`, `example`, `datapackage_metadata` …) that strict mode would
 * refuse. Formats (uuid, email, uri, date-time) are checked by ajv-formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Where the spec lies: `spec/hsds-3.1` at the repository's root. */
export const HSDS_SPEC_DIR = path.resolve(__dirname, '../../../../../spec/hsds-3.1');

/** A schema file's content, with what the tabular checks read of it. */
export interface HsdsSchemaFile {
  readonly name: string;
  readonly path?: string;
  readonly required?: readonly string[];
  readonly properties: Readonly<Record<string, { type?: string; $ref?: string; items?: unknown }>>;
}

/** Every schema of the spec by file name ("organization.json"), without the OpenAPI file. */
export function readHsdsSchemas(): Map<string, HsdsSchemaFile> {
  const dir = path.join(HSDS_SPEC_DIR, 'schema');
  const files = readdirSync(dir).filter(
    (file) => file.endsWith('.json') && file !== 'openapi.json',
  );
  return new Map(
    files.map((file) => [
      file,
      JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as HsdsSchemaFile,
    ]),
  );
}

/** An Ajv validator per HSDS object ("organization", "service", …). */
export class HsdsSchemas {
  private readonly ajv: Ajv;
  readonly files = readHsdsSchemas();

  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const [file, schema] of this.files) this.ajv.addSchema(schema, file);
  }

  validator(object: string): ValidateFunction {
    const validate = this.ajv.getSchema(`${object}.json`);
    if (validate === undefined) throw new Error(`No HSDS schema ${object}.json`);
    return validate;
  }

  /** The errors of `value` as an `object`, each as "path: message"; empty when it is valid. */
  errors(object: string, value: unknown): string[] {
    const validate = this.validator(object);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`,
    );
  }
}
