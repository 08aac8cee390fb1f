// Schema validators for the fleet's documents (draft-07, ajv, as test/report/validate.ts does for
// the report): a fleet entry embeds a report, so the report schema is registered for its $ref.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { reportSchema } from '../report/validate.js';

const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const addFormats = ajvFormats.default;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validator(name: 'merged' | 'fleet-entry'): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addSchema(reportSchema);
  }
  let v = compiled.get(name);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(repo(`schemas/${name}.schema.json`), 'utf8')) as Record<string, unknown>);
    compiled.set(name, v);
  }
  return v;
}

function errors(v: ValidateFunction, doc: unknown): string[] {
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

export const validateMerged = (doc: unknown): string[] => errors(validator('merged'), doc);
export const validateFleetEntry = (doc: unknown): string[] => errors(validator('fleet-entry'), doc);
